using System.Net;
using AngleSharp.Dom;
using CoProWidgets.GetInvolved;
using CoProWidgets.Http;
using CoProWidgets.Rendering;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoProWidgets.IntegrationTests.GetInvolved;

/// <summary>
/// Each kind of form post has its own budget per client. Over one, the visitor gets the form again in the site's
/// layout, with what they typed and when to try again (429, Retry-After); the defaults let a crowd on one address in.
/// </summary>
public sealed class FormRateLimitTests : IDisposable
{
    private const string SurveyPage = "/Have-Your-Say";
    private readonly SampleSiteFactory _site = new();

    public FormRateLimitTests() =>
        _site.ConfigureServices = services => services.AddSingleton<TimeProvider>(FixedTime.At("2026-12-01T12:00:00Z"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task ThirtyVisitorsOnOneAddress_WithTheDefaultLimits_EachCompleteTheSampleSurveyWithoutJavaScript()
    {
        // The test server gives every request the same (unknown) client address: thirty people behind one address,
        // each with a browser of their own, all at once (harder than over two minutes, since buckets refill).
        _ = _site.Server;
        var visitors = Enumerable.Range(0, 30).Select(_ => _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })).ToList();

        var outcomes = await Task.WhenAll(visitors.Select(AnswerTheSampleSurveyAsync));

        Assert.All(outcomes, status => Assert.Equal(HttpStatusCode.SeeOther, status));
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        Assert.Equal(30, await db.SurveyResponses.CountAsync());
        visitors.ForEach(client => client.Dispose());
    }

    [Fact]
    public async Task StoringOverItsBudget_ShowsCheckYourAnswersAgainWithEveryAnswer_WhileMovingBetweenPagesStillWorks()
    {
        _site.Settings["CoProWidgets:RateLimits:SurveyResponses:PermitLimit"] = "1";
        _site.Settings["CoProWidgets:RateLimits:SurveyResponses:Window"] = "01:00:00";
        using var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.SeeOther, await AnswerTheSampleSurveyAsync(client));

