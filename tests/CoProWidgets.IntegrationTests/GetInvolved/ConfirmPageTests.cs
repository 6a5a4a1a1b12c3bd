using System.Net;
using CoProWidgets.Email;
using CoProWidgets.GetInvolved;
using CoProWidgets.Storage;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.GetInvolved;

/// <summary>The confirmation link opens a page in the host's layout; only its button confirms.</summary>
public sealed class ConfirmPageTests : IDisposable
{
    private readonly SampleSiteFactory _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task ConfirmationLink_ShowsAButtonInTheSitesLayout_AndOnlyTheButtonConfirms()
    {
        var client = _site.CreateClient();
        var token = await SignUpAsync("sam@example.org");

        var page = await client.GetDocumentAsync(ConfirmUrl(token));

        Assert.Equal("Confirm you want to get involved - Healthwatch Riverside", page.Title);
        Assert.NotNull(page.QuerySelector("header.site-header"));
        Assert.Equal("Confirm you want to get involved", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal(token, page.QuerySelector("form[method=post] input[type=hidden][name=token]")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("link[href*='_content/CoProWidgets/copro.css']"));
        Assert.Equal(SignUpStatus.Pending, await StatusAsync());

        using var confirmed = await PostAsync(client, token);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("You are signed up", await confirmed.ReadMainHeadingAsync());
        Assert.Equal(SignUpStatus.Confirmed, await StatusAsync());

        using var again = await PostAsync(client, token);
        Assert.Equal("You are already signed up", await again.ReadMainHeadingAsync());
    }

    [Fact]
    public async Task Confirming_WithSiteUrlSet_PutsThatAddressInTheWelcomeEmailWhateverTheHostHeader()
    {
        _site.Settings["CoProWidgets:SiteUrl"] = "https://www.healthwatch.example/";
        var client = _site.CreateClient();
        var token = await SignUpAsync("sam@example.org");
        var request = new HttpRequestMessage(HttpMethod.Post, "/copro/get-involved/confirm") { Content = new FormUrlEncodedContent([new("token", token)]) };
        request.Headers.Host = "attacker.example";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        var welcome = await db.Outbox.SingleAsync(m => m.Kind == SignUpEmails.WelcomeKind);
        Assert.Contains("https://www.healthwatch.example/copro/get-involved/preferences?token=", welcome.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("attacker.example", welcome.TextBody + welcome.Headers, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("")]
    public async Task BrokenLink_SaysSoWithABadRequestStatus(string token)
    {
        var client = _site.CreateClient();

        using var shown = await client.GetAsync(new Uri(ConfirmUrl(token), UriKind.Relative));
        using var posted = await PostAsync(client, token);

        Assert.Equal(HttpStatusCode.BadRequest, shown.StatusCode);
        Assert.Equal("This link does not work", await shown.ReadMainHeadingAsync());
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal("This link does not work", await posted.ReadMainHeadingAsync());
    }

    [Fact]
    public async Task HostWithoutALayout_GetsTheLibrarysPlainPage()
    {
        var content = LibraryHost.EmptyContentFolder();
        var data = Directory.CreateTempSubdirectory("copro-data-").FullName;
        try
        {
            await using var app = await LibraryHost.StartAsync(new Dictionary<string, string?>
            {
                ["CoProWidgets:ContentPath"] = content,
                ["CoProWidgets:Database:SqlitePath"] = Path.Combine(data, "copro.db"),
                ["CoProWidgets:Email:PollInterval"] = "01:00:00",
            });

            using var response = await app.GetTestClient().GetAsync(new Uri("/copro/get-involved/confirm?token=x", UriKind.Relative));
            var page = await response.ReadDocumentAsync();

            Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
            Assert.Equal("Confirm you want to get involved", page.Title);
            Assert.Equal("This link does not work", page.QuerySelector("main h1")?.TextContent);
        }
        finally
        {
            Directory.Delete(content, recursive: true);
            Directory.Delete(data, recursive: true);
        }
    }

    private static string ConfirmUrl(string token) => $"/copro/get-involved/confirm?token={Uri.EscapeDataString(token)}";

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string token) =>
        client.PostAsync(new Uri("/copro/get-involved/confirm", UriKind.Relative), new FormUrlEncodedContent([new("token", token)]));

    private async Task<string> SignUpAsync(string email) => (await SignUpLinks.SignUpAsync(_site.Services, email)).Confirm;

    private async Task<SignUpStatus> StatusAsync() => (await SignUpLinks.FindAsync(_site.Services, "sam@example.org")).Status;
}
