using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>
/// The sample survey in Chromium, with and without JavaScript: first page, errors, check your answers and thank you
/// pass axe-core's WCAG 2.2 AA rules, focus goes to what changed, and the survey can be completed by keyboard alone.
/// </summary>
public sealed class SurveyBrowserTests : IClassFixture<BrowserSite>
{
    private const string Survey = "browser-survey";
    private readonly BrowserSite _site;

    public SurveyBrowserTests(BrowserSite site)
    {
        _site = site;

        SiteData.WriteUndatedSurvey(site.Site, Survey);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task EveryStep_HasNoViolations_AndFocusMovesToWhatChanged(bool javaScript)
    {
        var before = await CountAsync();
        var (page, problems) = await _site.NewPageAsync(javaScript: javaScript);
        await page.GotoAsync(Url($"/copro/surveys/{Survey}"));
        await Accessibility.AssertNoViolationsAsync(page);

        await Continue(page);
        await page.WaitForSelectorAsync(".copro-error-summary");
        Assert.Equal("copro-1-errors", await Keyboard.ActiveElementIdAsync(page));
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Group, new() { Name = "I feel I have a say in how my care or support is planned" }).GetByLabel("Agree", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "People who use services should share decisions equally with staff" }).GetByLabel("Strongly agree").CheckAsync();
        await page.GetByLabel("I care for someone who uses services").CheckAsync();
        await Continue(page);
        await page.WaitForSelectorAsync("text=Page 2 of 3");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Group, new() { Name = "Have you taken part in co-production before?" }).GetByLabel("No").CheckAsync();
        await page.GetByLabel("Is there anything else you want to tell us? (optional)").FillAsync("Meetings in the evening would help me.");
        await Continue(page);
        await page.WaitForSelectorAsync("text=Page 3 of 3");
        await Continue(page);

        await page.WaitForSelectorAsync("text=Check your answers");
        Assert.Equal("copro-1-check", await Keyboard.ActiveElementIdAsync(page));
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Your answers have been sent");
        Assert.Equal("copro-1-thanks", await Keyboard.ActiveElementIdAsync(page));
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Equal(before + 1, await CountAsync());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Survey_CanBeCompletedByKeyboardAlone()
    {
        var before = await CountAsync();
        var (page, _) = await _site.NewPageAsync();
        await page.GotoAsync(Url($"/copro/surveys/{Survey}"));

        // Tab into each group of radio buttons and press Space to choose its first option.
        foreach (var id in new[] { "copro-1-q-have-a-say", "copro-1-q-share-power", "copro-1-q-respondent" })
        {
            await Keyboard.TabToAsync(page, id);
            await page.Keyboard.PressAsync("Space");
        }

        await Keyboard.PressButtonAsync(page, "Continue");
        Assert.Equal("Page 2 of 3", await page.Locator(".copro-progress").InnerTextAsync());
        await Keyboard.TabToAsync(page, "copro-1-q-before");
        await page.Keyboard.PressAsync("Space");
        await Keyboard.PressButtonAsync(page, "Continue");
        Assert.Equal("Page 3 of 3", await page.Locator(".copro-progress").InnerTextAsync());
        await Keyboard.TabToAsync(page, "copro-1-q-age");
        await page.Keyboard.PressAsync("Space");
        await Keyboard.PressButtonAsync(page, "Continue");
        await page.WaitForSelectorAsync("text=Check your answers");
        await Keyboard.PressButtonAsync(page, "Submit my answers");
        await page.WaitForSelectorAsync("text=Your answers have been sent");
        Assert.Equal(before + 1, await CountAsync());
    }

    private string Url(string path) => new Uri(_site.BaseAddress, path).ToString();

    private static Task Continue(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

    private Task<int> CountAsync() => SiteData.CountResponsesAsync(_site.Site, Survey);
}
