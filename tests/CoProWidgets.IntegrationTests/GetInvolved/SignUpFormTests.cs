using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CoProWidgets.Email;
using CoProWidgets.GetInvolved;
using CoProWidgets.Storage;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.GetInvolved;

/// <summary>The sign-up form on the sample's Get involved page, posted as a browser without JavaScript posts it.</summary>
public sealed partial class SignUpFormTests : IDisposable
{
    private const string Page = "/Get-Involved";
    private readonly SampleSiteFactory _site = new();
    private readonly HttpClient _client;

    public SignUpFormTests() => _client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task Form_LabelsEveryControl_GroupsChoicesInFieldsets_AndSaysWhatToAutofill()
    {
        var page = await _client.GetDocumentAsync(Page);
        var form = page.QuerySelector<IHtmlFormElement>("form.copro-form")!;

        var visible = form.QuerySelectorAll("input:not([type=hidden]), textarea").Where(control => control.Closest(".copro-hp") is null).ToList();
        Assert.NotEmpty(visible);
        Assert.All(visible, control => Assert.NotNull(page.QuerySelector($"label[for='{control.Id}']")));
        Assert.Equal(
            ["What are you interested in?", "How should we keep you updated?", "Your details and your consent"],
            form.QuerySelectorAll("fieldset > legend").Select(legend => legend.TextContent));
        Assert.Equal("name", form.QuerySelector("input[name=name]")!.GetAttribute("autocomplete"));
        Assert.Equal("email", form.QuerySelector("input[name=email]")!.GetAttribute("autocomplete"));
        Assert.Equal("tel", form.QuerySelector("input[name=phone]")!.GetAttribute("autocomplete"));
        Assert.Equal("street-address", form.QuerySelector("textarea[name=address]")!.GetAttribute("autocomplete"));
        Assert.Equal("/copro/get-involved", form.GetAttribute("action"));
    }

    [Fact]
    public async Task Form_StartsWithEmailUpdatesChosen_AndConsentUnticked()
    {
        var form = FormPost.From(await _client.GetDocumentAsync(Page));

        Assert.Equal(["email"], form.Values.Where(value => value.Key == "updates").Select(value => value.Value));
        Assert.Null(form["consent"]);
        Assert.DoesNotContain(form.Values, value => value.Key == "areas");
    }

