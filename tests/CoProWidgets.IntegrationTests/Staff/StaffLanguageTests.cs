using AngleSharp.Dom;
using CoProWidgets.GetInvolved;
using CoProWidgets.IntegrationTests.Outcomes;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.IntegrationTests.Staff;

/// <summary>
/// The staff workspace's people, quotes, safeguarding and audit pages in the language the request asks for: their
/// words, the navigation, the flags, the audit log's actions and the months all translated, none left in English.
/// </summary>
public sealed class StaffLanguageTests : IAsyncDisposable
{
    private const string Survey = """
        ---
        title: Having a say
        opens: 2026-11-01
        closes: 2026-12-31
        results: while-open
        thank-you: Thanks.
        ---
        ## Anything else?
        id: else
        type: text
        publish: ask
        """;

    private readonly LibrarySite _site = new(FixedTime.At("2026-12-01T12:00:00Z"));

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    public static TheoryData<string, string, string[]> Pages() => new()
    {
        { "cy", "people", ["Pobl a gofrestrodd", "Gweithle'r staff", "Dod o hyd i unigolyn", "Yn aros i gadarnhau eu cyfeiriad"] },
        { "cy", "quotes", ["Beth ddywedodd pobl: cymedroli", "rhif ffôn", "Cymeradwyo", "1 Rhagfyr 2026, 12:00"] },
        { "cy", "safeguarding", ["Diogelu", "Yn aros (1)", "Beth wnaethoch chi?", "Wedi'i ganfod gan y sgrinio"] },
        { "cy", "audit", ["Cofnod archwilio", "chwiliad am unigolyn", "Gweithredoedd staff"] },
        { "ur", "people", ["وہ لوگ جنہوں نے سائن اپ کیا", "عملے کی ورک اسپیس", "کسی شخص کو تلاش کریں", "اپنے پتے کی تصدیق کا انتظار ہے"] },
        { "ur", "quotes", ["لوگوں نے کیا کہا: جانچ پڑتال", "فون نمبر", "منظور کریں", "دسمبر"] },
        { "ur", "safeguarding", ["تحفظ", "منتظر (1)", "آپ نے کیا کیا؟", "جانچ میں ملا"] },
        { "ur", "audit", ["آڈٹ لاگ", "شخص کی تلاش کی گئی", "عملے کی کارروائیاں"] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task StaffPage_InTheRequestsLanguage_ShowsTranslatedWords(string language, string page, string[] words)
    {
        await StartAsync();
        await SubmitAsync("Ring me on 07700 900123: he hits the children when he drinks and i am scared to go home");
        await Followers.AddAsync(_site.Services.GetRequiredService<CoProDbContextFactory>(), "sam@example.org", "gp", SignUpStatus.Pending);
        using var staff = _site.Client("staff");
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var people = await (await staff.GetAsync(new Uri("/copro/staff/people", UriKind.Relative))).ReadDocumentAsync();
        using var found = await FormPost.From(people).Set("email", "sam@example.org").PostAsync(staff);

        var document = await (await staff.GetAsync(new Uri($"/copro/staff/{page}", UriKind.Relative))).ReadDocumentAsync();

        Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(language == "ur" ? "rtl" : "ltr", document.DocumentElement.GetAttribute("dir"));
        var text = document.Body!.TextContent;
        Assert.All(words, word => Assert.Contains(word, text, StringComparison.Ordinal));
        Assert.All(EnglishWords(), word => Assert.DoesNotContain(word, text, StringComparison.Ordinal));
    }

    private static string[] EnglishWords() =>
        ["Staff workspace", "Back to the site", "People who signed up", "What people said", "Safeguarding", "Audit log", "Waiting", "December", "person-found", "Error:"];

    private async Task SubmitAsync(string text)
    {
        var survey = _site.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues> { ["q-else"] = text, ["q-else-publish"] = "yes" }), survey);
        Assert.True(await _site.Services.GetRequiredService<SurveyService>().SubmitAsync(survey, SurveyService.NewKey(), answers));
    }

    private Task StartAsync()
    {
        _site.WriteContent("surveys/s.md", Survey);
        _site.WriteContent("get-involved.md", "---\ntitle: Get involved\nprivacy-url: /privacy\nconsent: We keep your details.\nareas:\n  gp: GP access\n---\nTake part.\n");
        return _site.StartAsync(settings: [new("CoProWidgets:StaffPolicy", "Staff")], services: services =>
        {
            HeaderAuthentication.AddTo(services, "Staff");
            services.AddSingleton<IStartupFilter, LanguageFromRequest>();
        });
    }

    /// <summary>The request localisation a host sets up, choosing among the shipped languages by Accept-Language.</summary>
    private sealed class LanguageFromRequest : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            string[] cultures = ["en-GB", "cy", "pl", "ur"];
            app.UseRequestLocalization(options => options.SetDefaultCulture("en-GB").AddSupportedCultures(cultures).AddSupportedUICultures(cultures));
            next(app);
        };
    }
}
