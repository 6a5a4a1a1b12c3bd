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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Refresh_OnAPageOfQuestions_KeepsEveryAnswer(bool javaScript)
    {
        var (page, problems) = await _site.NewPageAsync(javaScript: javaScript);
        await AnswerPageOneAsync(page);
        await TypeOnPageTwoAsync(page);

        await page.ReloadAsync();

        await page.WaitForSelectorAsync("text=Page 2 of 3");
        await AssertPageTwoAsTypedAsync(page);
        Assert.Equal(1, await page.Locator("input[type=hidden][name=q-respondent][value=carer]").CountAsync());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PostThatNeverReachesTheServer_LeavesEverythingTyped_OnceBack(bool javaScript)
    {
        var (page, _) = await _site.NewPageAsync(javaScript: javaScript);
        await AnswerPageOneAsync(page);
        await TypeOnPageTwoAsync(page);

        await page.RouteAsync("**/copro/surveys/**", route => route.Request.Method == "POST" ? route.AbortAsync("internetdisconnected") : route.ContinueAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForLoadStateAsync();
        await page.UnrouteAllAsync(new() { Behavior = UnrouteBehavior.IgnoreErrors });

        // Chromium shows its own "no internet" page; Back returns to the form as it was.
        if (await page.Locator("text=Page 2 of 3").CountAsync() == 0)
        {
            await page.GoBackAsync();
        }

        await page.WaitForSelectorAsync("text=Page 2 of 3");
        await AssertPageTwoAsTypedAsync(page);
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
