using System.Net;
using AngleSharp.Dom;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.IntegrationTests.SurveyResults;

/// <summary>The results widget on its own page and as CSV, from answers stored through the survey service.</summary>
public sealed class SurveyResultsTests : IAsyncDisposable
{
    private const string Survey = """
        ---
        title: Having a say
        closes: 2026-12-31
        results: RESULTS
        thank-you: Thanks.
        ---
        ## I have a say in my care
        id: say
        type: agreement
        required: no

        ## Power should be shared more equally
        id: power
        type: agreement

        ## Which describes you?
        id: who
        type: single
        required: no
        group: yes

        - uses: I use services or care for someone who does
        - works: I work in health or social care

        ## Your age
        id: age
        type: single
        equality: yes

        - young: Under 25
        - older: 25 or over
        """;

    private readonly string _content = LibraryHost.EmptyContentFolder();
    private readonly FixedTime _time = FixedTime.At("2026-12-01T12:00:00Z");
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

    [Fact]
    public async Task ResultsPage_ShowsTheShareAgreeingByGroup_WithIntervals_AndHidesGroupsBelowTheThreshold()
    {
        await StartAsync();
        await SubmitAsync(12, power: "strongly-agree", who: "works");
        await SubmitAsync(6, power: "agree", who: "works");
        await SubmitAsync(2, power: "disagree", who: "works");
        await SubmitAsync(4, power: "agree", who: "uses");
        await SubmitAsync(10, power: "neither");

        await PublishAsync();

        var page = await Client.GetDocumentAsync("/copro/surveys/s/results");

        Assert.Equal("Results: Having a say", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("Based on 34 responses, published on 1 December 2026; the survey is still open, and the figures are updated once at least 10 more people have answered.", page.QuerySelector(".copro-results__status")?.TextContent);
        var power = Question(page, "Power should be shared more equally");
        var rows = Rows(power);
        Assert.Equal(["34", "35%", "29%", "29%", "6%", "0%", "65% (48% to 79%)"], rows["Everyone"]);
        Assert.Equal(["20", "60%", "30%", "0%", "10%", "0%", "90% (70% to 97%)"], rows["I work in health or social care"]);
        Assert.Equal(["Not shown, so that no one can be identified"], rows["I use services or care for someone who does"]);
        Assert.Contains("65% agree (22 of 34 responses). We can be 95% confident that the true figure is between 48% and 79%.", power.QuerySelector(".copro-results__words")!.TextContent, StringComparison.Ordinal);

        // Nobody answered "say": no figures and no chart, but nothing hidden either.
        var say = Question(page, "I have a say in my care");
        Assert.All(Rows(say).Values, cells => Assert.Equal("No responses", Assert.Single(cells)));
        Assert.Null(say.QuerySelector("svg"));

        // Equality questions are never published.
        Assert.DoesNotContain("Your age", page.QuerySelector(".copro-results")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResultsPage_HidesASecondGroup_WhenSubtractingTheShownOnesFromEveryoneWouldRevealTheFirst()
    {
        await StartAsync();
        await SubmitAsync(20, power: "agree", who: "works");
        await SubmitAsync(3, power: "disagree", who: "uses");

        await PublishAsync();

        var rows = Rows(Question(await Client.GetDocumentAsync("/copro/surveys/s/results"), "Power should be shared more equally"));

        Assert.Equal("87% (68% to 95%)", rows["Everyone"][^1]);
        // The same words for both: which of them rests on fewer than 10 responses is what the hiding keeps.
        Assert.Equal(["Not shown, so that no one can be identified"], rows["I use services or care for someone who does"]);
        Assert.Equal(["Not shown, so that no one can be identified"], rows["I work in health or social care"]);
    }

    [Fact]
    public async Task Chart_IsAnImageNamedAndDescribedByItsOwnTitleAndDescription()
    {
        await StartAsync();
        await SubmitAsync(10, power: "agree", who: "works");

        await PublishAsync();

        var page = await Client.GetDocumentAsync("/copro/surveys/s/results");

        var chart = Question(page, "Power should be shared more equally").QuerySelector("svg")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        var parts = chart.GetAttribute("aria-labelledby")!.Split(' ').Select(id => page.GetElementById(id)).ToList();
        Assert.Equal(["title", "desc"], parts.Select(part => part?.LocalName));
        Assert.Equal("Share who agree, by group", parts[0]!.TextContent);
        Assert.Equal("Bar chart of the share who agree with \"Power should be shared more equally\": Everyone 100% (95% confidence interval 72% to 100%); I use services or care for someone who does no responses; I work in health or social care 100% (95% confidence interval 72% to 100%).", parts[1]!.TextContent);
        Assert.Equal("Answers to \"Power should be shared more equally\", by group", Question(page, "Power should be shared more equally").QuerySelector("caption")?.TextContent);
    }

    [Fact]
    public async Task ResultsPublishedAfterClosing_AreNotShownOrDownloadable_UntilTheSurveyCloses()
    {
        await StartAsync(results: "after-closing");
        await SubmitAsync(10, power: "agree", who: "works");

        await PublishAsync();

        var open = await Client.GetDocumentAsync("/copro/surveys/s/results");
        Assert.Equal("The survey is still open. Results will be published here after it closes on 31 December 2026.", open.QuerySelector(".copro-results__status")?.TextContent);
        Assert.Null(open.QuerySelector("table"));
        using (var csv = await Client.GetAsync(new Uri("/copro/surveys/s/results.csv", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
        }

        _time.Now = DateTimeOffset.Parse("2027-01-01T00:30:00Z", System.Globalization.CultureInfo.InvariantCulture);
        await PublishAsync();

        var closed = await Client.GetDocumentAsync("/copro/surveys/s/results");
        Assert.Equal("Based on 10 responses, published on 1 January 2027.", closed.QuerySelector(".copro-results__status")?.TextContent);
        Assert.NotNull(closed.QuerySelector("table"));
        Assert.Null(closed.QuerySelector(".copro-results__answer"));
    }

    [Fact]
    public async Task Report_IsAPageToPrint_WithTheHeadlineFirst_AndEveryGroupsDetailOpen()
    {
        await StartAsync();
        await SubmitAsync(12, power: "strongly-agree", who: "works");
        await SubmitAsync(10, power: "disagree", who: "uses");
        await PublishAsync();

        var report = await Client.GetDocumentAsync("/copro/surveys/s/report");
        var results = await Client.GetDocumentAsync("/copro/surveys/s/results");

        Assert.Equal("Results: Having a say", report.QuerySelector("h1")?.TextContent);
        Assert.Null(report.QuerySelector("header, nav"));
        Assert.Equal("About 5 in 10 people agreed.", report.QuerySelector(".copro-results__headline")?.TextContent);
        Assert.NotNull(report.QuerySelector("details.copro-results__detail[open] table"));
        Assert.NotNull(results.QuerySelector("details.copro-results__detail:not([open]) table"));
    }

    [Fact]
    public async Task ResultsCsv_HasARowPerQuestionGroupAndAnswer_WithSuppressedFiguresLeftEmpty()
    {
        await StartAsync();
        await SubmitAsync(8, power: "strongly-agree", who: "works");
        await SubmitAsync(4, power: "disagree", who: "works");
        await SubmitAsync(3, power: "agree", who: "uses");
        await SubmitAsync(10, power: "neither");

        await PublishAsync();

        using var response = await Client.GetAsync(new Uri("/copro/surveys/s/results.csv", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("question_id,question,group,answer_id,answer,count,responses,percent,ci95_low_percent,ci95_high_percent,suppressed", lines[0]);
        Assert.Contains("power,Power should be shared more equally,Everyone,strongly-agree,Strongly agree,8,25,32.0,17.2,51.6,no", lines);
        Assert.Contains("power,Power should be shared more equally,Everyone,agreeing,Agreeing: Strongly agree + Agree,11,25,44.0,26.7,62.9,no", lines);
        Assert.Contains("power,Power should be shared more equally,I work in health or social care,agreeing,Agreeing: Strongly agree + Agree,8,12,66.7,39.1,86.2,no", lines);
        Assert.Contains("power,Power should be shared more equally,I use services or care for someone who does,agree,Agree,,,,,,yes", lines);
        Assert.Contains("who,Which describes you?,Everyone,works,I work in health or social care,12,15,80.0,54.8,93.0,no", lines);
        Assert.Contains("say,I have a say in my care,Everyone,agree,Agree,0,0,,,,no", lines);
        Assert.DoesNotContain(lines, line => line.StartsWith("age,", StringComparison.Ordinal));
        // Two agreement questions with five answers and the combined row, three groups each; two group answers.
        Assert.Equal(1 + (2 * 6 * 3) + 2, lines.Length);
    }

    /// <summary>
    /// SCIE's survey for National Co-production Week 2019 ("Attitudes towards co-production", 343 responses). The report
    /// gives percentages by group but not how many were in each group, so the split (150 people who use services or
    /// care, 193 working in the sector) is ours; each group's answers are generated to give the reported share, and
    /// the widget must show exactly the reported percentages.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PublishedSurveyTable_IsReproduced_FromResponsesMatchingItsCountAndPercentages(string provider)
    {
        await StartAsync(provider: provider);
        (string Group, int People, int? Say, int Power)[] reported = [("uses", 150, 34, 94), ("works", 193, null, 95)];
        foreach (var group in reported)
        {
            for (var i = 0; i < group.People; i++)
            {
                await SubmitAsync(1, power: Agreement(i, group.People, group.Power), who: group.Group, say: group.Say is { } share ? Agreement(i, group.People, share) : null);
            }
        }

        await PublishAsync();

        var page = await Client.GetDocumentAsync("/copro/surveys/s/results");

        Assert.Equal("Based on 343 responses, published on 1 December 2026; the survey is still open, and the figures are updated once at least 10 more people have answered.", page.QuerySelector(".copro-results__status")?.TextContent);
        var say = Rows(Question(page, "I have a say in my care"));
        Assert.StartsWith("34% ", say["I use services or care for someone who does"][^1], StringComparison.Ordinal);
        Assert.Equal("150", say["I use services or care for someone who does"][0]);
        var power = Rows(Question(page, "Power should be shared more equally"));
        Assert.StartsWith("94% ", power["I use services or care for someone who does"][^1], StringComparison.Ordinal);
        Assert.StartsWith("95% ", power["I work in health or social care"][^1], StringComparison.Ordinal);
        // Everyone together: (141 + 183) of 343 is 94.5%, which rounds to 94%.
        Assert.Equal("343", power["Everyone"][0]);
        Assert.StartsWith("94% ", power["Everyone"][^1], StringComparison.Ordinal);
    }

    /// <summary>The i-th of n answers, so that round(n * percent / 100) of them agree, half of those strongly.</summary>
    private static string Agreement(int i, int n, int percent)
    {
        var agreeing = (int)Math.Round(n * percent / 100.0, MidpointRounding.AwayFromZero);
        return i < agreeing / 2 ? "strongly-agree" : i < agreeing ? "agree" : i % 2 == 0 ? "disagree" : "neither";
    }

    private HttpClient Client => _app!.GetTestClient();

    /// <summary>The scheduled look that publishes a snapshot of results that may be shown.</summary>
    // As staff publish: these tests are about what a snapshot shows, and only staff show a group for the first time.
    private async Task<int> PublishAsync()
    {
        var survey = _app!.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        if (!_app.Services.GetRequiredService<ResultsDisclosure>().MayShow(survey))
        {
            return 0;
        }

        return await _app.Services.GetRequiredService<PublishedResults>().PublishAsync(survey, "A member of staff", alongside: null) is null ? 0 : 1;
    }

    private static IElement Question(IDocument page, string text) =>
        page.QuerySelectorAll(".copro-results__question").Single(section => section.QuerySelector(".copro-results__question-title")?.TextContent == text);

    private static Dictionary<string, string[]> Rows(IElement question) =>
        question.QuerySelectorAll("tbody tr").ToDictionary(row => row.QuerySelector("th")!.TextContent, row => row.QuerySelectorAll("td").Select(cell => cell.TextContent).ToArray());

    private async Task SubmitAsync(int times, string power, string? who = null, string? say = null)
    {
        var service = _app!.Services.GetRequiredService<SurveyService>();
        var survey = _app.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues> { ["q-power"] = power, ["q-who"] = who, ["q-say"] = say }), survey);
        for (var i = 0; i < times; i++)
        {
            Assert.True(await service.SubmitAsync(survey, SurveyService.NewKey(), answers));
        }
    }

    private async Task StartAsync(string results = "while-open", string provider = TestDatabase.Sqlite)
    {
        Directory.CreateDirectory(Path.Combine(_content, "surveys"));
        await File.WriteAllTextAsync(Path.Combine(_content, "surveys", "s.md"), Survey.Replace("RESULTS", results, StringComparison.Ordinal));
        _database = await TestDatabase.CreateAsync(provider);
        var settings = new Dictionary<string, string?>(_database.Settings) { ["CoProWidgets:ContentPath"] = _content };
        _app = await LibraryHost.StartAsync(settings, services => services.AddSingleton<TimeProvider>(_time));
    }
}
