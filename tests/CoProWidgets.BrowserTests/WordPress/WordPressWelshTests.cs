using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests.WordPress;

/// <summary>
/// A WordPress site set to Welsh shows Welsh widgets: the plugin asks the widget site for the page's language, in the
/// page and in a frame, and the links visitors without JavaScript follow carry it; the plugin's own words (the link
/// text, the settings page, the block editor's) come from its Welsh translation. axe finds nothing on the Welsh pages.
/// </summary>
public sealed class WordPressWelshTests : IClassFixture<WelshWordPressSite>
{
    private const string Survey = "wp-welsh-survey";
    private readonly WelshWordPressSite _wordPress;

    public WordPressWelshTests(WelshWordPressSite wordPress)
    {
        _wordPress = wordPress;
        SiteData.WriteUndatedSurvey(wordPress.Widgets.Site, Survey);
        var welsh = File.ReadAllText(Path.Combine(wordPress.Widgets.Site.ContentPath, "surveys", "having-a-say.cy.md"));
        wordPress.Widgets.Site.WriteContent($"surveys/{Survey}.cy.md", string.Join('\n', welsh.Split('\n').Where(line => !line.StartsWith("opens:", StringComparison.Ordinal) && !line.StartsWith("closes:", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task AWelshSite_ShowsWelshWidgets_InThePageAndInAFrame()
    {
        var link = await PublishAsync();
        var (page, _) = await _wordPress.Widgets.NewPageAsync();
        await page.GotoAsync(link);

        var survey = page.Locator($"[data-copro-widget=survey][data-copro-name={Survey}]");
        await survey.GetByRole(AriaRole.Button, new() { Name = "Parhau" }).WaitForAsync();
        Assert.Equal("cy", await survey.GetAttributeAsync("data-copro-lang"));
        Assert.Equal("cy", await survey.Locator("section.copro-survey").GetAttributeAsync("lang"));
        await survey.GetByRole(AriaRole.Heading, new() { Name = "Cael dweud eich dweud am eich gofal" }).WaitForAsync();
        var signUp = page.Locator("[data-copro-widget=get-involved]");
        await signUp.GetByRole(AriaRole.Button, new() { Name = "Cofrestru" }).WaitForAsync();
        Assert.Equal("cy", await signUp.Locator("section.copro-get-involved").GetAttributeAsync("lang"));

        var frame = page.FrameLocator("[data-copro-widget=principles] iframe");
        await frame.GetByRole(AriaRole.Heading, new() { Name = "Ein hegwyddorion cyd-gynhyrchu" }).WaitForAsync();
        Assert.Equal("cy", await frame.Locator("section.copro-principles").GetAttributeAsync("lang"));
        Assert.Equal("Darllenwch sut rydym yn gweithio gyda phobl", await page.Locator("[data-copro-widget=principles] iframe").GetAttributeAsync("title"));

        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.AssertNoViolationsAsync(frame.Locator("body"));
        Assert.Empty(_wordPress.PluginLogEntries());
    }

    [Fact]
    public async Task AWelshSite_WithoutJavaScript_LinksToTheWidgetsInWelsh()
    {
        var link = await PublishAsync();
        var (page, _) = await _wordPress.Widgets.NewPageAsync(javaScript: false);
        await page.GotoAsync(link);

        // The plugin's own link text, from its Welsh translation, to the widget's page in Welsh.
        var survey = page.GetByRole(AriaRole.Link, new() { Name = "Atebwch ein harolwg" });
        Assert.Equal($"{_wordPress.WidgetOrigin}/copro/surveys/{Survey}?lang=cy", await survey.GetAttributeAsync("href"));
        Assert.Equal($"{_wordPress.WidgetOrigin}/copro/get-involved?lang=cy", await page.GetByRole(AriaRole.Link, new() { Name = "Cymryd rhan" }).GetAttributeAsync("href"));
        await Accessibility.AssertNoViolationsAsync(page);

        await survey.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Parhau" }).WaitForAsync();
        Assert.Equal("cy", await page.Locator("section.copro-survey").GetAttributeAsync("lang"));
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task AWelshSite_ShowsThePluginsSettingsInWelsh()
    {
        var (page, _) = await _wordPress.Widgets.NewPageAsync();
        await _wordPress.SignInAsync(page, "admin");
        await page.GotoAsync($"{_wordPress.Origin}/wp-admin/options-general.php?page=coprowidgets");

        Assert.Equal(_wordPress.WidgetOrigin, await page.GetByLabel("Cyfeiriad gwefan y teclynnau").InputValueAsync());
        await page.GetByRole(AriaRole.Heading, new() { Name = "Gosod teclyn", Exact = true }).WaitForAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Iaith", Exact = true }).WaitForAsync();
        Assert.Equal("cy", await page.Locator("html").GetAttributeAsync("lang"));
        await Accessibility.AssertNoViolationsAsync(page.Locator(".wrap"));
    }

    [Fact]
    public async Task AWelshSite_GivesTheBlockEditorTheBlocksWelshWords()
    {
        var output = await _wordPress.PhpAsync("echo load_script_textdomain( 'coprowidgets-widget-editor-script', 'coprowidgets', WP_PLUGIN_DIR . '/coprowidgets/languages' );");
        Assert.Contains("\"Easy Read\":[\"Hawdd ei Ddeall\"]", output, StringComparison.Ordinal);

        var (page, _) = await _wordPress.Widgets.NewPageAsync();
        await _wordPress.SignInAsync(page, "author");
        await page.GotoAsync($"{_wordPress.Origin}/wp-admin/post-new.php");
        await page.WaitForFunctionAsync("() => window.wp && wp.blocks && wp.blocks.getBlockType('coprowidgets/widget')");
        Assert.Equal("Teclyn", await page.EvaluateAsync<string>("() => wp.i18n.__('Widget', 'coprowidgets')"));
        Assert.Equal("Hawdd ei Ddeall", await page.EvaluateAsync<string>("() => wp.i18n.__('Easy Read', 'coprowidgets')"));
    }

    /// <summary>An Author's post with the survey (shortcode), the sign-up (a pasted address) and the principles in a frame (the block).</summary>
    private async Task<string> PublishAsync()
    {
        var (link, _) = await _wordPress.PublishAsync("author", "Dweud eich dweud", $$"""
            <!-- wp:shortcode -->[copro widget="survey" name="{{Survey}}"]<!-- /wp:shortcode -->

            <!-- wp:paragraph --><p>{{_wordPress.WidgetOrigin}}/copro/get-involved</p><!-- /wp:paragraph -->

            <!-- wp:coprowidgets/widget {"widget":"principles","name":"our-principles","mode":"iframe"} /-->
            """);
        return link;
    }
}
