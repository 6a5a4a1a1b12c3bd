namespace CoProWidgets.BrowserTests;

/// <summary>
/// A staff member signs in to the sample with the README's credentials by keyboard alone and reads the workspace; every
/// state passes axe-core's WCAG 2.2 AA rules, with and without JavaScript.
/// </summary>
public sealed class StaffBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SignInAndWorkspace_ByKeyboard_HaveNoViolations(bool javaScript)
    {
        var (page, problems) = await site.NewPageAsync(javaScript: javaScript);
        await page.GotoAsync(new Uri(site.BaseAddress, "/copro/staff").ToString());
        await page.WaitForSelectorAsync("h1:text('Staff sign in')");
        await Accessibility.AssertNoViolationsAsync(page);

        await Keyboard.PressButtonAsync(page, "Sign in");
        await page.WaitForSelectorAsync(".copro-error-summary");
        Assert.Equal("sign-in-errors", await Keyboard.ActiveElementIdAsync(page));
        await Accessibility.AssertNoViolationsAsync(page);

        await Keyboard.TabToAsync(page, "sign-in-email");
        await page.Keyboard.TypeAsync("staff@riverside.example");
        await Keyboard.TabToAsync(page, "sign-in-password");
        await page.Keyboard.TypeAsync("try-the-workspace-2026");
        await Keyboard.PressButtonAsync(page, "Sign in");
        await page.WaitForSelectorAsync("h1:text('Staff workspace')");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Having a say in your care" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("h2:text('Responses by day')");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Read the responses" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("h1:text('Responses: Having a say in your care')");
        await Accessibility.AssertNoViolationsAsync(page);
        await Keyboard.TabToAsync(page, "copro-staff-search");
        await page.Keyboard.TypeAsync("appointments");
        await Keyboard.PressButtonAsync(page, "Show responses");
        await page.WaitForURLAsync("**q=appointments**");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GotoAsync(new Uri(site.BaseAddress, "/copro/staff/content").ToString());
        await page.WaitForSelectorAsync("h1:text('Content files')");
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
