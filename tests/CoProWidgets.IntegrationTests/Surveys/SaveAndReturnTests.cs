using System.Net;
using AngleSharp.Dom;
using CoProWidgets.Retention;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoProWidgets.IntegrationTests.Surveys;

/// <summary>
/// "Save and come back later" on the sample survey, on SQLite and PostgreSQL: the link brings every answer back on
/// another client at the page reached; the stored row holds no answer text and no token; submitting deletes it in the
/// same transaction; retention deletes it once it expires; and nothing saved is ever counted.
/// </summary>
public sealed class SaveAndReturnTests : IAsyncDisposable
{
    internal const string Page = "/Have-Your-Say";
    internal const string Words = "Saturday mornings suit me best, after my shift.";
    private readonly SampleSiteFactory _site = new();
    private readonly FixedTime _time = FixedTime.At("2026-12-01T12:00:00Z");
    private TestDatabase? _database;

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Save_OnPageTwo_GivesALinkThatBringsBackEveryAnswerOnAnotherDevice_AndSubmittingDeletesIt(string provider)
    {
        var client = await StartAsync(provider);
        var (saved, link) = await SaveOnPageTwoAsync(client);
        Assert.Equal("Your answers have been saved", saved.QuerySelector(".copro-panel__title")?.TextContent);
        Assert.Contains("8 December 2026", saved.QuerySelector(".copro-panel")?.TextContent, StringComparison.Ordinal);

        var row = Assert.Single(await SavedAsync());
        Assert.DoesNotContain("Saturday", row.Data, StringComparison.Ordinal);
        Assert.DoesNotContain("carer", row.Data, StringComparison.Ordinal);
        var token = link.Split('/')[^1];
        Assert.True(SavedSurveys.IsToken(token));
        Assert.Equal(SavedSurveys.Hash(token), row.TokenHash);
        Assert.DoesNotContain(token, row.TokenHash, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2026, 12, 8, 12, 0, 0), row.ExpiresAt);
        Assert.Empty(await ResponsesAsync());

        // Another device: no cookies, nothing carried but the link.
        using var other = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var opened = await other.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("no-referrer", opened.Headers.GetValues("Referrer-Policy").Single());
        var page2 = await opened.ReadDocumentAsync();
        Assert.Equal("Page 2 of 3", page2.QuerySelector(".copro-progress")?.TextContent);
        Assert.Contains("We have brought back the answers you saved", page2.QuerySelector(".copro-inset")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(Words, page2.QuerySelector("textarea[name=q-anything-else]")?.TextContent);
        Assert.Equal("carer", page2.QuerySelector("input[type=hidden][name=q-respondent]")?.GetAttribute("value"));

        using var third = await FormPost.From(page2).Set("q-before", "no").PostAsync(other);
        using var check = await FormPost.From(await third.ReadDocumentAsync()).PostAsync(other);
        using var done = await FormPost.From(await check.ReadDocumentAsync()).Set("action", "submit").PostAsync(other);
        Assert.Equal(HttpStatusCode.SeeOther, done.StatusCode);

        var response = Assert.Single(await ResponsesAsync());
        Assert.Equal(Words, SurveyAnswers.FromJson(response.Answers).TextOf("anything-else"));
        Assert.Empty(await SavedAsync());
        using var again = await other.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SavedAnswers_AreNeverCounted_AndRetentionDeletesThemOnceExpired_ThenTheLinkSaysSo(string provider)
    {
        var client = await StartAsync(provider);
        var (_, link) = await SaveOnPageTwoAsync(client);
        await using (var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create())
        {
            Assert.Empty(await db.Set<SurveyCount>().ToListAsync());
        }

        var retention = _site.Services.GetServices<IHostedService>().OfType<RetentionService>().Single();
        _time.Now += TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1);
        await retention.RunOnceAsync(CancellationToken.None);
        Assert.Single(await SavedAsync());

        _time.Now += TimeSpan.FromMinutes(2);
        using var expired = await client.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        var page = await expired.ReadDocumentAsync();
        Assert.Equal("This link no longer works", page.QuerySelector(".copro-survey__step")?.TextContent);
        Assert.Equal("/copro/surveys/having-a-say", page.QuerySelector(".copro-survey a")?.GetAttribute("href"));

        await retention.RunOnceAsync(CancellationToken.None);
        Assert.Empty(await SavedAsync());
    }