        // Many page moves later (each a post), the second response is the one refused.
        var check = await CheckYourAnswersAsync(client, "Evening meetings would help me.");
        using var refused = await FormPost.From(check).Set("action", "submit").PostAsync(client);
        var page = await refused.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 3600);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("header, nav"));
        Assert.Equal("Check your answers", page.QuerySelector(".copro-survey__step")?.TextContent);
        Assert.Contains("wait about", page.QuerySelector(".copro-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".copro-error-summary[autofocus]"));
        Assert.Equal("Evening meetings would help me.", FormPost.From(page)["q-anything-else"]);
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        Assert.Equal(1, await db.SurveyResponses.CountAsync());
    }

    [Fact]
    public async Task SignUpOverItsBudget_ShowsTheFormAgainWithWhatWasTyped_AndStoresNothing()
    {
        _site.Settings["CoProWidgets:RateLimits:SignUps:PermitLimit"] = "1";
        _site.Settings["CoProWidgets:RateLimits:SignUps:Window"] = "01:00:00";
        using var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        FormPost Form(IDocument page, string email) => FormPost.From(page, "form.copro-form")
            .Set("name", "Pat").Set("email", email).Check("areas", "mental-health").Set("consent", "yes");

        var page = await client.GetDocumentAsync("/Get-Involved");
        using var first = await Form(page, "first@example.org").PostAsync(client);
        using var second = await Form(page, "second@example.org").PostAsync(client);
        var again = await second.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.NotNull(second.Headers.RetryAfter);
        Assert.Contains("Nothing you typed is lost", again.QuerySelector(".copro-error-summary")?.TextContent, StringComparison.Ordinal);
        var kept = FormPost.From(again, "form.copro-form");
        Assert.Equal("second@example.org", kept["email"]);
        Assert.Equal("Pat", kept["name"]);
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        Assert.Equal(["first@example.org"], await db.SignUps.Select(s => s.Email).ToListAsync());
    }

    [Theory]
    [InlineData("SignUps", "/copro/get-involved", "Get involved")]
    [InlineData("Confirmations", "/copro/get-involved/confirm", "Confirm you want to get involved")]
    [InlineData("Links", "/copro/get-involved/preferences", "Your choices")]
    [InlineData("Links", "/copro/get-involved/erase", "Your choices")]
    [InlineData("Links", "/copro/get-involved/resubscribe", "Your choices")]
    [InlineData("Links", "/copro/get-involved/new-link", "Get a new link to your choices")]
    [InlineData("Unsubscribes", "/copro/get-involved/unsubscribe", "Stop hearing from us")]
    [InlineData("SurveyPages", "/copro/surveys/having-a-say", "Having a say in your care")]
    public async Task EveryFormPost_SpendsItsOwnBudget(string budget, string path, string title)
    {
        _site.Settings[$"CoProWidgets:RateLimits:{budget}:PermitLimit"] = "1";
        _site.Settings[$"CoProWidgets:RateLimits:{budget}:Window"] = "00:10:00";
        using var client = _site.CreateClient();

        using var first = await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([new("token", "x")]));
        using var second = await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([new("token", "x")]));

        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        var answer = await second.Content.ReadAsStringAsync();
        if (path.EndsWith("/preferences", StringComparison.Ordinal) || path.EndsWith("/erase", StringComparison.Ordinal) || path.EndsWith("/resubscribe", StringComparison.Ordinal))
        {
            // A link that does not work says so before anything is spent: there is nothing to keep or retry.
            Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.NotNull(second.Headers.RetryAfter);
        Assert.Contains("<html", answer, StringComparison.Ordinal);
        Assert.Contains(title, answer, StringComparison.Ordinal);
        Assert.Contains("wait about", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneBudgetSpent_LeavesTheOthers()
    {
        _site.Settings["CoProWidgets:RateLimits:Unsubscribes:PermitLimit"] = "1";
        using var client = _site.CreateClient();

        using var first = await client.PostAsync(new Uri("/copro/get-involved/unsubscribe", UriKind.Relative), new FormUrlEncodedContent([new("token", "x")]));
        using var second = await client.PostAsync(new Uri("/copro/get-involved/unsubscribe", UriKind.Relative), new FormUrlEncodedContent([new("token", "x")]));
        using var confirm = await client.PostAsync(new Uri("/copro/get-involved/confirm", UriKind.Relative), new FormUrlEncodedContent([new("token", "x")]));

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, confirm.StatusCode);
    }

    [Fact]
    public async Task PostsThroughAProxyWithoutForwardedHeaders_AreWarnedAboutOnce()
    {
        using var client = _site.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/copro/get-involved/unsubscribe", UriKind.Relative)) { Content = new FormUrlEncodedContent([new("token", "x")]) };
            request.Headers.Add("X-Forwarded-For", "198.51.100.23");
            using var response = await client.SendAsync(request);
        }

        var warning = Assert.Single(_site.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("X-Forwarded-For", StringComparison.Ordinal));
        Assert.Contains("UseForwardedHeaders", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::")]
    [InlineData("2001:db8:1:2:1111:2222:3333:4444", "2001:db8:1:2::")]
    public void ClientKey_GroupsAnIPv6SlashSixtyFourAsOneClient(string address, string expected)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);

        Assert.Equal(expected, FormRateLimit.ClientKey(context));
    }

    [Theory]
    [InlineData(5, "a few seconds")]
    [InlineData(60, "about a minute")]
    [InlineData(150, "about 3 minutes")]
    [InlineData(7200, "about 2 hours")]
    public void Wait_IsSaidInWords(int seconds, string expected) =>
        Assert.Equal(expected, FormRateLimit.InWords(new StringLocalizer<HttpText>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)), TimeSpan.FromSeconds(seconds)));

    private static async Task<HttpStatusCode> AnswerTheSampleSurveyAsync(HttpClient client)
    {
        var check = await CheckYourAnswersAsync(client, "Meetings in the evening.");
        using var done = await FormPost.From(check).Set("action", "submit").PostAsync(client);
        return done.StatusCode;
    }

    private static async Task<IDocument> CheckYourAnswersAsync(HttpClient client, string text)
    {
        var first = FormPost.From(await client.GetDocumentAsync(SurveyPage))
            .Set("q-have-a-say", "agree").Set("q-share-power", "strongly-agree").Set("q-respondent", "carer");
        using var second = await first.PostAsync(client);
        var page2 = await second.ReadDocumentAsync();

        // Back and forward again, as people do.
        using var back = await FormPost.From(page2).Set("action", "back").PostAsync(client);
        using var again = await FormPost.From(await back.ReadDocumentAsync()).PostAsync(client);
        using var third = await FormPost.From(await again.ReadDocumentAsync()).Check("q-ways", "groups").Set("q-before", "no").Set("q-anything-else", text).PostAsync(client);
        using var check = await FormPost.From(await third.ReadDocumentAsync()).Set("q-age", "65-79").PostAsync(client);
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        return await check.ReadDocumentAsync();
    }
}
