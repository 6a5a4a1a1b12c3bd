using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Surveys;

/// <summary>
/// A survey answered in Welsh and in Urdu, the culture coming from the host's request localisation as on a real site:
/// every step's own words (questions' parts, errors, check your answers, thanks) and the kiosk's are translated, and the
/// kiosk's script announces the sentences the page gives it.
/// </summary>
public sealed class SurveyLanguageTests : IAsyncDisposable
{
    private const string Survey = """
        ---
        title: Having a say
        thank-you: Thanks.
        ---
        ## I have a say in my care
        id: say
        type: agreement

        ## When did you last visit?
        id: when
        type: date
        """;

    private readonly LibrarySite _site = new(new FixedTime(DateTimeOffset.UtcNow));

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    public static TheoryData<string, Words> Languages() => new()
    {
        { "cy", new("Parhau", "Diwrnod", "Gwall: ", "Dewiswch i ba raddau rydych yn cytuno neu'n anghytuno: I have a say in my care", "Cytuno'n gryf", "Gwirio eich atebion", "Cytuno", "Mae eich atebion wedi cael eu hanfon") },
        { "ur", new("جاری رکھیں", "دن", "خرابی: ", "منتخب کریں کہ آپ کس حد تک متفق یا غیر متفق ہیں: I have a say in my care", "پوری طرح متفق", "اپنے جوابات چیک کریں", "متفق", "آپ کے جوابات بھیج دیے گئے ہیں") },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task EachStep_IsInTheVisitorsLanguage(string language, Words words)
    {
        await StartAsync();
        using var client = Client(language);

        var first = await client.GetDocumentAsync("/copro/surveys/s");
        using var wrong = await FormPost.From(first, "form.copro-form").Set("action", "next").PostAsync(client);
        var problems = await wrong.ReadDocumentAsync();
        using var right = await FormPost.From(problems, "form.copro-form").Set("q-say", "agree").Set("q-when-day", "5").Set("q-when-month", "3").Set("q-when-year", "2026").Set("action", "next").PostAsync(client);
        var check = await right.ReadDocumentAsync();
        using var sent = await FormPost.From(check, "form.copro-form").Set("action", "submit").PostAsync(client);
        var thanks = await client.GetDocumentAsync(sent.Headers.Location!.OriginalString);

        Assert.Equal(language, first.QuerySelector(".copro-survey")?.GetAttribute("lang"));
        Assert.Equal(words.Continue, first.QuerySelector(".copro-buttons .copro-button")?.TextContent);
        Assert.Equal(words.Day, first.QuerySelector(".copro-date-input label")?.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.StartsWith(words.ErrorTitle, problems.Title, StringComparison.Ordinal);
        Assert.Equal(words.Required, problems.QuerySelector(".copro-error-summary li")?.TextContent);
        Assert.Equal(words.StronglyAgree, problems.QuerySelector(".copro-checkbox__label")?.TextContent);
        Assert.Equal(words.Check, check.QuerySelector(".copro-survey__step")?.TextContent);
        var expectedDate = new DateOnly(2026, 3, 5).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(language));
        Assert.Equal([words.Agree, expectedDate], check.QuerySelectorAll(".copro-summary__answer").Select(answer => answer.TextContent));
        Assert.DoesNotContain("March", expectedDate, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        Assert.Equal(words.Thanks, thanks.QuerySelector(".copro-panel__title")?.TextContent);
    }

    [Fact]
    public async Task EnglishStays_AsItWas()
    {
        await StartAsync();
        using var client = Client("en-GB");

        var first = await client.GetDocumentAsync("/copro/surveys/s");

        Assert.Equal("en-GB", first.QuerySelector(".copro-survey")?.GetAttribute("lang"));
        Assert.Equal(["Continue", "Save and come back later"], first.QuerySelectorAll(".copro-buttons button").Select(button => button.TextContent));
        Assert.Equal(["Day", "Month", "Year"], first.QuerySelectorAll(".copro-date-input label").Select(label => label.TextContent));
    }

    [Fact]
    public async Task TheKiosk_GivesItsScriptTheSentencesInTheVisitorsLanguage_AndTheScriptHasNoWordsOfItsOwn()
    {
        await StartAsync();
        var (token, _) = _site.Services.GetRequiredService<KioskLinks>().Create("s", "Stall", 1);
        using var welsh = Client("cy");
        using var english = Client("en-GB");

        var cy = (await welsh.GetDocumentAsync($"/copro/kiosk/{token}")).QuerySelector("[data-copro-kiosk]")!;
        var en = (await english.GetDocumentAsync($"/copro/kiosk/{token}")).QuerySelector("[data-copro-kiosk]")!;
        var script = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "src", "CoProWidgets", "wwwroot", "kiosk.js"));

        Assert.Equal("Oes angen mwy o amser arnoch chi? Er mwyn cadw eich atebion yn breifat, bydd y sgrin hon yn cael ei chlirio ymhen {0} eiliad. Dewiswch Mae angen mwy o amser arnaf i barhau.", cy.GetAttribute("data-say-warning"));
        Assert.Equal("Mae gennych 2 munud arall.", cy.GetAttribute("data-say-more-time"));
        Assert.Equal("Mae angen mwy o amser arnaf", cy.QuerySelector("[data-copro-kiosk-extend]")?.TextContent);
        Assert.Equal("Do you need more time? To keep your answers private, this screen will be cleared in {0} seconds. Choose I need more time to carry on.", en.GetAttribute("data-say-warning"));
        Assert.Equal("You have 2 minutes more.", en.GetAttribute("data-say-more-time"));
        Assert.Contains("data-say-warning", script, StringComparison.Ordinal);
        Assert.Contains("data-say-more-time", script, StringComparison.Ordinal);
        Assert.All(["minute", "more time", "You have", "seconds. Choose", "cleared in"], english => Assert.DoesNotContain(english, Code(script), StringComparison.Ordinal));
    }

    /// <summary>The words of one language the steps are checked for.</summary>
    public sealed record Words(string Continue, string Day, string ErrorTitle, string Required, string StronglyAgree, string Check, string Agree, string Thanks);

    private HttpClient Client(string language)
    {
        var client = _site.Client(null);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        return client;
    }

    private Task StartAsync()
    {
        _site.WriteContent("surveys/s.md", Survey);
        return _site.StartAsync(services: services => services.AddSingleton<IStartupFilter, RequestLanguage>());
    }

    // The script's comment may say what it does in English; its code must not.
    private static string Code(string script) => script[(script.IndexOf("*/", StringComparison.Ordinal) + 2)..];

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CoProWidgets.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (with CoProWidgets.sln) is not above the test's folder.");
    }

    /// <summary>The host's request localisation, as a site turns it on: the language from the browser's Accept-Language.</summary>
    private sealed class RequestLanguage : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            string[] cultures = ["en-GB", "cy", "pl", "ur"];
            app.UseRequestLocalization(options => options.SetDefaultCulture("en-GB").AddSupportedCultures(cultures).AddSupportedUICultures(cultures));
            next(app);
        };
    }
}
