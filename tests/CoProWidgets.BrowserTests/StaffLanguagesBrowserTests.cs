using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>
/// The staff workspace in Welsh, Polish and Urdu (right to left), with and without JavaScript: every page is in the
/// language asked for, with a Welsh and an Urdu response among those it shows, and axe finds nothing on any of them.
/// </summary>
public sealed class StaffLanguagesBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static readonly string[] s_pages =
    [
        "/copro/staff", "/copro/staff/surveys/having-a-say", "/copro/staff/surveys/having-a-say/responses",
        "/copro/staff/surveys/having-a-say/enter", "/copro/staff/surveys/having-a-say/kiosk", "/copro/staff/people",
        "/copro/staff/content", "/copro/staff/content/preview", "/copro/staff/widgets", "/copro/staff/quotes",
        "/copro/staff/safeguarding", "/copro/staff/outcomes", "/copro/staff/audit",
    ];

    [Theory]
    [InlineData("cy", true)]
    [InlineData("pl", true)]
    [InlineData("ur", true)]
    [InlineData("ur", false)]
    public async Task EveryStaffPage_InTheLanguageAskedFor_HasNoViolations(string language, bool javaScript)
    {
        await AnswerAsync("cy", "Mae angen mwy o apwyntiadau gyda'r nos arnom.");
        await AnswerAsync("ur", "شام کے اوقات میں مزید ملاقاتیں چاہییں۔");
        var (page, problems) = await site.NewPageAsync(javaScript: javaScript);
        await page.GotoAsync(Url("/copro/staff"));
        await page.FillAsync("#sign-in-email", "staff@riverside.example");
        await page.FillAsync("#sign-in-password", "try-the-workspace-2026");
        await Keyboard.PressButtonAsync(page, "Sign in");
        await page.WaitForSelectorAsync("h1:text('Staff workspace')");

        foreach (var path in s_pages)
        {
            await page.GotoAsync(Url($"{path}?lang={language}"));
            var root = page.Locator($"[lang='{language}']").First;
            Assert.True(await root.CountAsync() == 1, $"{path} is not in {language}.");
            Assert.Equal(language == "ur" ? "rtl" : "ltr", await root.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
            await Accessibility.AssertNoViolationsAsync(page);
        }

        // The Urdu answer is marked as Urdu wherever the page's own language is.
        await page.GotoAsync(Url($"/copro/staff/surveys/having-a-say/responses?lang={language}"));
        Assert.True(await page.Locator("[lang='ur'][dir='rtl']", new() { HasText = "شام کے اوقات" }).CountAsync() > 0);
        Assert.Empty(problems);
    }

    // A visitor answers the sample survey in a language, writing in its last box.
    private async Task AnswerAsync(string language, string words)
    {
        var (page, _) = await site.NewPageAsync();
        await page.GotoAsync(Url($"/copro/surveys/having-a-say?lang={language}"));
        for (var step = 0; step < 8 && await page.Locator(".copro-summary").CountAsync() == 0; step++)
        {
            await page.EvaluateAsync("() => { const seen = new Set(); for (const input of document.querySelectorAll('.copro-survey input[type=radio], .copro-survey input[type=checkbox]')) { if (!seen.has(input.name)) { seen.add(input.name); input.checked = true; } } }");
            foreach (var box in await page.Locator(".copro-survey textarea").AllAsync())
            {
                await box.FillAsync(words);
            }

            await page.ClickAsync("button.copro-button[value=next]");
            await page.WaitForLoadStateAsync();
        }

        await page.ClickAsync("button.copro-button[value=submit]");
        await page.WaitForSelectorAsync("[id$='-thanks']");
        await page.CloseAsync();
    }

    private string Url(string path) => new Uri(site.BaseAddress, path).ToString();
}
