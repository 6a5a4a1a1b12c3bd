using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>
/// Consent and moderation end to end in Chromium: a respondent writes a comment and agrees to its publication; staff
/// see it flagged for a phone number, redact it and approve it by keyboard; it appears beside the results. Each state
/// passes axe, with and without JavaScript.
/// </summary>
public sealed class QuotesBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ACommentWithConsent_IsRedactedAndApproved_ThenShownWithTheResults(bool javaScript)
    {
        var words = javaScript ? "evening appointments" : "weekend appointments";
        var (page, problems) = await site.NewPageAsync(javaScript: javaScript);
        await page.GotoAsync(Url("/copro/surveys/having-a-say"));
        await page.GetByRole(AriaRole.Group, new() { Name = "I feel I have a say in how my care or support is planned" }).GetByLabel("Agree", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "People who use services should share decisions equally with staff" }).GetByLabel("Agree", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("I care for someone who uses services").CheckAsync();
        await Continue(page);
        await page.WaitForSelectorAsync("text=Page 2 of 3");
        await page.GetByRole(AriaRole.Group, new() { Name = "Have you taken part in co-production before?" }).GetByLabel("No").CheckAsync();
        await page.GetByLabel("Is there anything else you want to tell us? (optional)").FillAsync($"Call me on 07700 900123: {words} would let me keep my job.");
        await page.GetByRole(AriaRole.Group, new() { Name = "May we publish what you wrote, without your name? (optional)" }).GetByLabel("Yes").CheckAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await Continue(page);
        await page.WaitForSelectorAsync("text=Page 3 of 3");
        await Continue(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Your answers have been sent");

        await page.GotoAsync(Url("/copro/staff"));
        await page.FillAsync("#sign-in-email", "staff@riverside.example");
        await page.FillAsync("#sign-in-password", "try-the-workspace-2026");
        await Keyboard.PressButtonAsync(page, "Sign in");
        await page.GotoAsync(Url("/copro/staff/quotes"));
        var section = page.Locator(".copro-staff__response", new() { HasText = words });
        Assert.Contains("phone number", await section.TextContentAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);

        var code = (await section.GetAttributeAsync("aria-labelledby"))!["copro-quote-".Length..];
        await page.FocusAsync($"#copro-quote-{code}-text");
        await Keyboard.PressButtonAsync(page, $"Approve quote {code}");
        await page.WaitForSelectorAsync(".copro-error-summary");
        Assert.Equal("copro-quote-errors", await Keyboard.ActiveElementIdAsync(page));
        await Accessibility.AssertNoViolationsAsync(page);

        await Keyboard.TabToAsync(page, $"copro-quote-{code}-text");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync($"[number removed]: {words} would let me keep my job.");
        await Keyboard.TabToAsync(page, $"copro-quote-{code}-reason");
        await page.Keyboard.TypeAsync("phone number removed");
        await Keyboard.TabToAsync(page, $"copro-quote-{code}-themes");
        await page.Keyboard.TypeAsync("Appointment times");
        await Keyboard.PressButtonAsync(page, $"Approve quote {code}");
        await page.WaitForSelectorAsync("h2:text('Quote approved')");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync(Url("/copro/surveys/having-a-say/results"));
        var quotes = await page.Locator(".copro-quote blockquote").AllTextContentsAsync();
        Assert.Contains($"[number removed]: {words} would let me keep my job.", quotes);
        Assert.DoesNotContain("07700", await page.ContentAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);

        // The printable report, with every group's detail open.
        await page.GotoAsync(Url("/copro/surveys/having-a-say/report"));
        Assert.Contains($"[number removed]: {words} would let me keep my job.", await page.Locator(".copro-quote blockquote").AllTextContentsAsync());
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private string Url(string path) => new Uri(site.BaseAddress, path).ToString();

    private static Task Continue(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
}
