using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>Every state of every widget in each offered language and in Easy Read, with and without JavaScript.</summary>
public sealed partial class LanguagesBrowserTests
{
    [Theory]
    [InlineData("lang=cy", "cy", true)]
    [InlineData("lang=cy", "cy", false)]
    [InlineData("lang=pl", "pl", true)]
    [InlineData("lang=pl", "pl", false)]
    [InlineData("lang=ur", "ur", true)]
    [InlineData("lang=ur", "ur", false)]
    [InlineData("format=easy-read", "en-GB", true)]
    [InlineData("format=easy-read", "en-GB", false)]
    public async Task EveryState_InEachLanguageAndEasyRead_HasNoViolations(string query, string language, bool javaScript)
    {
        var (page, problems) = await _site.NewPageAsync(javaScript: javaScript);

        // The survey: its first page, its errors, check your answers and thanks.
        await page.GotoAsync(Url($"/copro/surveys/{Survey}?{query}"));
        await AssertShownInAsync(page, "section.copro-survey", language);
        await page.ClickAsync("button.copro-button[value=next]");
        await page.WaitForSelectorAsync(".copro-error-summary");
        await AssertShownInAsync(page, "section.copro-survey", language);
        await WalkToCheckAnswersAsync(page);
        await AssertShownInAsync(page, "section.copro-survey", language);
        await page.ClickAsync("button.copro-button[value=submit]");
        await page.WaitForSelectorAsync("[id$='-thanks']");
        await AssertShownInAsync(page, "section.copro-survey", language);

        // The sign-up: empty, its errors, and sent.
        await page.GotoAsync(Url($"/Get-Involved?{query}"));
        await AssertShownInAsync(page, "section.copro-get-involved", language);
        var form = page.Locator("section.copro-get-involved form.copro-form");
        await form.Locator("button.copro-button[type=submit]").Last.ClickAsync();
        await page.WaitForSelectorAsync(".copro-error-summary");
        await AssertShownInAsync(page, "section.copro-get-involved", language);
        await page.FillAsync("section.copro-get-involved input[type=email]", $"{language}-{(javaScript ? "js" : "plain")}-{query.Length}@example.org");
        await page.Locator("section.copro-get-involved input[name=areas]").First.CheckAsync();
        await page.Locator("section.copro-get-involved input[type=checkbox][value=yes]").CheckAsync();
        await page.Locator("section.copro-get-involved form.copro-form button.copro-button[type=submit]").Last.ClickAsync();
        await page.WaitForSelectorAsync("[id$='-sent']");
        await AssertShownInAsync(page, "section.copro-get-involved", language);

        // The principles, the results not yet published, the outcomes and one outcome.
        foreach (var (path, widget) in new[] { ("/", "section.copro-principles"), ("/Working-Together", "section.copro-principles"), ($"/copro/surveys/{Survey}/results", "section.copro-results"), ("/You-Said-We-Did", "section.copro-outcomes") })
        {
            await page.GotoAsync(Url($"{path}?{query}"));
            await AssertShownInAsync(page, widget, language);
        }

        await page.Locator("section.copro-outcomes a[href*='/outcomes/']").First.ClickAsync();
        await page.WaitForSelectorAsync("article.copro-outcome, section.copro-outcome");
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Empty(problems);
    }

    // The widget is in the language asked for, right to left where that language is, and axe finds nothing on the page.
    private static async Task AssertShownInAsync(IPage page, string widget, string language)
    {
        var root = page.Locator(widget).First;
        Assert.Equal(language, await root.GetAttributeAsync("lang"));
        Assert.Equal(language == "ur" ? "rtl" : "ltr", await root.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
