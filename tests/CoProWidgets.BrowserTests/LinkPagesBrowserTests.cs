using CoProWidgets.GetInvolved;
using CoProWidgets.Storage;
using CoProWidgets.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>
/// The pages added for people's own links and for busy shared connections: asking for a new link, starting again
/// after unsubscribing, and a form sent once too often. Every state passes axe-core's WCAG 2.2 AA rules, with and
/// without JavaScript, and the focus goes to what changed.
/// </summary>
public sealed class LinkPagesBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task NewLinkPage_EveryState_ByKeyboard_HasNoViolations(bool javaScript)
    {
        var (page, problems) = await site.NewPageAsync(javaScript: javaScript);
        await page.GotoAsync(new Uri(site.BaseAddress, "/copro/get-involved/new-link").ToString());
        await Accessibility.AssertNoViolationsAsync(page);

        await Keyboard.PressButtonAsync(page, "Send me a new link");
        await page.WaitForSelectorAsync(".copro-error-summary");
        Assert.Equal("copro-new-link-errors", await Keyboard.ActiveElementIdAsync(page));
        await Accessibility.AssertNoViolationsAsync(page);

        await Keyboard.TabToAsync(page, "copro-new-link-email");
        await page.Keyboard.TypeAsync("someone@example.org");
        await Keyboard.PressButtonAsync(page, "Send me a new link");
        await page.WaitForSelectorAsync("text=Check your email");
        Assert.Equal("copro-new-link-sent", await Keyboard.ActiveElementIdAsync(page));
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task PreferencesPage_WhenUnsubscribed_StartsAgainWithNoViolations()
    {
        var email = $"again-{Guid.NewGuid():N}@example.org";
        var manage = await UnsubscribedAsync(email);
        var (page, problems) = await site.NewPageAsync();
        await page.GotoAsync(new Uri(site.BaseAddress, $"/copro/get-involved/preferences?token={Uri.EscapeDataString(manage)}").ToString());
        await Accessibility.AssertNoViolationsAsync(page);

        await Keyboard.PressButtonAsync(page, "Start hearing from us again");
        await page.WaitForSelectorAsync("text=You will hear from us again");

        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Equal(SignUpStatus.Confirmed, (await SiteData.FindSignUpAsync(site.Site, email))?.Status);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SignUpSentOnceTooOften_ShowsTheFormAgainWithWhatWasTyped_AndNoViolations(bool javaScript)
    {
        await using var limited = new SampleSiteFactory();
        limited.Settings["CoProWidgets:RateLimits:SignUps:PermitLimit"] = "1";
        limited.Settings["CoProWidgets:RateLimits:SignUps:Window"] = "01:00:00";
        var address = BrowserSite.Start(limited);
        var (page, _) = await site.NewPageAsync(javaScript: javaScript);
        await page.GotoAsync(new Uri(address, "/Get-Involved").ToString());

        await SignUpAsync(page, "first@example.org");
        await page.WaitForSelectorAsync("text=Check your email");
        await page.GotoAsync(new Uri(address, "/Get-Involved").ToString());
        await SignUpAsync(page, "second@example.org");
        await page.WaitForSelectorAsync(".copro-error-summary");

        Assert.Contains("Nothing you typed is lost", await page.Locator(".copro-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("second@example.org", await page.GetByLabel("Email address").InputValueAsync());
        Assert.EndsWith("-errors", await Keyboard.ActiveElementIdAsync(page), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);
    }

    private static async Task SignUpAsync(IPage page, string email)
    {
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("GP access and appointments").CheckAsync();
        await page.GetByLabel("I agree to you keeping my details for this").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
    }

    /// <summary>Signs someone up, confirms and unsubscribes them; returns their preferences link's token.</summary>
    private async Task<string> UnsubscribedAsync(string email)
    {
        var services = site.Site.Services;
        var signUps = services.GetRequiredService<SignUpJourney>();
        await signUps.SubmitAsync(new SignUpRequest(email, null, ["gp-access"], true, false, false, null, null, "v1", "web form"), site.BaseAddress);
        var tokens = services.GetRequiredService<SignUpTokens>();
        await using var db = services.GetRequiredService<CoProDbContextFactory>().Create();
        var signUp = await db.SignUps.AsNoTracking().SingleAsync(s => s.EmailKey == email);
        await signUps.ConfirmAsync(tokens.Create(SignUpLinkPurpose.Confirm, signUp.Id, signUp.ConfirmationNonce), site.BaseAddress);
        var manage = tokens.Create(SignUpLinkPurpose.Manage, signUp.Id, signUp.ManageNonce);
        Assert.Equal(SignUpLinkResult.Done, await services.GetRequiredService<SignUpLinkActions>().UnsubscribeAsync(manage));
        return manage;
    }
}
