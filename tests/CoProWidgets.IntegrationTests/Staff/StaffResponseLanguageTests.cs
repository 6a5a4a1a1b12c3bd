using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using CoProWidgets.Content;
using CoProWidgets.Staff;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.IntegrationTests.Staff;

/// <summary>
/// Responses given in Welsh and in Urdu through the survey's own form (<c>?lang=cy</c>, <c>?lang=ur</c>): staff see
/// each one's language named in itself, read each written answer marked with its language and direction, filter by
/// language through the pages and the exports, and count responses per language on the survey's page.
/// </summary>
public sealed class StaffResponseLanguageTests : IAsyncDisposable
{
    private const string Survey = "---\ntitle: Having a say\nthank-you: Thanks.\n---\n## What would make it better?\nid: better\ntype: text\n";
    private const string Welsh = "Apwyntiadau gyda'r nos, os gwelwch yn dda.";
    private const string Urdu = "شام کے وقت ملاقات کی سہولت ہونی چاہیے۔";

    private readonly FixedTime _time = FixedTime.At("2026-12-01T12:00:00Z");
    private readonly LibrarySite _site;

    public StaffResponseLanguageTests() => _site = new LibrarySite(_time);

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task ResponsesPage_NamesEachLanguageInItself_AndMarksEachWrittenAnswerWithIt()
    {
        await StartAsync();
        await AnswerAsync("cy", Welsh);
        await AnswerAsync("ur", Urdu);
        await SubmitAsync("en-GB", "Evening appointments.", ContentFormat.EasyRead);
        using var staff = _site.Client("staff");

        var page = await staff.GetDocumentAsync("/copro/staff/surveys/s/responses");

        var responses = page.QuerySelectorAll(".copro-staff__response").ToList();
        Assert.Equal(3, responses.Count);
        var easyRead = Facts(responses[0]);
        Assert.Equal("Easy Read", easyRead["Format"]);
        Assert.False(easyRead.ContainsKey("Language"));
        Assert.Equal(("en-GB", "ltr"), LangAndDir(responses[0].QuerySelector(".copro-staff__text")));

        var urdu = responses[1];
        Assert.Equal("اردو", Facts(urdu)["Language"]);
        Assert.Equal(("ur", "rtl"), LangAndDir(urdu.QuerySelector("dd span[lang]")));
        Assert.False(Facts(urdu).ContainsKey("Format"));
        var written = urdu.QuerySelector(".copro-staff__text");
        Assert.Equal(Urdu, written?.TextContent);
        Assert.Equal(("ur", "rtl"), LangAndDir(written));

        var welsh = responses[2];
        Assert.Equal("Cymraeg", Facts(welsh)["Language"]);
        Assert.Equal(("cy", "ltr"), LangAndDir(welsh.QuerySelector(".copro-staff__text")));

        var options = page.QuerySelectorAll("select[name=language] option").Select(option => (option.GetAttribute("value"), option.TextContent, option.GetAttribute("dir"))).ToList();
        Assert.Equal([(string.Empty, "Any language", null), ("en-GB", "English", "ltr"), ("cy", "Cymraeg", "ltr"), ("pl", "Polski", "ltr"), ("ur", "اردو", "rtl")], options);
    }

