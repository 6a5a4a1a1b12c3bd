using System.Text.RegularExpressions;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>
/// The sample in the languages and format it offers, as visitors reach them: through the language switcher's links.
/// One person answers the survey in Welsh, one in Urdu (laid out right to left) and one in Easy Read, and the published
/// results count all three; and every state of every widget in each language and in Easy Read, with and without
/// JavaScript, has nothing axe objects to.
/// </summary>
public sealed partial class LanguagesBrowserTests : IAsyncLifetime
{
    private const string Survey = "languages-survey";
    private readonly BrowserSite _site = new();

    public async Task InitializeAsync()
    {
        // The sample survey and its variants, without their dates, so the test does not depend on the day it runs.
        foreach (var variant in new[] { "", ".cy", ".ur", ".easy-read" })
        {
            var sample = File.ReadAllText(Path.Combine(_site.Site.ContentPath, "surveys", $"having-a-say{variant}.md"));
            _site.Site.WriteContent($"surveys/{Survey}{variant}.md", string.Join('\n', sample.Split('\n').Where(line => !line.StartsWith("opens:", StringComparison.Ordinal) && !line.StartsWith("closes:", StringComparison.Ordinal))));
        }

        await _site.InitializeAsync();
    }

    public Task DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task OnePersonInWelsh_OneInUrdu_OneInEasyRead_AreCountedTogether()
    {
        await AnswerAsync("Cymraeg", "cy", javaScript: true);
        await AnswerAsync("اردو", "ur", javaScript: false, rightToLeft: true);
        await AnswerAsync(null, "en-GB", javaScript: true, easyRead: true);

        await using (var db = _site.Site.Services.GetRequiredService<CoProDbContextFactory>().Create())
        {
            var stored = await db.SurveyResponses.Where(response => response.Survey == Survey).Select(response => new { response.Language, response.Format }).ToListAsync();
            Assert.Equal(["cy/standard", "en-GB/easy-read", "ur/standard"], stored.Select(response => $"{response.Language}/{response.Format}").Order());
        }

        // Enough others for the results to be published; the three are among them, whichever language each used.
        await SiteData.AddResponsesAsync(_site.Site, Survey, 31, carers: 12, staff: 14);
        var survey = _site.Site.Services.GetRequiredService<SurveyProvider>().Get(Survey).Value!;
        await _site.Site.Services.GetRequiredService<SurveyResults.PublishedResults>().PublishAsync(survey, "A member of staff", alongside: null);
        foreach (var query in new[] { "", "?lang=cy", "?lang=ur", "?format=easy-read" })
        {
            var (page, problems) = await _site.NewPageAsync();
            await page.GotoAsync(Url($"/copro/surveys/{Survey}/results{query}"));
            var status = await page.TextContentAsync(".copro-results__status") ?? string.Empty;
            Assert.True(Regex.IsMatch(status, @"\b34\b"), $"The results in '{query}' count 34 responses: {status}");
            await Accessibility.AssertNoViolationsAsync(page);
            Assert.Empty(problems);
        }
    }

    /// <summary>One person opens the survey, follows the switcher's link to their language or format, and answers.</summary>
    private async Task AnswerAsync(string? languageLink, string language, bool javaScript, bool easyRead = false, bool rightToLeft = false)
    {
        var (page, problems) = await _site.NewPageAsync(javaScript: javaScript);
        await page.GotoAsync(Url($"/copro/surveys/{Survey}"));
        var link = languageLink is null
            ? page.Locator("nav.copro-language-switcher .copro-language-switcher__format a")
            : page.Locator($"nav.copro-language-switcher a[hreflang='{language}']", new() { HasText = languageLink });
        await link.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(easyRead ? "**format=easy-read**" : $"**lang={language}**");

        var survey = page.Locator("section.copro-survey");
        Assert.Equal(language, await survey.GetAttributeAsync("lang"));
        if (rightToLeft)
        {
            await RightToLeft.AssertRightToLeftAsync(survey);
        }

        await WalkToCheckAnswersAsync(page);
        await page.ClickAsync("button.copro-button[value=submit]");
        await page.WaitForSelectorAsync("[id$='-thanks']");
        Assert.Equal(language, await page.Locator("section.copro-survey").GetAttributeAsync("lang"));
        Assert.Empty(problems);
    }

    /// <summary>Chooses the first option of every question on each page until the check-answers page.</summary>
    private static async Task WalkToCheckAnswersAsync(IPage page)
    {
        for (var step = 0; step < 8 && await page.Locator(".copro-summary").CountAsync() == 0; step++)
        {
            await page.EvaluateAsync("() => { const seen = new Set(); for (const input of document.querySelectorAll('.copro-survey input[type=radio], .copro-survey input[type=checkbox]')) { if (!seen.has(input.name)) { seen.add(input.name); input.checked = true; } } }");
            await page.ClickAsync("button.copro-button[value=next]");
            await page.WaitForLoadStateAsync();
        }

        await page.WaitForSelectorAsync(".copro-summary");
    }

    private string Url(string path) => new Uri(_site.BaseAddress, path).ToString();
}
