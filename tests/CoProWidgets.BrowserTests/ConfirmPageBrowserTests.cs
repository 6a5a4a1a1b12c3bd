using CoProWidgets.GetInvolved;
using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.BrowserTests;

public sealed class ConfirmPageBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task ConfirmPage_ByKeyboardAlone_ConfirmsWithNoWcag22AAViolationsInEitherState()
    {
        var (token, _) = await SignUpAsync($"keyboard-{Guid.NewGuid():N}@example.org");
        var (page, problems) = await site.NewPageAsync();
        await page.GotoAsync(new Uri(site.BaseAddress, $"/copro/get-involved/confirm?token={Uri.EscapeDataString(token)}").ToString());
        await Accessibility.AssertNoViolationsAsync(page);

        // Skip link, two navigation links, then the button: reachable and pressed with the keyboard only.
        var focused = string.Empty;
        for (var i = 0; i < 10 && focused != "Confirm my sign-up"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        }

        Assert.Equal("Confirm my sign-up", focused);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("text=You are signed up");

        await Accessibility.AssertNoViolationsAsync(page);
        Assert.True(problems.Count == 0, string.Join("\n", problems) + " at " + page.Url);
    }

    [Fact]
    public async Task UnsubscribePage_BeforeAndAfterTheButton_HasNoWcag22AAViolations()
    {
        var (_, manage) = await SignUpAsync($"unsubscribe-{Guid.NewGuid():N}@example.org");
        var (page, problems) = await site.NewPageAsync();
        await page.GotoAsync(new Uri(site.BaseAddress, $"/copro/get-involved/unsubscribe?token={Uri.EscapeDataString(manage)}").ToString());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Unsubscribe" }).ClickAsync();

        await page.WaitForSelectorAsync("text=You are unsubscribed");
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task BrokenLinkPage_HasNoWcag22AAViolations()
    {
        var (page, _) = await site.NewPageAsync();

        await page.GotoAsync(new Uri(site.BaseAddress, "/copro/get-involved/confirm?token=broken").ToString());

        Assert.Equal("This link does not work", await page.Locator("main h1").InnerTextAsync());
        await Accessibility.AssertNoViolationsAsync(page);
    }

    /// <summary>Signs someone up and makes the confirmation and preferences links their emails would carry.</summary>
    private async Task<(string Confirm, string Manage)> SignUpAsync(string email)
    {
        var services = site.Site.Services;
        await services.GetRequiredService<SignUpJourney>().SubmitAsync(
            new SignUpRequest(email, null, ["gp-access"], true, false, false, null, null, "v1", "web form"), site.BaseAddress);
        await using var db = services.GetRequiredService<CoProDbContextFactory>().Create();
        var signUp = await db.SignUps.SingleAsync(s => s.EmailKey == email);
        var tokens = services.GetRequiredService<SignUpTokens>();
        return (tokens.Create(SignUpLinkPurpose.Confirm, signUp.Id, signUp.ConfirmationNonce), tokens.Create(SignUpLinkPurpose.Manage, signUp.Id, signUp.ManageNonce));
    }
}
