using CoProWidgets.Testing;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests.WordPress;

/// <summary>
/// The plugin's own rules in a real WordPress: the shortcode's checks and escaping, the host constant, another route
/// prefix, the settings page and uninstalling.
/// </summary>
public sealed partial class WordPressPluginRulesTests : IClassFixture<WordPressSite>
{
    private readonly WordPressSite _wordPress;

    public WordPressPluginRulesTests(WordPressSite wordPress) => _wordPress = wordPress;

    [Fact]
    public async Task Shortcode_ChecksItsChoices_EscapesWhatItWrites_AndTellsOnlyEditorsWhatIsWrong()
    {
        var output = await _wordPress.PhpAsync("""
            $show = static function () {
                echo do_shortcode( '[copro widget="survey"]' ), "\n";
                echo do_shortcode( '[copro widget="nothing" name="x"]' ), "\n";
                echo do_shortcode( '[copro widget="survey" name="../../staff"]' ), "\n";
                echo do_shortcode( '[copro widget="survey" name="having-a-say" heading_level="9" mode="iframe" title="Say &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"]' ), "\n";
            };
            $show();
            echo "--editor--\n";
            wp_set_current_user( get_user_by( 'login', 'editor' )->ID );
            $show();
            """);
        var (visitor, editor) = (output.Split("--editor--\n")[0], output.Split("--editor--\n")[1]);
        var visitorLines = visitor.Split('\n');
        var editorLines = editor.Split('\n');

        // Visitors see nothing for a mistake; editors see what to fix.
        Assert.Equal(string.Empty, visitorLines[0]);
        Assert.Equal(string.Empty, visitorLines[1]);
        Assert.Equal(string.Empty, visitorLines[2]);
        Assert.Contains("The survey widget needs a name", editorLines[0], StringComparison.Ordinal);
        Assert.Contains("Choose a widget: principles, get-involved, survey, results, outcomes.", editorLines[1], StringComparison.Ordinal);
        Assert.Contains("letters, digits, - and _ only", editorLines[2], StringComparison.Ordinal);

        // The heading level is held to 1..5 and the title is text, encoded wherever it is written.
        var widget = visitorLines[3];
        Assert.Contains("""data-copro-heading-level="5" data-copro-mode="iframe" """, widget, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", widget, StringComparison.Ordinal);
        Assert.Contains("data-copro-title=\"Say &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"", widget, StringComparison.Ordinal);
        Assert.Empty(_wordPress.PluginLogEntries());
    }

    [Fact]
    public async Task HostConstant_WinsOverTheSettingsPage()
    {
        var output = await _wordPress.PhpAsync(
            "echo coprowidgets_host(), ' ', do_shortcode( '[copro widget=\"get-involved\"]' );",
            before: "define( 'COPROWIDGETS_HOST', 'https://widgets.example.org/' );");

        Assert.StartsWith("https://widgets.example.org <div class=\"coprowidgets\" data-copro-widget=\"get-involved\"", output, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://widgets.example.org/copro/get-involved\">", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherRoutePrefix_ReachesTheLinks_TheEmbedHandlerAndTheScript()
    {
        var output = await _wordPress.PhpAsync("""
            $kept = get_option( 'coprowidgets_settings' );
            update_option( 'coprowidgets_settings', coprowidgets_sanitize_settings( array( 'host' => $kept['host'], 'prefix' => '/health/copro/' ) ) );
            coprowidgets_register_script();
            coprowidgets_register_embed_handler();
            echo coprowidgets_prefix(), "\n";
            echo do_shortcode( '[copro widget="results" name="having-a-say"]' ), "\n";
            echo $GLOBALS['wp_embed']->autoembed( $kept['host'] . '/health/copro/get-involved' ), "\n";
            echo $GLOBALS['wp_embed']->autoembed( $kept['host'] . '/copro/get-involved' ), "\n";
            echo apply_filters( 'script_loader_tag', '<script src="x" id="coprowidgets-js"></script>', 'coprowidgets', 'x' ), "\n";
            echo coprowidgets_clean_prefix( '../staff?x=1' ), "\n";
            update_option( 'coprowidgets_settings', $kept );
            """);
        var lines = output.Split('\n');

        Assert.Equal("/health/copro", lines[0]);
        Assert.Contains($"""<a href="{_wordPress.WidgetOrigin}/health/copro/surveys/having-a-say/results">""", lines[1], StringComparison.Ordinal);
        Assert.Contains("""data-copro-widget="get-involved" """, lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain("data-copro-widget", lines[3], StringComparison.Ordinal);
        Assert.Equal("""<script data-copro-prefix="/health/copro" async src="x" id="coprowidgets-js"></script>""", lines[4]);
        Assert.Equal("/copro", lines[5]);
    }

    [Fact]
    public async Task SettingsPage_NeedsItsNonce_RefusesABadAddress_AndCanBeUsedByKeyboard()
    {
        var (page, _) = await _wordPress.Widgets.NewPageAsync();
        await _wordPress.SignInAsync(page, "admin");

        await page.GotoAsync($"{_wordPress.Origin}/wp-admin/options-general.php?page=coprowidgets");
        await Accessibility.AssertNoViolationsAsync(page.Locator(".wrap"));
        var host = page.GetByLabel("Widget site address");
        Assert.Equal(_wordPress.WidgetOrigin, await host.InputValueAsync());
        Assert.Contains(_wordPress.Origin, await page.Locator(".wrap").InnerTextAsync(), StringComparison.Ordinal);

        // A bad address is refused with a message, and the one stored stays.
        await host.FillAsync("javascript:alert(1)//example.org");
        await host.EvaluateAsync("e => e.type = 'text'");
        await page.GetByLabel("Route prefix").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("Enter the widget site's address starting with https://").WaitForAsync();
        Assert.Equal(_wordPress.WidgetOrigin, await page.GetByLabel("Widget site address").InputValueAsync());
        await Accessibility.AssertNoViolationsAsync(page.Locator(".wrap"));

        // The same form without its nonce changes nothing.
        var status = await page.EvaluateAsync<int>(
            """
            async () => {
                const data = new URLSearchParams({ option_page: 'coprowidgets', action: 'update', 'coprowidgets_settings[host]': 'https://attacker.example' });
                return (await fetch('/wp-admin/options.php', { method: 'POST', body: data })).status;
            }
            """);
        Assert.NotEqual(200, status);
        Assert.Equal(_wordPress.WidgetOrigin, (await _wordPress.PhpAsync("echo coprowidgets_host();")).Trim());
    }

    [Fact]
    public async Task Uninstalling_RemovesTheSettings()
    {
        var output = await _wordPress.PhpAsync("""
            $kept = get_option( 'coprowidgets_settings' );
            define( 'WP_UNINSTALL_PLUGIN', 'coprowidgets/coprowidgets.php' );
            include WP_PLUGIN_DIR . '/coprowidgets/uninstall.php';
            echo var_export( get_option( 'coprowidgets_settings', 'gone' ), true );
            update_option( 'coprowidgets_settings', $kept );
            """);

        Assert.Equal("'gone'", output.Trim());
    }
}
