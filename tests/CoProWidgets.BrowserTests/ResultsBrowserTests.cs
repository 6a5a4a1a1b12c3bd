using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.BrowserTests;

/// <summary>The results and outcomes widgets in Chromium, checked by axe-core against WCAG 2.2 A and AA, in each state.</summary>
public sealed class ResultsBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task ResultsBeforeAnyoneAnswers_AndOutcomesFeed_HaveNoWcag22AAViolations()
    {
        var (page, problems) = await site.NewPageAsync();

        await page.GotoAsync(new Uri(site.BaseAddress, "/copro/surveys/having-a-say/results").ToString());

        await Accessibility.AssertNoViolationsAsync(page);
        await page.GotoAsync(new Uri(site.BaseAddress, "/copro/outcomes").ToString());
        Assert.Equal(3, await page.Locator(".copro-outcomes__item").CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ResultsWithFiguresChartsAndSuppressedGroups_HaveNoWcag22AAViolations(bool javaScript)
    {
        await SeedAsync();
        var (page, problems) = await site.NewPageAsync(javaScript: javaScript);

        await page.GotoAsync(new Uri(site.BaseAddress, "/You-Said-We-Did").ToString());

        Assert.True(await page.Locator(".copro-results svg[role=img]").CountAsync() >= 3);
        Assert.True(await page.Locator(".copro-results td[colspan]").CountAsync() >= 1, "Some group is suppressed.");
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task OutcomePage_AndAFilterThatMatchesNothing_HaveNoWcag22AAViolations()
    {
        var (page, problems) = await site.NewPageAsync();

        await page.GotoAsync(new Uri(site.BaseAddress, "/copro/outcomes/evening-gp-appointments").ToString());
        Assert.Equal("Evening GP appointments you can book online", await page.Locator("h1").TextContentAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync(new Uri(site.BaseAddress, "/You-Said-We-Did").ToString());
        await page.Locator(".copro-outcomes select[name=copro-status]").SelectOptionAsync("planned");
        await page.Locator(".copro-outcomes button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**copro-status=planned**");
        Assert.Equal("No outcomes match these filters.", (await page.Locator(".copro-outcomes__count").TextContentAsync())?.Trim().Split('\n')[0].Trim());
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task ResultsPage_AtThreeHundredAndTwentyPixels_ScrollsOnlyInsideItsTables()
    {
        await SeedAsync();
        var (page, _) = await site.NewPageAsync(width: 320);

        await page.GotoAsync(new Uri(site.BaseAddress, "/You-Said-We-Did").ToString());

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var widest = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 8).join(' | ')");
        Assert.True(overflow == 0, $"The page is {overflow}px too wide: {widest}");
    }

    private static readonly SemaphoreSlim s_seeding = new(1, 1);

    /// <summary>Thirty-odd responses: carers and staff above the threshold, people who use services below it.</summary>
    private async Task SeedAsync()
    {
        await s_seeding.WaitAsync();
        try
        {
            var services = site.Site.Services;
            var survey = services.GetRequiredService<SurveyProvider>().Get("having-a-say").Value!;
            var service = services.GetRequiredService<SurveyService>();
            if ((await CoProWidgets.SurveyResults.SurveyTally.ReadAsync(services.GetRequiredService<CoProWidgets.Storage.CoProDbContextFactory>(), "having-a-say")).Responses > 0)
            {
                return;
            }

            string[] scale = ["strongly-agree", "agree", "neither", "disagree", "strongly-disagree"];
            for (var i = 0; i < 34; i++)
            {
                var group = i < 14 ? "carer" : i < 30 ? "staff" : "uses-services";
                var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues>
                {
                    ["q-have-a-say"] = scale[i % 5],
                    ["q-share-power"] = scale[i % 3],
                    ["q-respondent"] = group,
                    ["q-ways"] = new[] { "surveys", "groups" }[..((i % 2) + 1)],
                    ["q-before"] = i % 4 == 0 ? "yes" : "no",
                }), survey);
                await service.SubmitAsync(survey, SurveyService.NewKey(), answers);
            }

            // Published by staff, as a group's first showing must be: the public sees snapshots, not live counts.
            await services.GetRequiredService<CoProWidgets.SurveyResults.PublishedResults>().PublishAsync(survey, "A member of staff", alongside: null);
        }
        finally
        {
            s_seeding.Release();
        }
    }
}
