using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>
/// The sample survey's routing in Chromium by keyboard alone, with and without JavaScript: a carer is asked the carers'
/// questions, each page is named in its title, Back comes before Continue, "Change" opens the question focused, and a
/// change to staff asks the staff questions before check your answers, with the carers' answers gone. axe on every step.
/// </summary>
public sealed class RoutedSurveyBrowserTests : IClassFixture<BrowserSite>
{
    private const string Survey = "routed-survey";
    private const string ChangeWho = "Change your answer to: Which of these describes you best?";
    private readonly BrowserSite _site;

    public RoutedSurveyBrowserTests(BrowserSite site)
    {
        _site = site;
        SiteData.WriteUndatedSurvey(site.Site, Survey);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ACarerWhoBecomesStaff_IsRoutedByKeyboardAlone_WithEveryPageNamedAndAxeClean(bool javaScript)
    {
        var before = await SiteData.CountResponsesAsync(_site.Site, Survey);
        var (page, problems) = await _site.NewPageAsync(javaScript: javaScript);
        await page.GotoAsync(new Uri(_site.BaseAddress, $"/copro/surveys/{Survey}").ToString());
        Assert.StartsWith("Page 1 of 3: Your say in your care - Having a say in your care", await page.TitleAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);

        foreach (var id in new[] { "copro-1-q-have-a-say", "copro-1-q-share-power", "copro-1-q-respondent" })
        {
            await Keyboard.TabToAsync(page, id);
            await page.Keyboard.PressAsync("Space");
        }

        // The first option is "I use services"; the arrow moves to, and chooses, "I care for someone".
        await page.Keyboard.PressAsync("ArrowDown");
        await Keyboard.PressButtonAsync(page, "Continue");
        Assert.StartsWith("Page 2 of 3: How you would like to be involved - ", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#copro-1-q-staff-time").CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await Keyboard.TabToAsync(page, "copro-1-q-carer-help");
        await page.Keyboard.PressAsync("Space");
        await Keyboard.TabToAsync(page, "copro-1-q-before");
        await page.Keyboard.PressAsync("Space");
        await Keyboard.PressButtonAsync(page, "Continue");
        Assert.StartsWith("Page 3 of 3: About you - ", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal(["Back", "Continue"], await TabOrderAsync(page, "Back", "Continue"));
        await Keyboard.PressButtonAsync(page, "Continue");
        Assert.StartsWith("Check your answers - ", await page.TitleAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);

        await Keyboard.PressButtonAsync(page, ChangeWho);
        Assert.Equal("copro-1-q-respondent", await Keyboard.ActiveElementIdAsync(page));
        Assert.StartsWith("Page 1 of 3: ", await page.TitleAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);

        // Down twice from the first option: "I work in health or social care".
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Keyboard.PressButtonAsync(page, "Continue");
        Assert.StartsWith("Page 2 of 3: ", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#copro-1-q-carer-help").CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);
        await Keyboard.TabToAsync(page, "copro-1-q-staff-time");
        await page.Keyboard.PressAsync("Space");
        await Keyboard.PressButtonAsync(page, "Continue");

        Assert.StartsWith("Check your answers - ", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByText("What would help you take part as a carer?").CountAsync());
        await Keyboard.PressButtonAsync(page, "Submit my answers");
        await page.WaitForSelectorAsync("text=Your answers have been sent");
        await Accessibility.AssertNoViolationsAsync(page);

        Assert.Equal(before + 1, await SiteData.CountResponsesAsync(_site.Site, Survey));
        Assert.Empty((await LastAnswersAsync()).Of("carer-help"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private async Task<SurveyAnswers> LastAnswersAsync()
    {
        await using var db = _site.Site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        var answers = await db.SurveyResponses.Where(response => response.Survey == Survey).Select(response => response.Answers).ToListAsync();
        return SurveyAnswers.FromJson(answers[^1]);
    }

    /// <summary>The buttons named, in the order Tab reaches them from where the focus is (the top of a page just opened).</summary>
    internal static async Task<List<string>> TabOrderAsync(IPage page, params string[] names)
    {
        var order = new List<string>();
        for (var i = 0; i < 80 && order.Count < names.Length; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var text = await page.EvaluateAsync<string>("() => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a && a.tagName === 'BUTTON' ? a.textContent.trim() : ''; }");
            if (names.Contains(text) && !order.Contains(text))
            {
                order.Add(text);
            }
        }

        return order;
    }
}