    [Fact]
    public async Task LanguageFilter_ShowsOnlyWelsh_AndKeepsItInThePageLinksAndTheExports()
    {
        await StartAsync();
        await AnswerAsync("cy", Welsh);
        await AnswerAsync("ur", Urdu);
        for (var i = 0; i < StaffResponses.PageSize; i++)
        {
            await SubmitAsync("cy", $"Ateb {i}", ContentFormat.Standard);
        }

        using var staff = _site.Client("staff");
        var page = await staff.GetDocumentAsync("/copro/staff/surveys/s/responses?language=cy");

        var shown = page.QuerySelectorAll(".copro-staff__response").ToList();
        Assert.Equal(StaffResponses.PageSize, shown.Count);
        Assert.All(shown, response => Assert.Equal("Cymraeg", Facts(response)["Language"]));
        Assert.Equal("cy", page.QuerySelector("select[name=language] option[selected]")?.GetAttribute("value"));
        Assert.Contains("language=cy", page.QuerySelector(".copro-pagination a[rel=next]")?.GetAttribute("href"), StringComparison.Ordinal);
        var older = await staff.GetDocumentAsync(page.QuerySelector(".copro-pagination a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal([Welsh], older.QuerySelectorAll(".copro-staff__text").Select(text => text.TextContent));

        var csvForm = FormPost.From(page, "form[action$='responses.csv']");
        Assert.Equal("cy", csvForm["language"]);
        using var csv = await csvForm.PostAsync(staff);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("response_id,submitted_at,survey_version,channel,language,format,excluded,better,other_answers", lines[0]);
        Assert.Equal(StaffResponses.PageSize + 1, lines.Length - 1);
        Assert.All(lines.Skip(1), line => Assert.Contains(",online,cy,standard,no,", line, StringComparison.Ordinal));

        using var json = await FormPost.From(page, "form[action$='responses.json']").PostAsync(staff);
        var text = await json.Content.ReadAsStringAsync();
        Assert.Contains("\"language\": \"cy\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"language\": \"ur\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageFilter_ForALanguageTheSiteDoesNotOffer_IsIgnored()
    {
        await StartAsync();
        await AnswerAsync("cy", Welsh);
        await AnswerAsync("ur", Urdu);
        using var staff = _site.Client("staff");

        var page = await staff.GetDocumentAsync("/copro/staff/surveys/s/responses?language=fr");
        using var posted = await FormPost.From(page, "form.copro-staff__filters").Set("language", "<script>").PostAsync(staff);

        Assert.Equal(2, page.QuerySelectorAll(".copro-staff__response").Length);
        Assert.Empty(page.QuerySelectorAll("select[name=language] option[selected]"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(2, (await posted.ReadDocumentAsync()).QuerySelectorAll(".copro-staff__response").Length);
    }

    [Fact]
    public async Task SurveyPage_CountsResponsesPerLanguageThatHasAny()
    {
        await StartAsync();
        await AnswerAsync("cy", Welsh);
        await AnswerAsync("ur", Urdu);
        await AnswerAsync("ur", Urdu + " 2");
        using var staff = _site.Client("staff");

        var page = await staff.GetDocumentAsync("/copro/staff/surveys/s");

        var table = page.QuerySelectorAll("table").Single(table => table.QuerySelector("caption")?.TextContent == "The language each response was given in");
        Assert.Equal([("Cymraeg", "cy", "1"), ("اردو", "ur", "2")], table.QuerySelectorAll("tbody tr").Select(row => (row.QuerySelector("th")!.TextContent, row.QuerySelector("th")!.GetAttribute("lang"), row.QuerySelector("td")!.TextContent)));
        Assert.Contains("Responses by language", page.QuerySelectorAll("h2").Select(heading => heading.TextContent));
    }

    [Fact]
    public async Task ResponsesAndSurveyPages_WithAnUrduAnswer_AreValidHtml()
    {
        await StartAsync();
        await AnswerAsync("ur", Urdu);
        await SubmitAsync("en-GB", "Evening appointments.", ContentFormat.EasyRead);
        using var staff = _site.Client("staff");
        var folder = Directory.CreateTempSubdirectory("copro-staff-languages-").FullName;
        try
        {
            foreach (var (file, path) in (ValueTuple<string, string>[])[("responses", "/copro/staff/surveys/s/responses?language=ur"), ("responses-ur", "/copro/staff/surveys/s/responses?lang=ur"), ("survey", "/copro/staff/surveys/s")])
            {
                await File.WriteAllTextAsync(Path.Combine(folder, file + ".html"), await staff.GetStringAsync(new Uri(path, UriKind.Relative)));
            }

            var errors = await NuHtmlChecker.CheckAsync(folder);
            Assert.True(errors.Count == 0, string.Join('\n', errors));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Dictionary<string, string> Facts(IElement response) =>
        response.QuerySelectorAll("dt").Zip(response.QuerySelectorAll("dd")).ToDictionary(pair => pair.First.TextContent, pair => pair.Second.TextContent);

    private static (string?, string?) LangAndDir(IElement? element) => (element?.GetAttribute("lang"), element?.GetAttribute("dir"));

    /// <summary>Answers the survey through its own form in <paramref name="language"/>, as the language switcher's link asks.</summary>
    private async Task AnswerAsync(string language, string words)
    {
        using var client = _site.Client(null);
        var first = await client.GetDocumentAsync($"/copro/surveys/s?lang={language}");
        Assert.Equal(language, first.QuerySelector(".copro-survey")?.GetAttribute("lang"));
        using var next = await FormPost.From(first, "form.copro-form").Set("q-better", words).Set("action", "next").PostAsync(client);
        var check = await next.ReadDocumentAsync();
        using var sent = await FormPost.From(check, "form.copro-form").Set("action", "submit").PostAsync(client);
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        _time.Now += TimeSpan.FromMinutes(1);
    }

    /// <summary>A response stored as the form would store it in <paramref name="language"/> and <paramref name="format"/>.</summary>
    private async Task SubmitAsync(string language, string words, ContentFormat format)
    {
        var survey = _site.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues> { ["q-better"] = words }), survey);
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            using (ContentVariant.Use(format))
            {
                Assert.True(await _site.Services.GetRequiredService<SurveyService>().SubmitAsync(survey, SurveyService.NewKey(), answers));
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
            _time.Now += TimeSpan.FromMinutes(1);
        }
    }

    private Task StartAsync()
    {
        _site.WriteContent("surveys/s.md", Survey);
        return _site.StartAsync(settings: [new("CoProWidgets:StaffPolicy", "Staff")], services: services => HeaderAuthentication.AddTo(services, "Staff"));
    }
}
