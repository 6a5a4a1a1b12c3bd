using CoProWidgets.Testing;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

public sealed class PrinciplesBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task SampleHomePage_HasNoWcag22AAViolations()
    {
        var (page, problems) = await site.NewPageAsync();

        await page.GotoAsync(new Uri(site.BaseAddress, "/").ToString());

        Assert.Equal(2, await page.Locator("section.copro-principles").CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task CardsPanel_HasNoWcag22AAViolations()
    {
        var (page, problems) = await site.NewPageAsync();

        await page.GotoAsync(new Uri(site.BaseAddress, "/Working-Together").ToString());

        await Accessibility.AssertNoViolationsAsync(page, "section.copro-principles--cards");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task WidgetStyles_LoadUnderAStrictContentSecurityPolicy()
    {
        var (page, problems) = await site.NewPageAsync();

        var response = await page.GotoAsync(new Uri(site.BaseAddress, "/Working-Together").ToString());

        Assert.Contains("style-src 'self'", (await response!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
        Assert.Equal("grid", await page.Locator(".copro-principles--cards ul").EvaluateAsync<string>("list => getComputedStyle(list).display"));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task HomePage_AtThreeHundredAndTwentyPixels_ReflowsWithoutSidewaysScrolling()
    {
        var (page, _) = await site.NewPageAsync(width: 320);

        await page.GotoAsync(new Uri(site.BaseAddress, "/Working-Together").ToString());

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.Equal(0, overflow);
    }

    [Fact]
    public async Task HostTheme_InAStylesheetLoadedBeforeTheWidgets_StillApplies()
    {
        var (page, _) = await site.NewPageAsync();

        await page.GotoAsync(new Uri(site.BaseAddress, "/").ToString());

        // The sample's site.css sets --copro-accent to its brand colour and is linked before copro.css.
        var accent = await page.Locator(".copro-principles--phases .copro-principles__item").First
            .EvaluateAsync<string>("li => getComputedStyle(li, '::before').backgroundColor");
        Assert.Equal("rgb(122, 17, 85)", accent);
    }

    [Fact]
    public async Task ContentErrorPanel_InDevelopment_HasNoWcag22AAViolations()
    {
        await using var broken = new SampleSiteFactory();
        broken.WriteContent("principles/toolkit.md", "---\ntitle: Toolkit\nlayout: spiral\n---\n## One\n");
        var address = BrowserSite.Start(broken);
        var (page, _) = await site.NewPageAsync();

        await page.GotoAsync(new Uri(address, "/").ToString());

        Assert.Contains("principles/toolkit.md:3:", await page.Locator(".copro-content-error").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
