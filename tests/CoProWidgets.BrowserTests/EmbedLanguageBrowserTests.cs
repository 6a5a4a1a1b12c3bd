using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>
/// An embedded widget in Welsh on another site: its words, its language switcher loading Urdu in place, and what the
/// embed script says when a step cannot reach the widget site, in the widget's language.
/// </summary>
public sealed class EmbedLanguageBrowserTests(EmbedSite site) : IClassFixture<EmbedSite>
{
    [Fact]
    public async Task WelshSurvey_SwitchesToUrduInPlace_AndSaysItCouldNotConnectInUrdu()
    {
        var (page, problems) = await site.Widgets.NewPageAsync();
        await page.GotoAsync($"{site.ListedOrigin}/{site.AddPage("welsh.html", """<div data-copro-widget="survey" data-copro-name="having-a-say" data-copro-lang="cy"><a href="#">Atebwch yr arolwg</a></div>""")}");
        var widget = page.Locator("[data-copro-widget=survey]");
        await widget.Locator("section.copro-survey[lang=cy]").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(widget);

        // The switcher's link loads the Urdu survey into the same place: the host page stays where it is.
        var address = page.Url;
        await widget.Locator("nav.copro-language-switcher a[hreflang=ur]").ClickAsync();
        var urdu = widget.Locator("section.copro-survey[lang=ur]");
        await urdu.WaitForAsync();
        Assert.Equal(address, page.Url);
        await RightToLeft.AssertRightToLeftAsync(urdu);
        await Accessibility.AssertNoViolationsAsync(widget);

        // The widget site cannot be reached: the script says so in the widget's language.
        var said = await urdu.GetAttributeAsync("data-copro-retry");
        Assert.False(string.IsNullOrWhiteSpace(said));
        await page.RouteAsync("**/copro/embed/**", route => route.AbortAsync());
        await urdu.Locator("button.copro-button[value=next]").ClickAsync();
        var alert = widget.Locator(".copro-embed__alert");
        await alert.WaitForAsync();
        Assert.Equal(said, await alert.TextContentAsync());
        // The aborted request is the one problem expected (axe's own inline styles aside, as in the other embed tests).
        EmbeddedWidget.AssertNoProblems([.. problems.Where(problem => !problem.Contains("ERR_FAILED", StringComparison.Ordinal) && !problem.Contains("Failed to fetch", StringComparison.Ordinal))]);
    }
}
