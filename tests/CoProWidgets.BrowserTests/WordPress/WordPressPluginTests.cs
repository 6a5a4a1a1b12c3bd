using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoProWidgets.GetInvolved;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests.WordPress;

/// <summary>
/// The WordPress plugin in a real WordPress: an Author (whose posts WordPress strips of scripts) places the survey and
/// the sign-up with the shortcode, the block and a pasted address, and a visitor answers and signs up from the
/// WordPress page; the editor's preview of a pasted address; the settings page; the plugin's own rules.
/// </summary>
public sealed class WordPressPluginTests : IClassFixture<WordPressSite>
{
    private const string Survey = "wp-survey";
    private readonly WordPressSite _wordPress;

    public WordPressPluginTests(WordPressSite wordPress)
    {
        _wordPress = wordPress;
        SiteData.WriteUndatedSurvey(wordPress.Widgets.Site, Survey);
    }

    [Fact]
    public async Task AuthorsShortcodes_ShowASurveyAndASignUp_ThatVisitorsComplete()
    {
        var (link, _) = await _wordPress.PublishAsync("author", "Have your say", $"""
            <!-- wp:paragraph --><p>We want to hear from you.</p><!-- /wp:paragraph -->

            <!-- wp:shortcode -->
            [copro widget="survey" name="{Survey}" title="Answer our survey about having a say"]
            <!-- /wp:shortcode -->

            <!-- wp:shortcode -->
            [copro widget="get-involved" heading_level="2"]
            <!-- /wp:shortcode -->
            """);

        await CompleteBothAsync(link);
    }

    [Fact]
    public async Task AuthorsBlocks_ShowASurveyAndASignUp_ThatVisitorsComplete()
    {
        var (link, _) = await _wordPress.PublishAsync("author", "Tell us and take part", $$"""
            <!-- wp:coprowidgets/widget {"widget":"survey","name":"{{Survey}}"} /-->

            <!-- wp:coprowidgets/widget {"widget":"get-involved","headingLevel":2,"title":"Get involved with us"} /-->
            """);

        await CompleteBothAsync(link);
    }

    [Fact]
    public async Task AuthorsPastedAddresses_ShowASurveyAndASignUp_ThatVisitorsComplete()
    {
        // One address pasted into a paragraph of its own, the other into the Embed block, as the editor writes them.
        var (link, _) = await _wordPress.PublishAsync("author", "Our survey", $$"""
            <!-- wp:paragraph -->
            <p>{{_wordPress.WidgetOrigin}}/copro/surveys/{{Survey}}</p>
            <!-- /wp:paragraph -->

            <!-- wp:embed {"url":"{{_wordPress.WidgetOrigin}}/copro/get-involved"} -->
            <figure class="wp-block-embed"><div class="wp-block-embed__wrapper">
            {{_wordPress.WidgetOrigin}}/copro/get-involved
            </div></figure>
            <!-- /wp:embed -->
            """);

        await CompleteBothAsync(link);
    }

