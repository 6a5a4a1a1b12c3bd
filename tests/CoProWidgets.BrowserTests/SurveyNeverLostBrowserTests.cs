using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>
/// Nothing typed into a survey is lost, in Chromium with and without JavaScript: a refresh, the browser's Back button,
/// a post that never reached the server and an expired form token each bring the page back with everything typed,
/// and say what happened where the server could.
/// </summary>
public sealed class SurveyNeverLostBrowserTests : IClassFixture<BrowserSite>
{
    private const string Survey = "never-lost-survey";
    private const string Words = "Evening meetings near the bus station would help me.";
    private readonly BrowserSite _site;

    public SurveyNeverLostBrowserTests(BrowserSite site)
    {
        _site = site;
        SiteData.WriteUndatedSurvey(site.Site, Survey);
    }

    [Fact]
    public async Task Refresh_OnAPageOfQuestions_KeepsEveryAnswer_AndWhatWasTypedOnIt()
    {
        var (page, problems) = await _site.NewPageAsync();
        await AnswerPageOneAsync(page);
        await TypeOnPageTwoAsync(page);

        await page.ReloadAsync();

        await page.WaitForSelectorAsync("text=Page 2 of 3");
        await AssertPageTwoAsTypedAsync(page);
        Assert.Equal(1, await page.Locator("input[type=hidden][name=q-respondent][value=carer]").CountAsync());

        // Submitted, it is forgotten: nothing typed stays in the tab.
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Page 3 of 3");
        Assert.Equal(2, await page.EvaluateAsync<int>("() => Object.keys(sessionStorage).filter(k => k.startsWith('copro-survey:')).length"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Your answers have been sent");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => Object.keys(sessionStorage).filter(k => k.startsWith('copro-survey:')).length"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Without JavaScript a refresh sends the page before again, so what was sent comes back; what was typed on the
    /// page since, Chromium does not restore on a refresh (Back and Forward it does), and nothing on the server could.
    /// </summary>
    [Fact]
    public async Task Refresh_WithoutJavaScript_KeepsEveryAnswerSent()
    {
        var (page, _) = await _site.NewPageAsync(javaScript: false);
        await AnswerPageOneAsync(page);
        await TypeOnPageTwoAsync(page);

        await page.ReloadAsync();

        await page.WaitForSelectorAsync("text=Page 2 of 3");
        Assert.Equal(1, await page.Locator("input[type=hidden][name=q-respondent][value=carer]").CountAsync());
        Assert.Equal(1, await page.Locator("input[type=hidden][name=q-have-a-say][value=agree]").CountAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task BackButton_ShowsThePageBeforeWithItsAnswers_AndForwardTheLaterOne(bool javaScript)
    {
        var (page, _) = await _site.NewPageAsync(javaScript: javaScript);
        await AnswerPageOneAsync(page);
        await TypeOnPageTwoAsync(page);

        await page.GoBackAsync();
        await page.WaitForSelectorAsync("text=Page 1 of 3");
        Assert.True(await page.GetByLabel("I care for someone who uses services").IsCheckedAsync());

        await page.GoForwardAsync();
        await page.WaitForSelectorAsync("text=Page 2 of 3");
        await AssertPageTwoAsTypedAsync(page);
    }

    /// <summary>
    /// A post that never arrives: Chromium shows its own error page in place of the page sent, so Back goes to the page
    /// before, with its answers; with JavaScript, continuing brings back what was typed on the page that was lost.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PostThatNeverReachesTheServer_LeavesEveryAnswerSent_AndWithJavaScriptWhatWasTyped(bool javaScript)
    {
        var (page, _) = await _site.NewPageAsync(javaScript: javaScript);
        await AnswerPageOneAsync(page);
        await TypeOnPageTwoAsync(page);

        await page.Context.SetOfflineAsync(true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForFunctionAsync("() => location.protocol == 'chrome-error:'").ContinueWith(_ => Task.CompletedTask);
        await page.Context.SetOfflineAsync(false);
        await page.GoBackAsync();

        await page.WaitForSelectorAsync("text=Page 1 of 3");
        Assert.True(await page.GetByLabel("I care for someone who uses services").IsCheckedAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Page 2 of 3");
        if (javaScript)
        {
            await AssertPageTwoAsTypedAsync(page);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ExpiredFormToken_ShowsThePageAgainWithEverythingTyped_AndSaysWhatHappened(bool javaScript)
    {
        var (page, _) = await _site.NewPageAsync(javaScript: javaScript);
        await AnswerPageOneAsync(page);
        await TypeOnPageTwoAsync(page);

        // As if the page had been open for days: the antiforgery cookie is gone.
        await page.Context.ClearCookiesAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.WaitForSelectorAsync(".copro-error-summary");
        Assert.Contains("open for too long", await page.Locator(".copro-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await AssertPageTwoAsTypedAsync(page);
        Assert.Equal(1, await page.Locator("input[type=hidden][name=q-respondent][value=carer]").CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Page 3 of 3");
    }

    private async Task AnswerPageOneAsync(IPage page)
    {
        await page.GotoAsync(new Uri(_site.BaseAddress, $"/copro/surveys/{Survey}").ToString());
        await page.GetByRole(AriaRole.Group, new() { Name = "I feel I have a say in how my care or support is planned" }).GetByLabel("Agree", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "People who use services should share decisions equally with staff" }).GetByLabel("Strongly agree").CheckAsync();
        await page.GetByLabel("I care for someone who uses services").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Page 2 of 3");
    }

    private static async Task TypeOnPageTwoAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Group, new() { Name = "Have you taken part in co-production before?" }).GetByLabel("No").CheckAsync();
        await page.GetByLabel("Is there anything else you want to tell us? (optional)").FillAsync(Words);
    }

    private static async Task AssertPageTwoAsTypedAsync(IPage page)
    {
        Assert.Equal(Words, await page.GetByLabel("Is there anything else you want to tell us? (optional)").InputValueAsync());
        Assert.True(await page.GetByRole(AriaRole.Group, new() { Name = "Have you taken part in co-production before?" }).GetByLabel("No").IsCheckedAsync());
    }
}
