using System.Net;
using CoProWidgets.Email;
using CoProWidgets.GetInvolved;
using CoProWidgets.Storage;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.GetInvolved;

/// <summary>
/// Pages reached with a token: never cached, no Referer; an unsubscribe link opens nothing but unsubscribing; a person
/// can ask for a new link, which retires the old ones, and can start again after unsubscribing.
/// </summary>
public sealed class TokenPageTests : IDisposable
{
    private const string Email = "jo@example.org";
    private readonly SampleSiteFactory _site = new();
    private readonly HttpClient _client;

    public TokenPageTests() => _client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }

    [Theory]
    [InlineData("GET", "confirm")]
    [InlineData("POST", "confirm")]
    [InlineData("GET", "preferences")]
    [InlineData("POST", "preferences")]
    [InlineData("POST", "erase")]
    [InlineData("POST", "resubscribe")]
    [InlineData("GET", "unsubscribe")]
    [InlineData("POST", "unsubscribe")]
    public async Task EveryTokenPage_IsNeverCached_AndSendsNoReferrer(string method, string page)
    {
        var (confirm, manage) = await SignUpLinks.SignUpAsync(_site.Services, Email);
        var token = page == "confirm" ? confirm : manage;
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri($"/copro/get-involved/{page}?token={Uri.EscapeDataString(token)}", UriKind.Relative));
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent([new("token", token)]);
        }

        using var response = await _client.SendAsync(request);

        Assert.True(response.Headers.CacheControl?.NoStore, $"{method} {page}: {response.Headers.CacheControl}");
        Assert.Equal(["no-referrer"], response.Headers.GetValues("Referrer-Policy"));
    }

    [Fact]
    public async Task UnsubscribeLink_OpensTheUnsubscribePage_ButNotThePreferences()
    {
        var unsubscribe = await ConfirmedUnsubscribeTokenAsync();

        using var preferences = await _client.GetAsync(new Uri($"/copro/get-involved/preferences?token={Uri.EscapeDataString(unsubscribe)}", UriKind.Relative));
        using var erase = await _client.PostAsync(new Uri("/copro/get-involved/erase", UriKind.Relative), new FormUrlEncodedContent([new("token", unsubscribe)]));
        using var page = await _client.GetAsync(new Uri($"/copro/get-involved/unsubscribe?token={Uri.EscapeDataString(unsubscribe)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, preferences.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, erase.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(SignUpStatus.Confirmed, (await SignUpLinks.FindAsync(_site.Services, Email)).Status);
    }

    [Fact]
    public async Task NewLinkPage_SendsAConfirmedPersonANewLink_InTheBackground_AndAnswersTheSameForAnyAddress()
    {
        var (_, manage) = await ConfirmedAsync();
        var form = FormPost.From(await _client.GetDocumentAsync("/copro/get-involved/new-link"), "form.copro-form", "/copro/get-involved/new-link");

        using var known = await form.Set("email", "JO@example.org").PostAsync(_client);
        using var unknown = await form.Set("email", "nobody@example.org").PostAsync(_client);

        Assert.Equal(HttpStatusCode.SeeOther, known.StatusCode);
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
        var sent = await _client.GetDocumentAsync(known.Headers.Location!.OriginalString);
        Assert.Equal("Check your email", sent.QuerySelector(".copro-panel h2")?.TextContent);

        // Both requests went through the same queue; only the confirmed address gets an email, after the answer.
        await Wait.UntilAsync(async () => (await MessagesAsync(SignUpEmails.NewLinkKind)).Count > 0, "the new link to be queued");
        var message = Assert.Single(await MessagesAsync(SignUpEmails.NewLinkKind));
        Assert.Equal(Email, message.Recipient);
        using var old = await _client.GetAsync(new Uri($"/copro/get-involved/preferences?token={Uri.EscapeDataString(manage)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
    }

    [Theory]
    [InlineData("", "Enter your email address")]
    [InlineData("user@[10.0.0.5]", "not an IP address")]
    [InlineData("not an address", "in the correct format")]
    public async Task NewLinkPage_WithABadAddress_ShowsTheErrorSummaryAndKeepsWhatWasTyped(string email, string message)
    {
        var form = FormPost.From(await _client.GetDocumentAsync("/copro/get-involved/new-link"), "form.copro-form", "/copro/get-involved/new-link");

        using var response = await form.Set("email", email).PostAsync(_client);
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Contains(message, page.QuerySelector(".copro-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("#copro-new-link-email", page.QuerySelector(".copro-error-summary a")?.GetAttribute("href"));
        Assert.Equal(email, page.QuerySelector("#copro-new-link-email")?.GetAttribute("value") ?? string.Empty);
        Assert.Empty(await MessagesAsync(SignUpEmails.NewLinkKind));
    }

    [Fact]
    public async Task SignUpForm_WithAnAddressLiteral_SaysWhatIsWrong()
    {
        var form = FormPost.From(await _client.GetDocumentAsync("/Get-Involved"), "form.copro-form")
            .Set("email", "user@[10.0.0.5]").Check("areas", "mental-health").Set("consent", "yes");

        using var response = await form.PostAsync(_client);
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not an IP address", page.QuerySelector(".copro-error-summary")?.TextContent, StringComparison.Ordinal);
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        Assert.Empty(await db.SignUps.ToListAsync());
    }

    [Fact]
    public async Task UnsubscribedPerson_StartsAgainFromTheirPreferencesPage()
    {
        var (_, manage) = await ConfirmedAsync();
        var url = $"/copro/get-involved/preferences?token={Uri.EscapeDataString(manage)}";
        using var unsubscribed = await _client.PostAsync(new Uri("/copro/get-involved/unsubscribe", UriKind.Relative), new FormUrlEncodedContent([new("token", manage)]));
        var page = await _client.GetDocumentAsync(url);

        using var response = await FormPost.From(page, "form[action=resubscribe]", url).PostAsync(_client);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var again = await _client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("You will hear from us again", again.QuerySelector(".copro-panel h2")?.TextContent);
        Assert.Null(again.QuerySelector("form[action=resubscribe]"));
        Assert.Equal(SignUpStatus.Confirmed, (await SignUpLinks.FindAsync(_site.Services, Email)).Status);
    }

    private async Task<(string Confirm, string Manage)> ConfirmedAsync()
    {
        var links = await SignUpLinks.SignUpAsync(_site.Services, Email);
        Assert.Equal(SignUpLinkResult.Done, await _site.Services.GetRequiredService<SignUpJourney>().ConfirmAsync(links.Confirm, new Uri("http://localhost/")));
        return links;
    }

    private async Task<string> ConfirmedUnsubscribeTokenAsync()
    {
        await ConfirmedAsync();
        var signUp = await SignUpLinks.FindAsync(_site.Services, Email);
        return _site.Services.GetRequiredService<SignUpTokens>().Create(SignUpLinkPurpose.Unsubscribe, signUp.Id, signUp.ManageNonce);
    }

    private async Task<List<OutboxMessage>> MessagesAsync(string kind)
    {
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        return await db.Outbox.AsNoTracking().Where(m => m.Kind == kind).ToListAsync();
    }
}