    [Fact]
    public async Task WithoutJavaScript_VisitorsGetLinksToTheWidgetsOwnPages()
    {
        var (link, _) = await _wordPress.PublishAsync("author", "Without scripts", $"""
            <!-- wp:shortcode -->[copro widget="survey" name="{Survey}" title="Answer our survey"]<!-- /wp:shortcode -->
            <!-- wp:paragraph --><p>{_wordPress.WidgetOrigin}/copro/get-involved</p><!-- /wp:paragraph -->
            """);
        var (page, _) = await _wordPress.Widgets.NewPageAsync(javaScript: false);
        await page.GotoAsync(link);

        Assert.Equal($"{_wordPress.WidgetOrigin}/copro/surveys/{Survey}", await page.GetByRole(AriaRole.Link, new() { Name = "Answer our survey" }).GetAttributeAsync("href"));
        Assert.Equal($"{_wordPress.WidgetOrigin}/copro/get-involved", await page.GetByRole(AriaRole.Link, new() { Name = "Get involved" }).GetAttributeAsync("href"));
        await Accessibility.AssertNoViolationsAsync(page);

        // The link leads to the widget on its own page, where it works without JavaScript.
        await page.GetByRole(AriaRole.Link, new() { Name = "Answer our survey" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).WaitForAsync();
    }

    [Fact]
    public async Task AnAuthorsPastedSnippet_LosesItsScript_WhichIsWhyThePluginExists()
    {
        var snippet = $"""<!-- wp:html --><script src="{_wordPress.WidgetOrigin}/_content/CoProWidgets/copro.js" async></script><!-- /wp:html -->""";

        var (_, byAuthor) = await _wordPress.PublishAsync("author", "Pasted by an author", snippet);
        var (_, byEditor) = await _wordPress.PublishAsync("editor", "Pasted by an editor", snippet);

        Assert.DoesNotContain("<script", byAuthor, StringComparison.Ordinal);
        Assert.Contains("<script", byEditor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditorPreviewOfAPastedAddress_IsTheWidgetWithItsScript()
    {
        // The block editor previews an Embed block through this endpoint and shows its HTML in a frame of its own page.
        using var author = _wordPress.Client("author");
        var address = $"{_wordPress.WidgetOrigin}/copro/surveys/{Survey}/results";
        using var response = await author.GetAsync(new Uri($"?rest_route=/oembed/1.0/proxy&url={Uri.EscapeDataString(address)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var preview = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var html = preview.RootElement.GetProperty("html").GetString()!;

        Assert.Contains($"""data-copro-widget="results" data-copro-name="{Survey}" """, html, StringComparison.Ordinal);
        Assert.Contains($"""<a href="{address}">""", html, StringComparison.Ordinal);
        Assert.Matches($"""<script src="{Regex.Escape(_wordPress.WidgetOrigin)}/_content/CoProWidgets/copro.js" data-copro-prefix="/copro" async></script>""", html);
        Assert.Equal(1, Regex.Count(html, "copro\\.js"));
        // The editor adds the scripts listed here as well: the script is not among them, so it runs once.
        Assert.DoesNotContain("copro.js", preview.RootElement.TryGetProperty("scripts", out var scripts) ? scripts.GetRawText() : string.Empty, StringComparison.Ordinal);

        // An address that is not a widget's page is not the plugin's to show.
        using var other = await author.GetAsync(new Uri($"?rest_route=/oembed/1.0/proxy&url={Uri.EscapeDataString($"{_wordPress.WidgetOrigin}/copro/staff")}", UriKind.Relative));
        Assert.DoesNotContain("data-copro-widget", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesWithoutAWidget_DoNotLoadTheScript_AndPagesWithSeveralLoadItOnce()
    {
        var (plain, _) = await _wordPress.PublishAsync("author", "Opening hours", "<!-- wp:paragraph --><p>We are open on weekdays.</p><!-- /wp:paragraph -->");
        var (several, _) = await _wordPress.PublishAsync("author", "Everything", $$"""
            <!-- wp:shortcode -->[copro widget="principles" name="our-principles"]<!-- /wp:shortcode -->
            <!-- wp:shortcode -->[copro widget="results" name="{{Survey}}"]<!-- /wp:shortcode -->
            <!-- wp:coprowidgets/widget {"widget":"outcomes"} /-->
            """);
        using var visitor = new HttpClient();

        Assert.DoesNotContain("copro.js", await visitor.GetStringAsync(new Uri(plain)), StringComparison.Ordinal);
        var page = await visitor.GetStringAsync(new Uri(several));
        var scripts = Regex.Matches(page, "<script[^>]*copro\\.js[^>]*>").Select(match => match.Value).ToList();
        var script = Assert.Single(scripts);
        Assert.Contains(" async", script, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(page, "data-copro-widget="));
    }

    [Fact]
    public async Task IframeMode_ShowsTheWidgetInAFrame_TitledByTheShortcodesTitle()
    {
        var (link, _) = await _wordPress.PublishAsync("author", "How we work", """<!-- wp:shortcode -->[copro widget="principles" name="our-principles" mode="iframe" title="How we work with people"]<!-- /wp:shortcode -->""");
        var (page, _) = await _wordPress.Widgets.NewPageAsync();
        await page.GotoAsync(link);

        var iframe = page.Locator("[data-copro-widget=principles] iframe");
        Assert.Equal("How we work with people", await iframe.GetAttributeAsync("title"));
        await page.FrameLocator("[data-copro-widget=principles] iframe").GetByRole(AriaRole.Heading, new() { Name = "Our co-production principles" }).WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page.FrameLocator("[data-copro-widget=principles] iframe").Locator("body"));
    }

    [Fact]
    public async Task WithTheScriptOnEveryPage_AnAuthorsLinkAloneInItsParagraph_BecomesTheWidget()
    {
        var (withLink, _) = await _wordPress.PublishAsync("author", "Results", $"""<!-- wp:paragraph --><p><a href="{_wordPress.WidgetOrigin}/copro/surveys/{Survey}/results">What people told us</a></p><!-- /wp:paragraph -->""");
        var (page, _) = await _wordPress.Widgets.NewPageAsync();
        await page.GotoAsync(withLink);
        Assert.Equal(0, await page.Locator("script[src$='/_content/CoProWidgets/copro.js']").CountAsync());
        Assert.Equal(0, await page.Locator("[data-copro-widget]").CountAsync());

        await _wordPress.PhpAsync("update_option( 'coprowidgets_settings', array_merge( coprowidgets_settings(), array( 'everywhere' => true ) ) );");
        try
        {
            await page.GotoAsync(withLink);
            await page.Locator($"[data-copro-widget=results][data-copro-name={Survey}] .copro-results").WaitForAsync();
        }
        finally
        {
            await _wordPress.PhpAsync("update_option( 'coprowidgets_settings', array_merge( coprowidgets_settings(), array( 'everywhere' => false ) ) );");
        }
    }

    [Fact]
    public async Task Widgets_TakeTheThemesFontColoursAndCorners_InsideTheirShadowRoots()
    {
        var (link, _) = await _wordPress.PublishAsync("author", "Get involved today", """<!-- wp:shortcode -->[copro widget="get-involved"]<!-- /wp:shortcode -->""");
        var (page, _) = await _wordPress.Widgets.NewPageAsync();
        await page.GotoAsync(link);
        var button = page.Locator("[data-copro-widget=get-involved]").GetByRole(AriaRole.Button, new() { Name = "Sign up" });
        await button.WaitForAsync();

        // Twenty Twenty-Three: black links on white, square buttons, the system font stack.
        Assert.Equal("rgb(0, 0, 0)", await button.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.Equal("rgb(255, 255, 255)", await button.EvaluateAsync<string>("e => getComputedStyle(e).color"));
        Assert.Equal("0px", await button.EvaluateAsync<string>("e => getComputedStyle(e).borderTopLeftRadius"));
        Assert.Contains("-apple-system", await page.Locator("[data-copro-widget=get-involved] .copro").First.EvaluateAsync<string>("e => getComputedStyle(e).fontFamily"), StringComparison.Ordinal);

        // The site's own rule (here in Appearance, Customize, Additional CSS) wins over the theme's presets.
        await _wordPress.PhpAsync("wp_update_custom_css_post( '.coprowidgets { --copro-accent: #7a1155; }' );");
        try
        {
            await page.ReloadAsync();
            await button.WaitForAsync();
            Assert.Equal("rgb(122, 17, 85)", await button.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
            Assert.Equal("rgb(255, 255, 255)", await button.EvaluateAsync<string>("e => getComputedStyle(e).color"));
        }
        finally
        {
            await _wordPress.PhpAsync("wp_update_custom_css_post( '' );");
        }
    }

    [Fact]
    public async Task InTheBlockEditor_APastedAddressPreviewsAsTheWidget_AndTheBlockShowsWhatItWillPlace()
    {
        var (page, problems) = await _wordPress.Widgets.NewPageAsync();
        await _wordPress.SignInAsync(page, "author");
        await page.GotoAsync($"{_wordPress.Origin}/wp-admin/post-new.php");
        await page.WaitForFunctionAsync("() => window.wp && wp.blocks && wp.blocks.getBlockType('coprowidgets/widget') && wp.blocks.getBlockType('core/embed')");

        // What the editor does when an address is pasted into an Embed block, and when the block is chosen in the inserter.
        await page.EvaluateAsync(
            """
            url => wp.data.dispatch('core/block-editor').insertBlocks([
                wp.blocks.createBlock('core/embed', { url }),
                wp.blocks.createBlock('coprowidgets/widget', { widget: 'get-involved', title: 'Join us' }),
            ])
            """,
            $"{_wordPress.WidgetOrigin}/copro/surveys/{Survey}");

        // The preview frame (the editor's sandbox, on WordPress's own origin) runs the widget itself.
        var preview = page.FrameLocator("iframe.components-sandbox");
        await preview.GetByRole(AriaRole.Button, new() { Name = "Continue" }).WaitForAsync();
        var placed = page.Locator(".wp-block-coprowidgets-widget").GetByRole(AriaRole.Link, new() { Name = "Join us" });
        await placed.WaitForAsync();
        Assert.Equal($"{_wordPress.WidgetOrigin}/copro/get-involved", await placed.GetAttributeAsync("href"));
        Assert.DoesNotContain(problems, problem => problem.Contains("coprowidgets", StringComparison.OrdinalIgnoreCase) || problem.Contains("copro.js", StringComparison.Ordinal));
    }

    /// <summary>A visitor opens the post, checks the page with axe, answers the survey to its thank-you and signs up.</summary>
    private async Task CompleteBothAsync(string link)
    {
        var before = await SiteData.CountResponsesAsync(_wordPress.Widgets.Site, Survey);
        var email = $"wp-{Guid.NewGuid():N}@example.org";
        var (page, problems) = await _wordPress.Widgets.NewPageAsync();
        await page.GotoAsync(link);
        var survey = page.Locator($"[data-copro-widget=survey][data-copro-name={Survey}]");
        var signUp = page.Locator("[data-copro-widget=get-involved]");
        await survey.GetByRole(AriaRole.Button, new() { Name = "Continue" }).WaitForAsync();
        await signUp.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).WaitForAsync();
        Assert.Equal(1, await page.Locator("script[src$='/_content/CoProWidgets/copro.js']").CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await EmbeddedWidget.AnswerSurveyAsync(survey);
        Assert.Equal(before + 1, await SiteData.CountResponsesAsync(_wordPress.Widgets.Site, Survey));
        await EmbeddedWidget.SignUpAsync(signUp, email);
        Assert.Equal(SignUpStatus.Pending, (await SiteData.FindSignUpAsync(_wordPress.Widgets.Site, email))?.Status);
        await EmbeddedWidget.WaitForConfirmationEmailAsync(_wordPress.Widgets.Site, email);
        await Accessibility.AssertNoViolationsAsync(page);

        Assert.Equal(link, page.Url);
        // Allowed: a form answered 400 on purpose (its errors), and axe-core's own attempt to read the widgets'
        // stylesheet from the widget host with XMLHttpRequest (without CORS) when it checks a whole page.
        var real = problems
            .Where(problem => !(problem.StartsWith("400 for fetch ", StringComparison.Ordinal) && problem.Contains("/copro/embed/", StringComparison.Ordinal)))
            .Where(problem => !problem.StartsWith("Couldn't load preload assets", StringComparison.Ordinal))
            .Where(problem => !(problem.StartsWith("Access to XMLHttpRequest at ", StringComparison.Ordinal) && problem.Contains("/_content/CoProWidgets/copro.css' from origin", StringComparison.Ordinal)))
            .ToList();
        Assert.True(real.Count == 0, string.Join("\n", real));
        Assert.Empty(_wordPress.PluginLogEntries());
    }
}
