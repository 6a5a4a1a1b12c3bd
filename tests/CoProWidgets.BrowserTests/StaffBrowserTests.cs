using System.Globalization;
using CoProWidgets.GetInvolved;
using CoProWidgets.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

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

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Read, filter and download the responses" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("h1:text('Responses: Having a say in your care')");
        await Accessibility.AssertNoViolationsAsync(page);
        await Keyboard.TabToAsync(page, "copro-staff-search");
        await page.Keyboard.TypeAsync("appointments");
        await Keyboard.PressButtonAsync(page, "Show responses");

        // Words are posted, never put in the address.
        await page.WaitForSelectorAsync("#copro-staff-search[value='appointments']");
        Assert.DoesNotContain("appointments", page.Url, StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GotoAsync(new Uri(site.BaseAddress, "/copro/staff/content").ToString());
        await page.WaitForSelectorAsync("h1:text('Content files')");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GotoAsync(new Uri(site.BaseAddress, "/copro/staff/widgets").ToString());
        await page.WaitForSelectorAsync("h1:text('Place the widgets')");
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// A staff member enters a paper response by keyboard alone (meeting the error summary on the way), sees it
    /// counted in the workspace but not yet published (one response would reveal its answers); then every other staff
    /// page and state, each checked by axe.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ADisclosureAtAnEvent_ReachesTheSafeguardingQueue_WhereWhatWasDoneIsRecordedByKeyboard_WithNoViolations(bool javaScript)
    {
        var (page, problems) = await site.NewPageAsync(javaScript: javaScript);
        await SignInAsync(page);
        await page.GotoAsync(Url("/copro/staff/surveys/having-a-say/enter"));
        foreach (var radio in (string[])["copro-entry-channel", "copro-entry-q-have-a-say", "copro-entry-q-share-power", "copro-entry-q-respondent", "copro-entry-q-before"])
        {
            await page.FocusAsync("h1");
            await Keyboard.TabToAsync(page, radio);
            await page.Keyboard.PressAsync("Space");
        }

        var words = $"my partner checks my phone and wont let me see my sister ({(javaScript ? "with" : "without")} script)";
        await Keyboard.TabToAsync(page, "copro-entry-q-anything-else");
        await page.Keyboard.TypeAsync(words);
        await Keyboard.PressButtonAsync(page, "Store this response");
        await page.WaitForSelectorAsync("h2:text('Response stored')");

        await page.GotoAsync(Url("/copro/staff/safeguarding"));
        var concern = page.Locator(".copro-staff__response", new() { HasText = words });
        await concern.WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await concern.GetByRole(AriaRole.Button).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync(".copro-error-summary");
        await Accessibility.AssertNoViolationsAsync(page);

        var field = page.Locator(".copro-staff__response", new() { HasText = words }).Locator("textarea");
        await field.FocusAsync();
        await page.Keyboard.TypeAsync("Told our safeguarding lead, who followed it up the same day.");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("h2:text('Recorded')");
        Assert.Contains("Told our safeguarding lead", await page.TextContentAsync("main"), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PaperResponse_ByKeyboard_IsCounted_ButNotPublishedAlone_AndEveryStaffStateHasNoViolations(bool javaScript)
    {
        var email = $"browser-{(javaScript ? "js" : "plain")}@example.org";
        await AddSignUpAsync(email);
        var (page, problems) = await site.NewPageAsync(javaScript: javaScript);
        await SignInAsync(page);
        var before = await PublicResponsesAsync(page);

        await page.GotoAsync(Url("/copro/staff/surveys/having-a-say"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Enter a response given on paper, by phone or at an event" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("h1:text('Enter a response: Having a say in your care')");
        await Accessibility.AssertNoViolationsAsync(page);

        await Keyboard.PressButtonAsync(page, "Store this response");
        await page.WaitForSelectorAsync(".copro-error-summary");
        Assert.Equal("copro-entry-errors", await Keyboard.ActiveElementIdAsync(page));
        await Accessibility.AssertNoViolationsAsync(page);

        foreach (var radio in (string[])["copro-entry-channel", "copro-entry-q-have-a-say", "copro-entry-q-share-power", "copro-entry-q-respondent", "copro-entry-q-before"])
        {
            await page.FocusAsync("#copro-entry-errors");
            await Keyboard.TabToAsync(page, radio);
            await page.Keyboard.PressAsync("Space");
        }

        await Keyboard.TabToAsync(page, "copro-entry-q-anything-else");
        await page.Keyboard.TypeAsync("Written on a postcard at the carers' cafe.");
        await Keyboard.PressButtonAsync(page, "Store this response");
        await page.WaitForSelectorAsync("h2:text('Response stored')");
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Contains("arrived since; the figures move once at least 10 have", await page.TextContentAsync("main"), StringComparison.Ordinal);

        // One new response is too few to publish: the public figures never move by one person.
        await Keyboard.PressButtonAsync(page, "Publish the results now");
        await page.WaitForSelectorAsync("h2:text('Nothing to publish yet')");
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Equal(before, await PublicResponsesAsync(page));

        await page.GotoAsync(Url("/copro/staff/people"));
        await Accessibility.AssertNoViolationsAsync(page);
        await Keyboard.PressButtonAsync(page, "Find");
        await page.WaitForSelectorAsync(".copro-error-summary");
        await Accessibility.AssertNoViolationsAsync(page);
        await Keyboard.TabToAsync(page, "copro-people-email");
        await page.Keyboard.TypeAsync(email);
        await Keyboard.PressButtonAsync(page, "Find");
        await page.WaitForSelectorAsync("h2:text('What is held about this person')");
        await Accessibility.AssertNoViolationsAsync(page);
        await Keyboard.PressButtonAsync(page, "Erase this person");
        await page.WaitForSelectorAsync(".copro-error-summary");
        await Accessibility.AssertNoViolationsAsync(page);
        await Keyboard.TabToAsync(page, "copro-people-confirm");
        await page.Keyboard.PressAsync("Space");
        await Keyboard.PressButtonAsync(page, "Erase this person");
        await page.WaitForSelectorAsync("h2:text('Erased')");
        await Accessibility.AssertNoViolationsAsync(page);

        foreach (var (path, heading) in (ValueTuple<string, string>[])[("/copro/staff/outcomes", "Outcomes and email"), ("/copro/staff/audit", "Audit log"), ("/copro/staff/content/preview", "Preview a content file")])
        {
            await page.GotoAsync(Url(path));
            await page.WaitForSelectorAsync($"h1:text('{heading}')");
            await Accessibility.AssertNoViolationsAsync(page);
        }

        await page.GotoAsync(Url("/copro/staff/audit"));
        Assert.Contains("response-entered", await page.TextContentAsync("main"), StringComparison.Ordinal);
        await page.GotoAsync(Url("/copro/staff/content/preview"));
        await Keyboard.PressButtonAsync(page, "Preview");
        await page.WaitForSelectorAsync(".copro-error-summary");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.FocusAsync("#copro-preview-kind-3");
        await page.Keyboard.PressAsync("Space");
        await page.FillAsync("#copro-preview-name", "having-a-say");
        await page.FillAsync("#copro-preview-text", "---\ntitle: A shorter survey\nthank-you: Thanks.\n---\n## Do you feel listened to?\nid: listened\ntype: yes-no\n");
        await Keyboard.PressButtonAsync(page, "Preview");
        await page.WaitForSelectorAsync(".copro-staff__preview h3:text('A shorter survey')");
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private string Url(string path) => new Uri(site.BaseAddress, path).ToString();

    private async Task SignInAsync(IPage page)
    {
        await page.GotoAsync(Url("/copro/staff"));
        await page.FillAsync("#sign-in-email", "staff@riverside.example");
        await page.FillAsync("#sign-in-password", "try-the-workspace-2026");
        await Keyboard.PressButtonAsync(page, "Sign in");
        await page.WaitForSelectorAsync("h1:text('Staff workspace')");
    }

    private async Task<int> PublicResponsesAsync(IPage page)
    {
        await page.GotoAsync(Url("/copro/surveys/having-a-say/results"));
        var status = await page.TextContentAsync(".copro-results__status") ?? string.Empty;
        return status.StartsWith("Results will be published", StringComparison.Ordinal) ? 0 : int.Parse(status.Split(' ')[2], NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en-GB"));
    }

    private async Task AddSignUpAsync(string email)
    {
        await using var db = site.Site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        db.SignUps.Add(new SignUp
        {
            Id = Guid.CreateVersion7(),
            Email = email,
            EmailKey = email,
            Name = "Browser Test",
            Areas = "gp-access",
            UpdatesByEmail = true,
            Status = SignUpStatus.Confirmed,
            CreatedAt = DateTime.UtcNow,
            ConfirmedAt = DateTime.UtcNow,
            ConsentedAt = DateTime.UtcNow,
            ConsentVersion = "test",
            ConsentMethod = "test",
            ConfirmationNonce = SignUpTokens.NewNonce(),
            ManageNonce = SignUpTokens.NewNonce(),
        });
        await db.SaveChangesAsync();
    }
}
