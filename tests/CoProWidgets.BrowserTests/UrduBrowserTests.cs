using CoProWidgets.Accessibility;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>
/// The widgets in Urdu, right to left: the survey (errors, check answers, without JavaScript), the results, the
/// principles, the sign-up and the accessibility statement mirror where it matters, measured in the browser, and axe
/// finds nothing. Each is photographed (see <see cref="RightToLeft.PhotographAsync"/>).
/// </summary>
public sealed class UrduBrowserTests : IAsyncLifetime
{
    private const string Survey = "urdu-survey";
    private readonly BrowserSite _site = new();

    public async Task InitializeAsync()
    {
        RightToLeft.UseRequestCultures(_site.Site);
        SiteData.WriteUndatedSurvey(_site.Site, Survey);
        foreach (var (key, value) in new Dictionary<string, string> { ["Enabled"] = "true", ["OrganisationName"] = "Healthwatch Riverside", ["Email"] = "access@riverside.example", ["Prepared"] = "2026-12-01" })
        {
            _site.Site.Settings[$"CoProWidgets:AccessibilityStatement:{key}"] = value;
        }

        await _site.InitializeAsync();
    }

    public Task DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task Survey_WithoutJavaScript_MirrorsItsRadiosErrorsAndCheckAnswers()
    {
        var page = await NewPageAsync(javaScript: false);
        await page.GotoAsync(Url($"/copro/surveys/{Survey}"));
        var survey = page.Locator("section.copro-survey");
        await RightToLeft.AssertRightToLeftAsync(survey);
        await RightToLeft.AssertControlsBeforeLabelsAsync(survey);
        await Accessibility.AssertNoViolationsAsync(page);

        await page.ClickAsync("button.copro-button[value=next]");
        await page.WaitForSelectorAsync(".copro-error-summary");
        await RightToLeft.AssertErrorBarsOnTheRightAsync(survey);
        await Accessibility.AssertNoViolationsAsync(page);
        await RightToLeft.PhotographAsync(survey, "survey-errors");

        for (var step = 0; step < 6 && await page.Locator(".copro-summary").CountAsync() == 0; step++)
        {
            // The first option of every question on the page, whatever the words.
            await page.EvaluateAsync("() => { const seen = new Set(); for (const input of document.querySelectorAll('.copro-survey input[type=radio], .copro-survey input[type=checkbox]')) { if (!seen.has(input.name)) { seen.add(input.name); input.checked = true; } } }");
            await page.ClickAsync("button.copro-button[value=next]");
        }

        await RightToLeft.AssertChangeLinksOnTheLeftAsync(survey);
        await Accessibility.AssertNoViolationsAsync(page);
        await RightToLeft.PhotographAsync(survey, "survey-check-answers");
    }

    [Fact]
    public async Task Results_BarsGrowFromTheRight()
    {
        await PublishResultsAsync();
        var page = await NewPageAsync();
        await page.GotoAsync(Url("/copro/surveys/having-a-say/results"));
        var results = page.Locator("section.copro-results");

        await RightToLeft.AssertRightToLeftAsync(results);
        await RightToLeft.AssertBarsStartOnTheRightAsync(results);
        await Accessibility.AssertNoViolationsAsync(page);
        await RightToLeft.PhotographAsync(results, "results");
    }

    [Fact]
    public async Task Principles_ReadFromTheRight()
    {
        var page = await NewPageAsync();
        // The home page's first panel has an Urdu version; its second has none, so its English reads left to right.
        await page.GotoAsync(Url("/"));
        var principles = page.Locator("section.copro-principles").First;

        await RightToLeft.AssertRightToLeftAsync(principles);
        await RightToLeft.AssertTextStartsOnTheRightAsync(principles.Locator(".copro-principles__title"));
        await RightToLeft.AssertTextStartsOnTheRightAsync(principles.Locator(".copro-principles__item-title").First);
        var english = page.Locator("section.copro-principles").Nth(1);
        await RightToLeft.AssertRightToLeftAsync(english);
        Assert.Equal("ltr", await english.Locator(".copro-principles__title").EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        await Accessibility.AssertNoViolationsAsync(page);
        await RightToLeft.PhotographAsync(principles, "principles");
    }

    [Fact]
    public async Task GetInvolved_MirrorsItsChoicesAndErrors()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Url("/Get-Involved"));
        var form = page.Locator("section.copro-get-involved");
        await RightToLeft.AssertRightToLeftAsync(form);
        await RightToLeft.AssertControlsBeforeLabelsAsync(form);

        await form.Locator("button.copro-button[type=submit]").Last.ClickAsync();
        await page.WaitForSelectorAsync(".copro-error-summary");
        await RightToLeft.AssertErrorBarsOnTheRightAsync(form);
        await Accessibility.AssertNoViolationsAsync(page);
        await RightToLeft.PhotographAsync(form, "get-involved-errors");
    }

    [Fact]
    public async Task AccessibilityStatement_InUrdu_HasNoViolationsAndIsLinkedFromTheWidget()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Url("/Working-Together"));
        await page.Locator(".copro-statement-link a").First.ClickAsync();
        var statement = page.Locator(".copro-statement");

        await RightToLeft.AssertRightToLeftAsync(statement);
        Assert.Equal(AccessibilityTesting.Tools.Count, await statement.Locator(".copro-statement__tools dt").CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);
    }

    private async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var page = await _site.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 840, Height = 900 },
            DeviceScaleFactor = 1,
            ReducedMotion = ReducedMotion.Reduce,
            Locale = "ur",
            JavaScriptEnabled = javaScript,
        });
        if (!javaScript)
        {
            Accessibility.WithoutJavaScript(page);
        }

        return page;
    }

    private string Url(string path) => new Uri(_site.BaseAddress, path).ToString();

    /// <summary>Enough answers from each group for the sample survey's results to be published.</summary>
    private async Task PublishResultsAsync()
    {
        await SiteData.AddResponsesAsync(_site.Site, "having-a-say", 34, carers: 14, staff: 16);
        var services = _site.Site.Services;
        var survey = services.GetRequiredService<SurveyProvider>().Get("having-a-say").Value!;
        await services.GetRequiredService<PublishedResults>().PublishAsync(survey, "A member of staff", alongside: null);
    }
}
