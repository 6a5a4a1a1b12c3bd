using System.Globalization;
using System.Net.Http.Headers;
using System.Xml.Linq;
using AngleSharp.Dom;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.IntegrationTests.Localisation;

/// <summary>
/// The results of a routed survey with a hidden group, and the outcomes list and feed, asked for in Welsh and Urdu
/// through the host's request localisation: the library's words come from the translations, and numbers, percentages
/// and month names are the culture's.
/// </summary>
public sealed class ResultsAndOutcomesLocalisationTests : IAsyncDisposable
{
    private const string Survey = """
        ---
        title: Caring
        results: while-open
        thank-you: Thanks.
        ---
        ## Which describes you?
        id: who
        type: single
        required: no
        group: yes

        - carer: I care for someone
        - patient: I use services
        - staff: I work here

        ## Do you use the day centre?
        id: centre
        type: single
        required: no

        - yes: Yes
        - no: No

        ---

        ## The day centre listens to me
        id: listens
        type: agreement
        required: no
        show-if: who is carer
        """;

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
    [InlineData("cy", "Canlyniadau: Caring", "Pawb", "Heb ei ddangos, fel na ellir adnabod neb", "Gofynnwyd i bobl yn y grŵp “I care for someone”: 15 o bobl.", "1 Rhagfyr 2026", "ltr")]
    [InlineData("ur", "نتائج: Caring", "سب لوگ", "نہیں دکھایا گیا، تاکہ کسی کی شناخت نہ ہو سکے", "یہ سوال صرف ان سے پوچھا گیا: وہ لوگ جو گروپ “I care for someone” میں ہیں: 15 لوگ۔", "1 دسمبر 2026", "rtl")]
    public async Task ResultsPage_InAnotherLanguage_ShowsTranslatedWords_AndTheCulturesNumbersAndMonths(string language, string title, string everyone, string hidden, string asked, string date, string direction)
    {
        await StartAsync();
        await SubmitAsync(15, "carer", "yes", "agree");
        await SubmitAsync(20, "patient", "no", null);
        await SubmitAsync(3, "staff", "yes", null);
        var survey = _app!.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        Assert.NotNull(await _app.Services.GetRequiredService<PublishedResults>().PublishAsync(survey, "A member of staff", alongside: null));

        var page = await GetAsync(language, "/copro/surveys/s/results");

        var root = page.QuerySelector(".copro-results")!;
        Assert.Equal(language, root.GetAttribute("lang"));
        Assert.Equal(direction, root.GetAttribute("dir"));
        Assert.Equal(title, page.QuerySelector("h1")?.TextContent);
        Assert.Contains(date, page.QuerySelector(".copro-results__status")!.TextContent, StringComparison.Ordinal);
        var centre = Question(page, "Do you use the day centre?");
        var rows = centre.QuerySelectorAll("tbody tr").ToDictionary(row => row.QuerySelector("th")!.TextContent, row => row.QuerySelectorAll("td").Select(cell => cell.TextContent).ToArray());
        var culture = CultureInfo.GetCultureInfo(language);
        Assert.Equal([38.ToString("N0", culture), 0.47m.ToString("P0", culture), 0.53m.ToString("P0", culture)], rows[everyone]);
        Assert.Equal([hidden], rows["I work here"]);
        var listens = Question(page, "The day centre listens to me");
        Assert.StartsWith(asked, listens.QuerySelector(".copro-results__asked")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Everyone", page.QuerySelector(".copro-results")!.TextContent, StringComparison.Ordinal);

        var csv = await Client(language).GetStringAsync(new Uri("/copro/surveys/s/results.csv", UriKind.Relative));
        Assert.Contains($"listens,The day centre listens to me,{everyone},:asked,", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cy", "Dywedoch chi, gwnaethom ni", "12 deilliant, tudalen 1 o 2.", "Wedi'i wneud", "12 Hydref 2026")]
    [InlineData("ur", "آپ نے کہا، ہم نے کیا", "12 نتائج، 2 میں سے صفحہ 1۔", "منصوبہ بند", "12 اکتوبر 2026")]
    public async Task OutcomesList_InAnotherLanguage_ShowsTranslatedWordsAndTheCulturesMonths(string language, string title, string count, string status, string date)
    {
        await StartAsync();
        for (var i = 1; i <= 12; i++)
        {
            WriteOutcome($"o{i}", $"title: Outcome {i}\ndate: 2026-10-{i:00}\nstatus: {(i % 3 == 1 ? "done" : "planned")}\nareas: [carers]", "## You said\n\nA.\n\n## We did\n\nB.");
        }

        var page = await GetAsync(language, "/copro/outcomes");

        Assert.Equal(title, page.QuerySelector("h1")?.TextContent);
        Assert.Equal(count, page.QuerySelector(".copro-outcomes__count")?.TextContent.Trim());
        Assert.Contains(status, page.QuerySelector(".copro-outcomes__list")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(date, page.QuerySelector(".copro-outcomes__meta time")?.TextContent);

        var feed = XDocument.Parse(await Client(language).GetStringAsync(new Uri("/copro/outcomes/feed.atom", UriKind.Relative)));
        Assert.Equal(title, feed.Root!.Element(XName.Get("title", "http://www.w3.org/2005/Atom"))?.Value);
        var english = XDocument.Parse(await Client("en-GB").GetStringAsync(new Uri("/copro/outcomes/feed.atom", UriKind.Relative)));
        Assert.Equal("You said, we did", english.Root!.Element(XName.Get("title", "http://www.w3.org/2005/Atom"))?.Value);
    }

    private static IElement Question(IDocument page, string text) =>
        page.QuerySelectorAll(".copro-results__question").Single(section => section.QuerySelector(".copro-results__question-title")?.TextContent == text);

    private HttpClient Client(string language)
    {
        var client = _app!.GetTestClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        return client;
    }

    private Task<IDocument> GetAsync(string language, string url) => Client(language).GetDocumentAsync(url);

    private void WriteOutcome(string name, string frontMatter, string body)
    {
        Directory.CreateDirectory(Path.Combine(_content, "outcomes"));
        File.WriteAllText(Path.Combine(_content, "outcomes", name + ".md"), $"---\n{frontMatter}\n---\n{body}\n");
    }

    private async Task SubmitAsync(int times, string who, string centre, string? listens)
    {
        var service = _app!.Services.GetRequiredService<SurveyService>();
        var survey = _app.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues> { ["q-who"] = who, ["q-centre"] = centre, ["q-listens"] = listens }), survey);
        for (var i = 0; i < times; i++)
        {
            Assert.True(await service.SubmitAsync(survey, SurveyService.NewKey(), answers));
        }
    }

    private async Task StartAsync()
    {
        Directory.CreateDirectory(Path.Combine(_content, "surveys"));
        await File.WriteAllTextAsync(Path.Combine(_content, "surveys", "s.md"), Survey);
        _database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var settings = new Dictionary<string, string?>(_database.Settings) { ["CoProWidgets:ContentPath"] = _content };
        _app = await LibraryHost.StartAsync(settings, services => services
            .AddSingleton<TimeProvider>(FixedTime.At("2026-12-01T12:00:00Z"))
            .AddTransient<IStartupFilter, RequestLanguage>());
    }

    // As a host offering the shipped languages does: the culture from Accept-Language, before the library's endpoints.
    private sealed class RequestLanguage : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            string[] languages = ["en-GB", "cy", "pl", "ur"];
            app.UseRequestLocalization(options => options.SetDefaultCulture("en-GB").AddSupportedCultures(languages).AddSupportedUICultures(languages));
            next(app);
        };
    }
}
