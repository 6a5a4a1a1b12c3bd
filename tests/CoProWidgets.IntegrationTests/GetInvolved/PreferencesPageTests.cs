using System.Net;
using CoProWidgets.Email;
using CoProWidgets.GetInvolved;
using CoProWidgets.Storage;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.GetInvolved;

/// <summary>The page the "manage my preferences" link opens: change areas and channels, or delete everything.</summary>
public sealed class PreferencesPageTests : IDisposable
{
    private const string Email = "jo@example.org";
    private readonly SampleSiteFactory _site = new();
    private readonly HttpClient _client;

    public PreferencesPageTests() => _client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task PreferencesLink_ShowsTheStoredChoices_AndTheAddressTheyGoTo()
    {
        var (_, manage) = await SignUpLinks.SignUpAsync(_site.Services, Email);

        var page = await _client.GetDocumentAsync(Url(manage));
        var form = FormPost.From(page, "form.copro-form", Url(manage));

        Assert.Equal("Your choices", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal(Email, page.QuerySelector("main strong")?.TextContent);
        Assert.Equal(["gp-access"], form.Values.Where(pair => pair.Key == "areas").Select(pair => pair.Value));
        Assert.Equal(["email"], form.Values.Where(pair => pair.Key == "updates").Select(pair => pair.Value));
        Assert.Null(page.QuerySelector("input[name=email]"));
        Assert.Equal("/copro/get-involved/preferences", form.Action);
    }

    [Fact]
    public async Task SavingNewChoices_StoresThem_ThenShowsThemSaved()
    {
        var (_, manage) = await SignUpLinks.SignUpAsync(_site.Services, Email);
        var form = FormPost.From(await _client.GetDocumentAsync(Url(manage)), "form.copro-form", Url(manage))
            .Uncheck("areas", "gp-access").Check("areas", "care-homes").Check("updates", "post").Set("address", "2 Mill Lane, Riverside RV2 2BB").Set("name", "Jo");

        using var response = await form.PostAsync(_client);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var signUp = await SignUpLinks.FindAsync(_site.Services, Email);
        Assert.Equal(["care-homes"], signUp.AreaList);
        Assert.True(signUp.UpdatesByEmail && signUp.UpdatesByPost);
        Assert.Equal("2 Mill Lane, Riverside RV2 2BB", signUp.PostalAddress);
        Assert.Equal("Jo", signUp.Name);
        Assert.Equal("v1", signUp.ConsentVersion);

        var saved = await _client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Your choices are saved", saved.QuerySelector(".copro-panel h2")?.TextContent);
    }

    [Fact]
    public async Task SavingWithNoWayToHearFromUs_ShowsAnError_AndChangesNothing()
    {
        var (_, manage) = await SignUpLinks.SignUpAsync(_site.Services, Email);
        var form = FormPost.From(await _client.GetDocumentAsync(Url(manage)), "form.copro-form", Url(manage)).Remove("updates").Check("areas", "carers");

        using var response = await form.PostAsync(_client);
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Select how you want us to keep you updated, or unsubscribe instead", page.QuerySelector(".copro-error-summary a")?.TextContent);
        Assert.NotNull(page.GetElementById("copro-preferences-updates"));
        Assert.Equal(manage, FormPost.From(page, "form.copro-form")["token"]);
        Assert.Equal(["gp-access"], (await SignUpLinks.FindAsync(_site.Services, Email)).AreaList);
    }

    [Fact]
    public async Task Saving_WithAnAlteredToken_ChangesNothing()
    {
        var (_, manage) = await SignUpLinks.SignUpAsync(_site.Services, Email);
        var form = FormPost.From(await _client.GetDocumentAsync(Url(manage)), "form.copro-form", Url(manage)).Set("token", manage[..^8] + "AAAAAAAA").Check("areas", "carers");

        using var response = await form.PostAsync(_client);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("This link does not work", await response.ReadMainHeadingAsync());
        Assert.Equal(["gp-access"], (await SignUpLinks.FindAsync(_site.Services, Email)).AreaList);
    }

    [Fact]
    public async Task DeletingMyDetails_RemovesTheSignUpAndEveryEmailForIt_AndTheLinksStopWorking()
    {
        var (_, manage) = await SignUpLinks.SignUpAsync(_site.Services, Email);
        var erase = FormPost.From(await _client.GetDocumentAsync(Url(manage)), "form[action=erase]", Url(manage));

        using var response = await erase.PostAsync(_client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Your details are deleted", await response.ReadMainHeadingAsync());
        await using (var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create())
        {
            Assert.False(await db.SignUps.AnyAsync());
            Assert.False(await db.Outbox.AnyAsync(m => m.Recipient == Email));
        }

        using var again = await _client.GetAsync(new Uri(Url(manage), UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("This link does not work", await again.ReadMainHeadingAsync());
    }

    [Fact]
    public async Task PreferencesPage_WhenUnsubscribed_SaysSo_AndSavingKeepsThemUnsubscribed()
    {
        var (_, manage) = await SignUpLinks.SignUpAsync(_site.Services, Email);
        await _site.Services.GetRequiredService<SignUpLinkActions>().UnsubscribeAsync(manage);

        var page = await _client.GetDocumentAsync(Url(manage));
        using var response = await FormPost.From(page, "form.copro-form", Url(manage)).Check("areas", "carers").PostAsync(_client);

        Assert.Contains("You are unsubscribed", page.QuerySelector(".copro-inset")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(SignUpStatus.Unsubscribed, (await SignUpLinks.FindAsync(_site.Services, Email)).Status);
    }

    [Fact]
    public async Task AConfirmationLink_DoesNotOpenThePreferences()
    {
        var (confirm, _) = await SignUpLinks.SignUpAsync(_site.Services, Email);

        using var response = await _client.GetAsync(new Uri(Url(confirm), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string Url(string token) => $"/copro/get-involved/preferences?token={Uri.EscapeDataString(token)}";
}
