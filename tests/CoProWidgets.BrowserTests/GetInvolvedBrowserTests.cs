using CoProWidgets.GetInvolved;
using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>
/// The sign-up form in Chromium, with and without JavaScript: every state (empty, errors, sent) passes axe-core's WCAG
/// 2.2 AA rules, focus goes where a screen reader user needs it, and the whole form can be done by keyboard.
/// </summary>
public sealed class GetInvolvedBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SignUpForm_EmptyThenWithErrorsThenSent_HasNoViolations_AndMovesFocusToWhatChanged(bool javaScript)
    {
        var email = $"form-{(javaScript ? "script" : "noscript")}-{Guid.NewGuid():N}@example.org";
        var (page, problems) = await site.NewPageAsync(javaScript: javaScript);
        await page.GotoAsync(Url("/Get-Involved"));
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await page.WaitForSelectorAsync(".copro-error-summary");
        Assert.StartsWith("Error: ", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal("copro-1-errors", await Keyboard.ActiveElementIdAsync(page));
        await Accessibility.AssertNoViolationsAsync(page);

        // The summary's links take the visitor to each field.
        await page.GetByRole(AriaRole.Link, new() { Name = "Enter your email address" }).ClickAsync();
        Assert.Equal("copro-1-email", await Keyboard.ActiveElementIdAsync(page));

        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("GP access and appointments").CheckAsync();
        await page.GetByLabel("I agree to you keeping my details for this").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();

        await page.WaitForSelectorAsync("text=Check your email");
        Assert.EndsWith("/Get-Involved?copro-get-involved=sent#copro-1-sent", page.Url, StringComparison.Ordinal);
        Assert.Equal("copro-1-sent", await Keyboard.ActiveElementIdAsync(page));
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Equal(SignUpStatus.Pending, (await FindAsync(email))?.Status);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task SignUpForm_CanBeCompletedByKeyboardAlone()
    {
        var email = $"keyboard-{Guid.NewGuid():N}@example.org";
        var (page, _) = await site.NewPageAsync();
        await page.GotoAsync(Url("/Get-Involved"));

        await Keyboard.TabToAsync(page, "copro-1-name");
        await page.Keyboard.TypeAsync("Robin");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Space");
        await Keyboard.TabToAsync(page, "copro-1-updates-phone");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("copro-1-phone", await Keyboard.ActiveElementIdAsync(page));
        await page.Keyboard.TypeAsync("01632 960 001");
        await Keyboard.TabToAsync(page, "copro-1-consent");
        await page.Keyboard.PressAsync("Space");
        await Keyboard.PressButtonAsync(page, "Sign up");

        await page.WaitForSelectorAsync("text=Check your email");
        var signUp = await FindAsync(email);
        Assert.Equal("Robin", signUp?.Name);
        Assert.Equal(["mental-health"], signUp?.AreaList);
        Assert.Equal("01632 960 001", signUp?.Phone);
    }

    [Fact]
    public async Task PhoneAndAddressFields_ShowOnlyWhileTheirBoxIsTicked()
    {
        var (page, _) = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync(Url("/Get-Involved"));
        var phone = page.GetByLabel("Phone number");
        Assert.False(await phone.IsVisibleAsync());

        await page.GetByLabel("By phone").CheckAsync();
        Assert.True(await phone.IsVisibleAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("By phone").UncheckAsync();
        Assert.False(await phone.IsVisibleAsync());
    }

    [Fact]
    public async Task SignUpForm_At320CssPixels_NeedsNoSidewaysScrolling()
    {
        var (page, _) = await site.NewPageAsync(width: 320);
        await page.GotoAsync(Url("/Get-Involved"));

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"The page is {overflow}px wider than the viewport.");
    }

    [Fact]
    public async Task PreferencesPage_ReadyWithErrorsSavedAndErased_HasNoViolations()
    {
        var email = $"preferences-{Guid.NewGuid():N}@example.org";
        var manage = await ConfirmedSignUpAsync(email);
        var (page, problems) = await site.NewPageAsync();
        await page.GotoAsync(Url($"/copro/get-involved/preferences?token={Uri.EscapeDataString(manage)}"));
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("By email").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my choices" }).ClickAsync();
        await page.WaitForSelectorAsync(".copro-error-summary");
        Assert.Equal("copro-preferences-errors", await Keyboard.ActiveElementIdAsync(page));
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("By post").CheckAsync();
        await page.GetByLabel("Postal address, including postcode").FillAsync("3 Bridge Road\nRiverside RV3 3CC");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my choices" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Your choices are saved");
        Assert.Equal("copro-preferences-saved", await Keyboard.ActiveElementIdAsync(page));
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Equal("3 Bridge Road\nRiverside RV3 3CC", (await FindAsync(email))?.PostalAddress);

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my details" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Your details are deleted");
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Null(await FindAsync(email));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private string Url(string path) => new Uri(site.BaseAddress, path).ToString();

    private async Task<string> ConfirmedSignUpAsync(string email)
    {
        var services = site.Site.Services;
        await services.GetRequiredService<SignUpJourney>().SubmitAsync(
            new SignUpRequest(email, null, ["gp-access"], true, false, false, null, null, "v1", "web form"), site.BaseAddress);
        await using var db = services.GetRequiredService<CoProDbContextFactory>().Create();
        await db.SignUps.Where(s => s.EmailKey == email).ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, SignUpStatus.Confirmed));
        var signUp = await db.SignUps.SingleAsync(s => s.EmailKey == email);
        return services.GetRequiredService<SignUpTokens>().Create(SignUpLinkPurpose.Manage, signUp.Id, signUp.ManageNonce);
    }

    private Task<SignUp?> FindAsync(string email) => SiteData.FindSignUpAsync(site.Site, email);
}
