using System.Net;
using CoProWidgets.GetInvolved;
using CoProWidgets.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.GetInvolved;

/// <summary>Unsubscribing: a page with a button, and RFC 8058 one-click for mail clients; never by just opening a link.</summary>
public sealed class UnsubscribePageTests : IDisposable
{
    private const string Email = "alex@example.org";
    private readonly SampleSiteFactory _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task UnsubscribeLink_ShowsAButton_AndOnlyTheButtonUnsubscribes()
    {
        var client = _site.CreateClient();
        var (_, manage) = await SignUpLinks.SignUpAsync(_site.Services, Email);

        var page = await client.GetDocumentAsync(Url(manage));

        Assert.Equal("Stop hearing from us", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal(manage, page.QuerySelector("form[method=post] input[name=token]")?.GetAttribute("value"));
        Assert.Equal(SignUpStatus.Pending, (await SignUpLinks.FindAsync(_site.Services, Email)).Status);

        using var response = await client.PostAsync(new Uri("/copro/get-involved/unsubscribe", UriKind.Relative), new FormUrlEncodedContent([new("token", manage)]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("You are unsubscribed", await response.ReadMainHeadingAsync());
        Assert.Equal(SignUpStatus.Unsubscribed, (await SignUpLinks.FindAsync(_site.Services, Email)).Status);
    }

    [Fact]
    public async Task OneClickUnsubscribe_FromAMailClient_Works()
    {
        var client = _site.CreateClient();
        var (_, manage) = await SignUpLinks.SignUpAsync(_site.Services, Email);

        // What RFC 8058 has a mail client send: a POST to the List-Unsubscribe address, no cookies.
        using var response = await client.PostAsync(new Uri(Url(manage), UriKind.Relative), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SignUpStatus.Unsubscribed, (await SignUpLinks.FindAsync(_site.Services, Email)).Status);
    }

    [Fact]
    public async Task ConfirmationLink_CannotBeUsedToUnsubscribe()
    {
        var client = _site.CreateClient();
        var (confirm, _) = await SignUpLinks.SignUpAsync(_site.Services, Email);

        using var shown = await client.GetAsync(new Uri(Url(confirm), UriKind.Relative));
        using var posted = await client.PostAsync(new Uri("/copro/get-involved/unsubscribe", UriKind.Relative), new FormUrlEncodedContent([new("token", confirm)]));

        Assert.Equal(HttpStatusCode.BadRequest, shown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal("This link does not work", await posted.ReadMainHeadingAsync());
        Assert.Equal(SignUpStatus.Pending, (await SignUpLinks.FindAsync(_site.Services, Email)).Status);
    }

    [Fact]
    public async Task UnsubscribeLink_AfterErasure_SaysNothingIsHeld()
    {
        var client = _site.CreateClient();
        var (_, manage) = await SignUpLinks.SignUpAsync(_site.Services, Email);
        Assert.Equal(SignUpLinkResult.Done, await _site.Services.GetRequiredService<SignUpLinkActions>().EraseAsync(manage));

        using var response = await client.GetAsync(new Uri(Url(manage), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("This link does not work", await response.ReadMainHeadingAsync());
    }

    private static string Url(string token) => $"/copro/get-involved/unsubscribe?token={Uri.EscapeDataString(token)}";
}