    [Theory]
    [InlineData("/copro/surveys/having-a-say/saved/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/copro/surveys/having-a-say/saved/not-a-token")]
    public async Task UnknownLink_SaysPlainlyThatItDoesNotWork_AndOffersToStartAgain(string path)
    {
        var client = await StartAsync(TestDatabase.Sqlite);
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("This link no longer works", page.QuerySelector(".copro-survey__step")?.TextContent);
        Assert.Equal("Start the survey again", page.QuerySelector(".copro-survey a")?.TextContent);
    }

    [Fact]
    public async Task Link_BringsBackAnswersToItsOwnSurveyOnly()
    {
        var client = await StartAsync(TestDatabase.Sqlite);
        _site.WriteContent("surveys/other.md", "---\ntitle: Other\nthank-you: Thanks.\n---\n## Anything?\nid: any\ntype: text\n");
        var (_, link) = await SaveOnPageTwoAsync(client);
        using var response = await client.GetAsync(new Uri(link).PathAndQuery.Replace("/having-a-say/", "/other/", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Save_FromCheckYourAnswers_ComesBackToCheckYourAnswers()
    {
        var client = await StartAsync(TestDatabase.Sqlite);
        var page2 = await PageTwoAsync(client);
        using var third = await FormPost.From(page2).Set("q-before", "no").PostAsync(client);
        using var check = await FormPost.From(await third.ReadDocumentAsync()).PostAsync(client);
        using var saved = await FormPost.From(await check.ReadDocumentAsync()).Set("action", "save").PostAsync(client);
        var link = (await saved.ReadDocumentAsync()).QuerySelector(".copro-saved-link a")!.GetAttribute("href")!;
        var back = await client.GetDocumentAsync(new Uri(link).PathAndQuery);
        Assert.Equal("Check your answers", back.QuerySelector(".copro-survey__step")?.TextContent);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(91)]
    public void Start_WithSavedAnswersDaysOutOfRange_FailsNamingTheSetting(int days)
    {
        _site.Settings["CoProWidgets:SavedAnswersDays"] = days.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => _site.CreateClient());
        Assert.Contains($"CoProWidgets:SavedAnswersDays is {days}. It must be from 1 to 90; the default is 7.", error.Message, StringComparison.Ordinal);
    }

    internal static async Task<IDocument> PageTwoAsync(HttpClient client)
    {
        var first = FormPost.From(await client.GetDocumentAsync(Page))
            .Set("q-have-a-say", "agree").Set("q-share-power", "strongly-agree").Set("q-respondent", "carer");
        using var second = await first.PostAsync(client);
        return await second.ReadDocumentAsync();
    }

    /// <summary>Page one answered, page two half answered and saved: the saved page and its link.</summary>
    internal static async Task<(IDocument Page, string Link)> SaveOnPageTwoAsync(HttpClient client)
    {
        var page2 = await PageTwoAsync(client);
        using var saved = await FormPost.From(page2).Set("q-anything-else", Words).Set("action", "save").PostAsync(client);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var page = await saved.ReadDocumentAsync();
        return (page, page.QuerySelector(".copro-saved-link a")!.GetAttribute("href")!);
    }

    private async Task<HttpClient> StartAsync(string provider)
    {
        _database = await TestDatabase.CreateAsync(provider);
        foreach (var (key, value) in _database.Settings)
        {
            _site.Settings[key] = value;
        }

        _site.ConfigureServices = services => services.AddSingleton<TimeProvider>(_time);
        _site.Settings["CoProWidgets:GetInvolved:SignUpPage"] = null;
        return _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    private async Task<List<SavedSurvey>> SavedAsync()
    {
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        return await db.SavedSurveys.AsNoTracking().ToListAsync();
    }

    private async Task<List<SurveyResponse>> ResponsesAsync()
    {
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        return await db.SurveyResponses.AsNoTracking().ToListAsync();
    }
}
