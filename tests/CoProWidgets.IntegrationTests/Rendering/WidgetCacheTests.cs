using AngleSharp.Dom;
using CoProWidgets.Rendering;
using CoProWidgets.Storage;
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

        Assert.True(_site.Services.GetRequiredService<WidgetHtmlCache>().Replays >= 2);
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
    public async Task Results_AfterAResponseStoredByThisServer_ShowItAtOnce()
    {
        await StartAsync();
        Assert.Equal("Based on 10 responses so far; the survey is still open.", await StatusAsync());

        await SubmitAsync(_library.Services.GetRequiredService<SurveyService>(), 1);

        Assert.Equal("Based on 11 responses so far; the survey is still open.", await StatusAsync());
    }

    [Fact]
    public async Task Results_AfterResponsesStoredByAnotherServer_ShowThemWithinTheRefreshTime()
    {
        await StartAsync();
        Assert.Equal("Based on 10 responses so far; the survey is still open.", await StatusAsync());

        // Another server sharing the database: its own service, so this server is not told.
        var other = new SurveyService(_library.Services.GetRequiredService<CoProDbContextFactory>(), _time);
        await SubmitAsync(other, 2);
        Assert.Equal("Based on 10 responses so far; the survey is still open.", await StatusAsync());

        _time.Now += CoProWidgets.SurveyResults.SurveyTallies.OtherServersWithin;

        Assert.Equal("Based on 12 responses so far; the survey is still open.", await StatusAsync());
    }

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
    }
}
