using System.Globalization;
using AngleSharp.Dom;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.IntegrationTests.Staff;

/// <summary>
/// The staff workspace's first page, a survey's page and its responses page read in the language the host's request
/// localisation chose (here from Accept-Language): the words from the translations, the dates in that language.
/// </summary>
public sealed class StaffSurveysTranslationTests : IAsyncDisposable
{
    private const string Survey = "---\ntitle: Having a say\nopens: 2026-11-01\ncloses: 2026-12-31\nthank-you: Thanks.\n---\n## I have a say in my care\nid: say\ntype: agreement\n";

    private readonly LibrarySite _site = new(FixedTime.At("2026-12-01T12:00:00Z"));

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Theory]
    [InlineData("cy", "Gweithle staff", "Pob arolwg, yn ôl teitl", "1 Tachwedd 2026", "Ar agor")]
    [InlineData("ur", "عملے کی ورک اسپیس", "تمام سرویز، عنوان کے لحاظ سے", "1 نومبر 2026", "کھلا ہے")]
    public async Task FirstPage_InTheRequestsLanguage_IsTranslated(string language, string heading, string caption, string opens, string status)
    {
        await StartAsync();

        var page = await GetAsync("/copro/staff", language);

        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.QuerySelector("main h1")?.TextContent);
        Assert.Equal(caption, page.QuerySelector("main caption")?.TextContent);
        var cells = page.QuerySelectorAll("main tbody td").Select(cell => cell.TextContent).ToList();
        Assert.Equal([status, opens], cells.Take(2));
        Assert.DoesNotContain("Every survey", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cy", "Ymatebion fesul diwrnod", "Canlyniadau cyhoeddus", "Dydd Mawrth 1 Rhagfyr 2026")]
    [InlineData("ur", "روزانہ جوابات", "عوامی نتائج", "منگل 1 دسمبر 2026")]
    public async Task SurveysPage_InTheRequestsLanguage_IsTranslated(string language, string byDay, string publicResults, string today)
    {
        await StartAsync();
        await SubmitAsync(2);

        var page = await GetAsync("/copro/staff/surveys/s", language);

        Assert.Contains(byDay, Headings(page));
        Assert.Contains(publicResults, page.QuerySelectorAll("main dt").Select(term => term.TextContent));
        Assert.Equal(today, page.QuerySelector("main table th[scope=row]")?.TextContent, ignoreCase: true);
        Assert.DoesNotContain("Responses by", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cy", "Ymatebion: Having a say", "2 ymateb.", "Dangos ymatebion")]
    [InlineData("ur", "جوابات: Having a say", "جوابات: 2۔", "جوابات دکھائیں")]
    public async Task ResponsesPage_InTheRequestsLanguage_IsTranslated(string language, string heading, string count, string button)
    {
        await StartAsync();
        await SubmitAsync(2);

        var page = await GetAsync("/copro/staff/surveys/s/responses", language);

        Assert.Equal(heading, page.QuerySelector("main h1")?.TextContent);
        Assert.Equal(count, page.QuerySelector(".copro-staff__count")?.TextContent.Trim());
        Assert.Equal(button, page.QuerySelector("form.copro-staff__filters button")?.TextContent);
        Assert.StartsWith(language == "cy" ? "Ymateb 2, 1 Rhagfyr 2026" : "جواب 2، 1 دسمبر 2026", page.QuerySelector(".copro-staff__response h2")?.TextContent, StringComparison.Ordinal);
    }

    private static List<string> Headings(IDocument page) => page.QuerySelectorAll("main h2").Select(heading => heading.TextContent).ToList();

    private async Task<IDocument> GetAsync(string path, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add(HeaderAuthentication.Header, "staff");
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await _site.App.GetTestClient().SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.ReadDocumentAsync();
    }

    private async Task SubmitAsync(int times)
    {
        var service = _site.Services.GetRequiredService<SurveyService>();
        var survey = _site.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues> { ["q-say"] = "agree" }), survey);
        for (var i = 0; i < times; i++)
        {
            Assert.True(await service.SubmitAsync(survey, SurveyService.NewKey(), answers));
        }
    }

    private Task StartAsync()
    {
        _site.WriteContent("surveys/s.md", Survey);
        return _site.StartAsync(settings: [new("CoProWidgets:StaffPolicy", "Staff")], services: services =>
        {
            HeaderAuthentication.AddTo(services, "Staff");
            services.AddSingleton<IStartupFilter, RequestLanguage>();
        });
    }

    /// <summary>The host's request localisation, ahead of the library's endpoints, as a site offering these languages sets it.</summary>
    private sealed class RequestLanguage : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            CultureInfo[] cultures = [.. new[] { "en-GB", "cy", "pl", "ur" }.Select(CultureInfo.GetCultureInfo)];
            app.UseRequestLocalization(new RequestLocalizationOptions
            {
                DefaultRequestCulture = new RequestCulture("en-GB"),
                SupportedCultures = cultures,
                SupportedUICultures = cultures,
            });
            next(app);
        };
    }
}
