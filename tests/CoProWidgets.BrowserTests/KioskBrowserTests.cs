using CoProWidgets.Surveys;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>
/// A survey kiosk in Chromium: it starts again after the thank-you page, warns before clearing an idle screen and
/// gives more time with one press, clears itself, and neither Back, history nor a form posted again shows the next
/// person anything the last one answered. Every state passes axe-core's WCAG 2.2 AA rules. The idle timers run on
/// Playwright's clock, so the test does not wait two minutes.
/// </summary>
public sealed class KioskBrowserTests : IClassFixture<BrowserSite>
{
    private const string Survey = "kiosk-survey";
    private const string Secret = "Words only the first person wrote";
    private readonly BrowserSite _site;

    public KioskBrowserTests(BrowserSite site)
    {
        _site = site;
        SiteData.WriteUndatedSurvey(site.Site, Survey);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AfterThanks_TheKioskStartsAgain_AndBackHistoryAndResendingShowNothingOfThePreviousPerson(bool javaScript)
    {
        var before = await SiteData.CountResponsesAsync(_site.Site, Survey);
        var (page, problems) = await _site.NewPageAsync(javaScript: javaScript);
        if (javaScript)
        {
            await page.Clock.InstallAsync();
        }

        var kiosk = KioskUrl();
        await page.GotoAsync(kiosk);
        await Accessibility.AssertNoViolationsAsync(page);
        await AnswerToCheckAsync(page);
        await Accessibility.AssertNoViolationsAsync(page);
        var action = await page.Locator("form.copro-form").First.GetAttributeAsync("action");
        var fields = await FieldsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Your answers have been sent");
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Equal(before + 1, await SiteData.CountResponsesAsync(_site.Site, Survey));

        if (javaScript)
        {
            await AfterNavigationAsync(page, () => page.Clock.RunForAsync(21_000));
        }
        else
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Start again for the next person" }).ClickAsync();
        }

        await AssertFreshAsync(page);
        await Accessibility.AssertNoViolationsAsync(page);

        // Back through every page the first person saw, as far as history goes.
        for (var step = 0; step < 6; step++)
        {
            await GoBackAsync(page);
            Assert.DoesNotContain(Secret, await SettledContentAsync(page), StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("input:checked").CountAsync());
        }

        // The check page's form, posted again as a resend would: a fresh first page, and nothing stored.
        var form = page.Context.APIRequest.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Append(name, value);
        }

        form.Append("action", "submit");
        var resent = await page.Context.APIRequest.PostAsync(new Uri(new Uri(kiosk), action).ToString(), new() { Form = form });
        var html = await resent.TextAsync();
        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", html, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 3", html, StringComparison.Ordinal);
        Assert.Equal(before + 1, await SiteData.CountResponsesAsync(_site.Site, Survey));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task IdleScreen_WarnsAndGivesMoreTimeWithOnePress_ThenClearsItself_AndBackShowsNothing()
    {
        var (page, problems) = await _site.NewPageAsync();
        await page.Clock.InstallAsync();
        await page.GotoAsync(KioskUrl());
        var question = page.GetByRole(AriaRole.Group, new() { Name = "I feel I have a say in how my care or support is planned" });
        await question.GetByLabel("Agree", new() { Exact = true }).CheckAsync();

        await page.Clock.RunForAsync(91_000);
        var warning = page.GetByRole(AriaRole.Dialog, new() { Name = "Do you need more time?" });
        Assert.True(await warning.IsVisibleAsync());
        Assert.Equal("I need more time", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Clock.RunForAsync(200);
        Assert.Contains("will be cleared in", await page.Locator("[data-copro-kiosk-announce]").TextContentAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);

        await page.Keyboard.PressAsync("Enter");
        Assert.False(await warning.IsVisibleAsync());
        await page.Clock.RunForAsync(60_000);
        Assert.False(await warning.IsVisibleAsync());
        Assert.True(await question.GetByLabel("Agree", new() { Exact = true }).IsCheckedAsync());

        await page.Clock.RunForAsync(31_000);
        Assert.True(await warning.IsVisibleAsync());
        await AfterNavigationAsync(page, () => page.Clock.RunForAsync(31_000));
        await AssertFreshAsync(page);
        await Accessibility.AssertNoViolationsAsync(page);

        await GoBackAsync(page);
        Assert.Equal(0, await page.Locator("input:checked").CountAsync());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private string KioskUrl()
    {
        var (token, _) = _site.Site.Services.GetRequiredService<KioskLinks>().Create(Survey, "Browser stall", 1);
        return new Uri(_site.BaseAddress, $"/copro/kiosk/{token}").ToString();
    }

    private static async Task AnswerToCheckAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Group, new() { Name = "I feel I have a say in how my care or support is planned" }).GetByLabel("Agree", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "People who use services should share decisions equally with staff" }).GetByLabel("Strongly agree").CheckAsync();
        await page.GetByLabel("I care for someone who uses services").CheckAsync();
        await Continue(page);
        await page.WaitForSelectorAsync("text=Page 2 of 3");
        await page.GetByRole(AriaRole.Group, new() { Name = "Have you taken part in co-production before?" }).GetByLabel("No").CheckAsync();
        await page.GetByLabel("Is there anything else you want to tell us? (optional)").FillAsync(Secret);
        await Continue(page);
        await page.WaitForSelectorAsync("text=Page 3 of 3");
        await Continue(page);
        await page.WaitForSelectorAsync("text=Check your answers");
        Assert.Contains(Secret, await page.ContentAsync(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Back one step in history. A page that was the answer to a form is never stored, so Chromium goes on to its own
    /// error page, which may never report a load event: the wait is bounded, and what the page then shows is checked.
    /// </summary>
    private static async Task GoBackAsync(IPage page)
    {
        try
        {
            await page.GoBackAsync(new() { WaitUntil = WaitUntilState.Commit, Timeout = 10_000 });
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new() { Timeout = 5_000 });
        }
        catch (PlaywrightException)
        {
            // Chromium's error page for a form's answer, or a navigation that replaced this one: read what is shown.
        }
    }

    /// <summary>The page's HTML once it has stopped navigating (Back to a page that answered a form goes on to an error page).</summary>
    private static async Task<string> SettledContentAsync(IPage page)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await page.ContentAsync();
            }
            catch (PlaywrightException) when (attempt < 20)
            {
                await Task.Delay(100);
            }
        }
    }

    private static Task Continue(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

    private static async Task<List<KeyValuePair<string, string>>> FieldsAsync(IPage page)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in await page.Locator("form.copro-form input[type=hidden]").AllAsync())
        {
            fields.Add(new((await input.GetAttributeAsync("name"))!, (await input.GetAttributeAsync("value")) ?? string.Empty));
        }

        return fields;
    }

    /// <summary>Runs what should make the kiosk post its clear form, and waits for the fresh page to load.</summary>
    private static async Task AfterNavigationAsync(IPage page, Func<Task> action)
    {
        await page.EvaluateAsync("() => { window.copro_before = true; }");
        await action();
        await page.WaitForFunctionAsync("() => window.copro_before === undefined && document.readyState === 'complete'");
    }

    private static async Task AssertFreshAsync(IPage page)
    {
        await page.WaitForSelectorAsync("text=Page 1 of 3");
        Assert.Equal(0, await page.Locator("input:checked").CountAsync());
        Assert.DoesNotContain(Secret, await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal("off", await page.Locator("form.copro-form").First.GetAttributeAsync("autocomplete"));
    }
}
