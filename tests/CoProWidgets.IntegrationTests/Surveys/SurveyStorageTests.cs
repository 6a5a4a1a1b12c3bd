using CoProWidgets.Content;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.IntegrationTests.Surveys;

/// <summary>Responses on real storage: every submission stored exactly once under concurrency, on both databases.</summary>
public sealed class SurveyStorageTests : IAsyncDisposable
{
    private readonly string _content = LibraryHost.EmptyContentFolder();
    private TestDatabase? _database;
    private WebApplication? _app;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Directory.Delete(_content, recursive: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task HundredsOfConcurrentSubmissions_AreEachStoredExactlyOnce_EvenWhenEachIsSentTwice(string provider)
    {
        var (service, survey) = await StartAsync(provider);
        var keys = Enumerable.Range(0, 300).Select(_ => SurveyService.NewKey()).ToList();
        var answers = Answers(survey, "agree");

        // Every response sent twice at once, as a double click does; all 600 posts race.
        var results = await Task.WhenAll(keys.Concat(keys).Select(key => Task.Run(() => service.SubmitAsync(survey, key, answers))));

        Assert.Equal(keys.Count, results.Count(stored => stored));
        await using var db = Contexts.Create();
        Assert.Equal(keys.Count, await db.SurveyResponses.CountAsync());
        Assert.Equal(keys.Order(), (await db.SurveyResponses.Select(r => r.Key).ToListAsync()).Order());
        Assert.All(await db.SurveyResponses.ToListAsync(), response =>
        {
            Assert.Equal(survey.Version, response.Version);
            Assert.Equal(["agree"], SurveyAnswers.FromJson(response.Answers).Of("say"));
        });

        // The running counts the results read moved once per stored response, not once per post.
        var counts = await db.SurveyCounts.Where(c => c.Survey == "s" && c.Question == "say" && c.Group == "").ToDictionaryAsync(c => c.Option, c => c.Count);
        Assert.Equal(keys.Count, counts[""]);
        Assert.Equal(keys.Count, counts["agree"]);
        Assert.Equal(2, counts.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Counts_AreKeptOverallAndWithinTheRespondentsGroup(string provider)
    {
        var (service, survey) = await StartAsync(provider);

        await service.SubmitAsync(survey, SurveyService.NewKey(), Answers(survey, "agree", "carer"));
        await service.SubmitAsync(survey, SurveyService.NewKey(), Answers(survey, "disagree", "carer"));
        await service.SubmitAsync(survey, SurveyService.NewKey(), Answers(survey, "agree", "staff"));
        await service.SubmitAsync(survey, SurveyService.NewKey(), Answers(survey, "agree"));

        await using var db = Contexts.Create();
        var counts = await db.SurveyCounts.Where(c => c.Question == "say").ToDictionaryAsync(c => (c.Group, c.Option), c => c.Count);
        Assert.Equal(4, counts[("", "")]);
        Assert.Equal(3, counts[("", "agree")]);
        Assert.Equal(1, counts[("", "disagree")]);
        Assert.Equal(2, counts[("carer", "")]);
        Assert.Equal(1, counts[("carer", "agree")]);
        Assert.Equal(1, counts[("carer", "disagree")]);
        Assert.Equal(1, counts[("staff", "agree")]);
        Assert.Equal(3, await db.SurveyCounts.Where(c => c.Question == "who" && c.Group == "" && c.Option == "").Select(c => c.Count).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StoredResponses_SurviveARestart_AndTheSameKeyIsStillRefusedAfterIt(string provider)
    {
        var (service, survey) = await StartAsync(provider);
        var key = SurveyService.NewKey();
        Assert.True(await service.SubmitAsync(survey, key, Answers(survey, "agree")));

        await _app!.DisposeAsync();
        var settings = new Dictionary<string, string?>(_database!.Settings) { ["CoProWidgets:ContentPath"] = _content };
        _app = await LibraryHost.StartAsync(settings);
        var restarted = _app.Services.GetRequiredService<SurveyService>();

        Assert.False(await restarted.SubmitAsync(survey, key, Answers(survey, "agree")));
        await using var db = Contexts.Create();
        var response = Assert.Single(await db.SurveyResponses.ToListAsync());
        Assert.Equal(["agree"], SurveyAnswers.FromJson(response.Answers).Of("say"));
    }

    [Fact]
    public async Task EditingTheSurvey_LeavesEarlierResponsesWithTheVersionTheyAnswered()
    {
        var (service, survey) = await StartAsync(TestDatabase.Sqlite);
        await service.SubmitAsync(survey, SurveyService.NewKey(), Answers(survey, "agree"));
        var edited = SurveyParser.Parse("s", new ContentFile("surveys/s.md", Definition.Replace("I have a say", "I have a real say", StringComparison.Ordinal)), _app!.Services.GetRequiredService<MarkdownRenderer>());

        await service.SubmitAsync(edited, SurveyService.NewKey(), Answers(edited, "disagree"));

        await using var db = Contexts.Create();
        var versions = await db.SurveyResponses.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id).Select(r => r.Version).ToListAsync();
        Assert.Equal(2, versions.Distinct().Count());
        Assert.Contains(survey.Version, versions);
        Assert.Contains(edited.Version, versions);
    }

    [Fact]
    public async Task Submit_WithAKeyThatIsNotOne_IsRefused()
    {
        var (service, survey) = await StartAsync(TestDatabase.Sqlite);

        await Assert.ThrowsAsync<ArgumentException>(() => service.SubmitAsync(survey, "not-a-key", Answers(survey, "agree")));
    }

    private const string Definition = """
        ---
        title: S
        thank-you: Thanks.
        ---
        ## I have a say
        id: say
        type: agreement

        ## Who are you?
        id: who
        type: single
        required: no
        group: yes

        - carer: A carer
        - staff: Staff
        """;

    private CoProDbContextFactory Contexts => _app!.Services.GetRequiredService<CoProDbContextFactory>();

    private static SurveyAnswers Answers(SurveyDefinition survey, string value, string? group = null) =>
        SurveyAnswers.Read(new Microsoft.AspNetCore.Http.FormCollection(new Dictionary<string, StringValues> { ["q-say"] = value, ["q-who"] = group }), survey);

    private async Task<(SurveyService Service, SurveyDefinition Survey)> StartAsync(string provider)
    {
        _database = await TestDatabase.CreateAsync(provider);
        var settings = new Dictionary<string, string?>(_database.Settings) { ["CoProWidgets:ContentPath"] = _content };
        _app = await LibraryHost.StartAsync(settings);
        var survey = SurveyParser.Parse("s", new ContentFile("surveys/s.md", Definition), _app.Services.GetRequiredService<MarkdownRenderer>());
        return (_app.Services.GetRequiredService<SurveyService>(), survey);
    }
}
