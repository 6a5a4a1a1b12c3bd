using AngleSharp.Dom;
using CoProWidgets.Rendering;
using CoProWidgets.Screening;
using CoProWidgets.Storage;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.IntegrationTests.Rendering;

/// <summary>
/// Widgets served from memory are the widgets as they would be rendered now: the same HTML, ids and stylesheet link
/// on every request, and new HTML as soon as what they were made from changes.
/// </summary>
public sealed class WidgetCacheTests : IAsyncDisposable
{
    private const string Survey = """
        ---
        title: Having a say
        results: while-open
        thank-you: Thanks.
        ---
        ## I have a say in my care
        id: say
        type: agreement
        """;

    private readonly FixedTime _time = FixedTime.At("2026-12-01T12:00:00Z");
    private readonly LibrarySite _library;
    private SampleSiteFactory? _site;

    public WidgetCacheTests() => _library = new LibrarySite(_time);

    public async ValueTask DisposeAsync()
    {
        _site?.Dispose();
        await _library.DisposeAsync();
    }

    [Fact]
    public async Task HomePage_ServedAgainFromMemory_IsTheSamePage_WithTwoDistinctPanelsAndOneStylesheetLink()
    {
        _site = new SampleSiteFactory { EnvironmentName = "Production" };
        var client = _site.CreateClient();

        var first = await client.GetDocumentAsync("/");
        var second = await client.GetDocumentAsync("/");
        var third = await client.GetDocumentAsync("/");

        Assert.True(_site.Services.GetRequiredService<WidgetCache>().Replays >= 2);
        Assert.Equal(Panels(first), Panels(third));
        Assert.Equal(Panels(second), Panels(third));
        var titles = third.QuerySelectorAll("section.copro-principles").Select(panel => panel.GetAttribute("aria-labelledby")).ToList();
        Assert.Equal(2, titles.Count);
        Assert.StartsWith("copro-1-", titles[0], StringComparison.Ordinal);
        Assert.StartsWith("copro-2-", titles[1], StringComparison.Ordinal);
        Assert.All(titles, title => Assert.NotNull(third.GetElementById(title!)));
        Assert.Single(third.QuerySelectorAll("link[rel=stylesheet][href*='_content/CoProWidgets/copro.css']"));
    }

    [Fact]
    public async Task HomePage_ServedFromMemory_ShowsAnEditedFileOnRefresh()
    {
        _site = new SampleSiteFactory { EnvironmentName = "Production" };
        var client = _site.CreateClient();
        await client.GetDocumentAsync("/");
        await client.GetDocumentAsync("/");

        _site.WriteContent("principles/our-principles.md", "---\ntitle: Promises we keep\nlayout: numbered\n---\n## Listen first\n");

        await HttpClientExtensions.Eventually(async () =>
            (await client.GetDocumentAsync("/")).QuerySelector("section.copro-principles h2")?.TextContent == "Promises we keep");
    }

    [Fact]
    public async Task Results_ShowEachSnapshotPublishedHere_AtOnce_AndNeverALiveResponse()
    {
        await StartAsync();
        Assert.Equal(Status(10), await StatusAsync());

        await SubmitAsync(_library.Services.GetRequiredService<SurveyService>(), 1);
        Assert.Equal(Status(10), await StatusAsync());

        await SubmitAsync(_library.Services.GetRequiredService<SurveyService>(), 9);
        await PublishAsync(_library.Services.GetRequiredService<PublishedResults>());

        Assert.Equal(Status(20), await StatusAsync());
    }

    [Fact]
    public async Task Results_PublishedByAnotherServer_ShowWithinTheRefreshTime()
    {
        await StartAsync();
        Assert.Equal(Status(10), await StatusAsync());

        // Another server sharing the database publishes: its own services, so this server is not told.
        var contexts = _library.Services.GetRequiredService<CoProDbContextFactory>();
        await SubmitAsync(new SurveyService(contexts, _time, new UkClock(_time), _library.Services.GetRequiredService<AnswerScreener>()), 10);
        var other = ActivatorUtilities.CreateInstance<PublishedResults>(_library.Services);
        await PublishAsync(other);
        Assert.Equal(Status(10), await StatusAsync());

        _time.Now += HeldPerSurvey.OtherServersWithin;

        Assert.Equal(Status(20), await StatusAsync());
    }

    private static string Status(int responses) =>
        $"Based on {responses} responses, published on 1 December 2026; the survey is still open, and the figures are updated once at least 10 more people have answered.";

    private static async Task PublishAsync(PublishedResults results) => Assert.Equal(1, await results.RefreshAsync(CancellationToken.None));

    private static List<string> Panels(IDocument page) =>
        page.QuerySelectorAll("section.copro-principles").Select(panel => panel.OuterHtml).ToList();

    private async Task<string?> StatusAsync() =>
        (await _library.App.GetTestClient().GetDocumentAsync("/copro/surveys/s/results")).QuerySelector(".copro-results__status")?.TextContent;

    private async Task SubmitAsync(SurveyService service, int times)
    {
        var survey = _library.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues> { ["q-say"] = "agree" }), survey);
        for (var i = 0; i < times; i++)
        {
            Assert.True(await service.SubmitAsync(survey, SurveyService.NewKey(), answers));
        }
    }

    private async Task StartAsync()
    {
        _library.WriteContent("surveys/s.md", Survey);
        await _library.StartAsync();
        await SubmitAsync(_library.Services.GetRequiredService<SurveyService>(), 10);
        await PublishAsync(_library.Services.GetRequiredService<PublishedResults>());
    }
}
