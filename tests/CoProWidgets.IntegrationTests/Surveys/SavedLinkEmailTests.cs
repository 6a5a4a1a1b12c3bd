using System.Net;
using AngleSharp.Dom;
using CoProWidgets.Email;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Surveys;

/// <summary>
/// Emailing the link to saved answers: sent at once with the link, the address never stored anywhere (no outbox row,
/// nothing in the saved row), a budget per client for saving and for emailing, and no way to make the site email one
/// address again and again however its capitals are written.
/// </summary>
public sealed class SavedLinkEmailTests : IDisposable
{
    private readonly SampleSiteFactory _site = new();

    public SavedLinkEmailTests()
    {
        _site.ConfigureServices = services => services.AddSingleton<TimeProvider>(FixedTime.At("2026-12-01T12:00:00Z"));
        _site.Settings["CoProWidgets:GetInvolved:SignUpPage"] = null;
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task EmailingTheLink_SendsItAtOnce_AndKeepsTheAddressNowhere()
    {
        using var client = Client();
        var (saved, link) = await SaveAndReturnTests.SaveOnPageTwoAsync(client);

        using var sent = await EmailAsync(client, saved, "sam.carer@example.org");
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var page = await sent.ReadDocumentAsync();
        Assert.Equal("We have sent the link to sam.carer@example.org. We have not kept your email address.", page.QuerySelector("[role=status]")?.TextContent);

        var mail = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(_site.MailPath, "*.eml")));
        Assert.Contains(link, mail.Replace("=\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("To: sam.carer@example.org", mail, StringComparison.Ordinal);

        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        Assert.Empty(await db.Outbox.ToListAsync());
        Assert.All(await db.SavedSurveys.ToListAsync(), row => Assert.DoesNotContain("sam.carer", row.Data, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(_site.Logs.Entries, entry => entry.Message.Contains("sam.carer", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task OneAddress_IsSentAtMostThreeLinksADay_WhoeverAsksAndHoweverItIsWritten()
    {
        using var client = Client();
        var (saved, _) = await SaveAndReturnTests.SaveOnPageTwoAsync(client);
        foreach (var address in new[] { "pat@example.org", "PAT@example.org", "Pat@Example.org" })
        {
            using var sent = await EmailAsync(client, saved, address);
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        }

        using var other = Client();
        var (elsewhere, _) = await SaveAndReturnTests.SaveOnPageTwoAsync(other);
        using var refused = await EmailAsync(other, elsewhere, "pat@EXAMPLE.org");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        Assert.Contains("That email address has been sent several links today", page.QuerySelector(".copro-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("pat@EXAMPLE.org", page.QuerySelector("input[name=email]")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector(".copro-saved-link a"));
        Assert.Equal(3, Directory.GetFiles(_site.MailPath, "*.eml").Length);
    }

    [Theory]
    [InlineData("", "Enter your email address")]
    [InlineData("not an address", "Enter an email address in the correct format, like name@example.com")]
    public async Task AWrongAddress_ShowsTheLinkAgainWithTheProblem(string address, string message)
    {
        using var client = Client();
        var (saved, link) = await SaveAndReturnTests.SaveOnPageTwoAsync(client);
        using var refused = await EmailAsync(client, saved, address);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        Assert.Equal(message, page.QuerySelector(".copro-error-summary a[href$='-email']")?.TextContent);
        Assert.Equal(link, page.QuerySelector(".copro-saved-link a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task SavingOverItsBudget_ShowsThePageAgainWithEverythingTyped()
    {
        _site.Settings["CoProWidgets:RateLimits:SurveySaves:PermitLimit"] = "1";
        using var client = Client();
        await SaveAndReturnTests.SaveOnPageTwoAsync(client);

        var page2 = await SaveAndReturnTests.PageTwoAsync(client);
        using var refused = await FormPost.From(page2).Set("q-anything-else", SaveAndReturnTests.Words).Set("action", "save").PostAsync(client);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        Assert.Equal("Page 2 of 3", page.QuerySelector(".copro-progress")?.TextContent);
        Assert.Equal(SaveAndReturnTests.Words, page.QuerySelector("textarea[name=q-anything-else]")?.TextContent);
        Assert.Contains("Nothing you typed is lost", page.QuerySelector(".copro-error-summary")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmailingOverItsBudget_IsRefusedBeforeAnythingIsSent()
    {
        _site.Settings["CoProWidgets:RateLimits:SavedLinkEmails:PermitLimit"] = "1";
        using var client = Client();
        var (saved, _) = await SaveAndReturnTests.SaveOnPageTwoAsync(client);
        using var first = await EmailAsync(client, saved, "one@example.org");
        using var second = await EmailAsync(client, saved, "two@example.org");
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Single(Directory.GetFiles(_site.MailPath, "*.eml"));
    }

    private HttpClient Client() => _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static Task<HttpResponseMessage> EmailAsync(HttpClient client, IDocument saved, string address) =>
        FormPost.From(saved).Set("email", address).Set("action", "email-link").PostAsync(client);
}
