using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>
/// A survey with a number, a date, a rating scale, the Friends and Family Test and an "other" answer, answered by
/// keyboard alone in Chromium, with and without JavaScript: every state passes axe-core's WCAG 2.2 AA rules, and the
/// text box of "other" is reached by Tab once "other" is ticked.
/// </summary>
public sealed class QuestionTypeBrowserTests : IClassFixture<BrowserSite>
{
    private readonly BrowserSite _site;

    public QuestionTypeBrowserTests(BrowserSite site)
    {
        _site = site;
        site.Site.WriteContent($"surveys/{EveryTypeSurvey.Name}.md", EveryTypeSurvey.Text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task EveryType_CanBeAnsweredByKeyboardAlone_WithNoViolations(bool javaScript)
    {
        var before = await StoredAsync();
        var (page, problems) = await _site.NewPageAsync(javaScript: javaScript);
        await page.GotoAsync(new Uri(_site.BaseAddress, $"/copro/surveys/{EveryTypeSurvey.Name}").ToString());
        await Accessibility.AssertNoViolationsAsync(page);

        // A date with its month missing: the error names the month and the summary links to it.
        await Keyboard.TabToAsync(page, "copro-1-q-visited");
        await page.Keyboard.TypeAsync("5");
        await Keyboard.PressButtonAsync(page, "Continue");
        Assert.Contains("The date must include a month and year", await page.Locator(".copro-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);

        await Keyboard.TabToAsync(page, "copro-1-q-age");
        await page.Keyboard.TypeAsync("42");
        await Keyboard.TabToAsync(page, "copro-1-q-visited-month");
        await page.Keyboard.TypeAsync("3");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("2026");

        // Into the rating scale, choose 0 with Space, then move up it with the arrow keys to 9.
        await Keyboard.TabToAsync(page, "copro-1-q-likely");
        await page.Keyboard.PressAsync("Space");
        for (var i = 0; i < 9; i++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }

        await Keyboard.PressButtonAsync(page, "Continue");
        Assert.Equal("Page 2 of 2", await page.Locator(".copro-progress").InnerTextAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await Keyboard.TabToAsync(page, "copro-1-q-fft");
        await page.Keyboard.PressAsync("Space");
        await Keyboard.TabToAsync(page, "copro-1-q-heard-3");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("copro-1-q-heard-other", await Keyboard.ActiveElementIdAsync(page));
        Assert.True(await page.GetByLabel("Please say", new() { Exact = true }).IsVisibleAsync());
        await page.Keyboard.TypeAsync("A poster at the library");
        await Accessibility.AssertNoViolationsAsync(page);

        await Keyboard.PressButtonAsync(page, "Continue");
        await page.WaitForSelectorAsync("text=Check your answers");
        Assert.Contains("Somewhere else (please say): A poster at the library", await page.Locator(".copro-summary").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);

        await Keyboard.PressButtonAsync(page, "Submit my answers");
        await page.WaitForSelectorAsync("text=Your answers have been sent");
        var stored = await StoredAsync();
        Assert.Equal(before.Count + 1, stored.Count);
        // Each run of this test stores the same answers.
        Assert.All(stored.Select(SurveyAnswers.FromJson), answers => Assert.Equal(
            ["42", "2026-03-05", "9", "very-good", "other", "A poster at the library"],
            new[] { "age", "visited", "likely", "fft", "heard", "heard-other" }.Select(answers.TextOf)));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private async Task<List<string>> StoredAsync()
    {
        await using var db = _site.Site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        return await db.SurveyResponses.Where(response => response.Survey == EveryTypeSurvey.Name).Select(response => response.Answers).ToListAsync();
    }
}