    [Fact]
    public async Task Form_ShowsTheAreasAndConsentStatementFromTheContentFile()
    {
        var page = await _client.GetDocumentAsync(Page);

        Assert.Contains("Mental health", page.QuerySelectorAll("input[name=areas] + label").Select(label => label.TextContent));
        Assert.StartsWith("Healthwatch Riverside will keep the details", page.QuerySelector(".copro-consent p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/privacy", page.QuerySelector(".copro-consent a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task SignUp_WithGoodAnswers_StoresAPendingSignUpWithProofOfConsent_AndRedirectsBackToSayCheckYourEmail()
    {
        var form = await FilledInFormAsync();

        using var response = await form.PostAsync(_client);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/Get-Involved?copro-get-involved=sent#copro-1-sent", response.Headers.Location?.OriginalString);
        var signUp = await FindAsync("sam@example.org");
        Assert.NotNull(signUp);
        Assert.Equal(SignUpStatus.Pending, signUp.Status);
        Assert.Equal("Sam Patel", signUp.Name);
        Assert.Equal(["mental-health", "carers"], signUp.AreaList);
        Assert.True(signUp.UpdatesByEmail);
        Assert.Equal(form["consent-version"], signUp.ConsentVersion);
        Assert.Contains("consent box ticked", signUp.ConsentMethod, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - signUp.ConsentedAt < TimeSpan.FromMinutes(1));
        Assert.Equal([SignUpEmails.ConfirmKind], await OutboxKindsAsync());

        var after = await _client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        var panel = after.QuerySelector("#copro-1-sent");
        Assert.Equal("Check your email", panel?.QuerySelector("h3")?.TextContent);
        Assert.True(panel!.HasAttribute("autofocus"));
        Assert.Null(after.QuerySelector("form.copro-form"));
    }

    [Fact]
    public async Task SignUp_ByPhoneAndPost_KeepsTheNumberAndAddress_AndDropsThemWhenNotChosen()
    {
        var form = (await FilledInFormAsync()).Check("updates", "phone").Set("phone", "07700 900 982").Check("updates", "post").Set("address", "1 High Street\r\nRiverside\r\nRV1 1AA");
        using var response = await form.PostAsync(_client);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var signUp = await FindAsync("sam@example.org");
        Assert.Equal("07700 900 982", signUp!.Phone);
        Assert.Equal("1 High Street\nRiverside\nRV1 1AA", signUp.PostalAddress);

        var other = (await FilledInFormAsync("kim@example.org")).Set("phone", "07700 900 111");
        using var second = await other.PostAsync(_client);
        Assert.Null((await FindAsync("kim@example.org"))!.Phone);
    }

    public static TheoryData<string, string, string, string> Problems => new()
    {
        { "email", "", "email", "Enter your email address" },
        { "email", "not an address", "email", "Enter an email address in the correct format, like name@example.com" },
        { "email", "Sam <sam@example.org>", "email", "Enter an email address in the correct format, like name@example.com" },
        { "email", new string('a', 250) + "@example.org", "email", "Your email address must be 254 characters or fewer" },
        { "name", new string('n', 101), "name", "Your name must be 100 characters or fewer" },
        { "name", "Sam\u0007", "name", "Enter your name without line breaks or special characters" },
        { "areas", "", "areas", "Select at least one area you are interested in" },
        { "areas", "made-up-area", "areas", "Select areas from the list" },
        { "updates", "", "updates", "Select how you want us to keep you updated" },
        { "updates", "pigeon", "updates", "Select how you want us to keep you updated from the list" },
        { "phone-chosen", "", "phone", "Enter your phone number" },
        { "phone-chosen", "call me", "phone", "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192" },
        { "phone-chosen", "123", "phone", "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192" },
        { "post-chosen", "", "address", "Enter your postal address" },
        { "post-chosen", new string('x', 501), "address", "Your postal address must be 500 characters or fewer" },
        { "consent", "", "consent", "Tick the box to agree to us keeping your details, or we cannot sign you up" },
        { "consent-version", "0000000000000000", "consent", "The statement about your details changed while you had this page open: read it again and tick the box if you agree" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public async Task SignUp_WithAProblem_ShowsItInTheSummaryLinkedToTheField_KeepsTheAnswers_AndStoresNothing(string change, string value, string field, string message)
    {
        var form = await FilledInFormAsync();
        switch (change)
        {
            case "phone-chosen":
                form.Check("updates", "phone").Set("phone", value);
                break;
            case "post-chosen":
                form.Check("updates", "post").Set("address", value);
                break;
            default:
                form.Remove(change);
                if (value.Length > 0)
                {
                    form.Set(change, value);
                }

                break;
        }

        using var response = await form.PostAsync(_client);
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        var summary = page.QuerySelector(".copro-error-summary")!;
        Assert.True(summary.HasAttribute("autofocus"));
        var link = Assert.Single(summary.QuerySelectorAll("a"));
        Assert.Equal(message, link.TextContent);
        var target = page.GetElementById(link.GetAttribute("href")![1..]);
        Assert.NotNull(target);
        Assert.Equal(field, target.GetAttribute("name"));
        Assert.Contains(message, page.GetElementById($"copro-1-{field}-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains($"copro-1-{field}-error", (target is IHtmlInputElement { Type: "checkbox" } ? target.Closest("fieldset")! : target).GetAttribute("aria-describedby"), StringComparison.Ordinal);
        var kept = FormPost.From(page);
        if (change != "areas")
        {
            Assert.Equal(["mental-health", "carers"], kept.Values.Where(pair => pair.Key == "areas").Select(pair => pair.Value));
        }

        if (change != "name")
        {
            Assert.Equal("Sam Patel", kept["name"]);
        }

        Assert.Equal("/Get-Involved", FormPost.From(page)["return"]);
        Assert.Null(await FindAsync("sam@example.org"));
        Assert.Empty(await OutboxKindsAsync());
    }

    [Fact]
    public async Task SignUp_WithProblems_ThenCorrected_GoesBackToTheOriginalPage()
    {
        var form = (await FilledInFormAsync()).Remove("consent");
        using var first = await form.PostAsync(_client);
        var corrected = FormPost.From(await first.ReadDocumentAsync()).Set("consent", "yes");

        using var second = await corrected.PostAsync(_client);

        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.StartsWith("/Get-Involved?copro-get-involved=sent", second.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.NotNull(await FindAsync("sam@example.org"));
    }

    [Fact]
    public async Task SignUpPage_OfItsOwn_ShowsTheWidgetWithATopLevelHeading()
    {
        var page = await _client.GetDocumentAsync("/copro/get-involved");

        Assert.Equal("Get involved", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal("/copro/get-involved", FormPost.From(page)["return"]);
    }

    private async Task<FormPost> FilledInFormAsync(string email = "sam@example.org") =>
        FormPost.From(await _client.GetDocumentAsync(Page))
            .Set("name", "Sam Patel")
            .Set("email", email)
            .Check("areas", "mental-health")
            .Check("areas", "carers")
            .Set("consent", "yes");

    private async Task<SignUp?> FindAsync(string email)
    {
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        return await db.SignUps.AsNoTracking().SingleOrDefaultAsync(s => s.EmailKey == email);
    }

    private async Task<List<string>> OutboxKindsAsync()
    {
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        return await db.Outbox.Select(m => m.Kind).ToListAsync();
    }
}
