using CoProWidgets.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.BrowserTests.WordPress;

/// <summary>
/// The widgets the plugin knows come from the widget host's manifest: a kind only the host has (the tests' throwaway
/// widget) reaches the shortcode, pasted addresses and the block editor's list, and when the host cannot be reached the
/// plugin keeps the last manifest it read, or else its own list.
/// </summary>
public sealed class WordPressManifestTests : IClassFixture<WordPressManifestTests.NewKindSite>
{
    private readonly WordPressSite _wordPress;

    public WordPressManifestTests(NewKindSite wordPress) => _wordPress = wordPress;

    [Fact]
    public async Task AKindOnlyTheHostKnows_ReachesTheShortcode_PastedAddresses_AndTheBlockEditor()
    {
        _wordPress.Widgets.Site.WriteContent("notes/hello.md", "Hello from a note.");
        var output = await _wordPress.PhpAsync("""
            coprowidgets_register_embed_handler();
            echo do_shortcode( '[copro widget="throwaway-notes" name="hello"]' ), "\n";
            echo $GLOBALS['wp_embed']->autoembed( coprowidgets_host() . '/copro/notes/hello' ), "\n";
            echo wp_json_encode( array_keys( coprowidgets_widgets() ) ), "\n";
            """);
        var lines = output.Split('\n');

        Assert.Contains("""data-copro-widget="throwaway-notes" data-copro-name="hello" """, lines[0], StringComparison.Ordinal);
        Assert.Contains($"""<a href="{_wordPress.WidgetOrigin}/copro/notes/hello">Read the throwaway notes</a>""", lines[0], StringComparison.Ordinal);
        Assert.Contains("""data-copro-widget="throwaway-notes" data-copro-name="hello" """, lines[1], StringComparison.Ordinal);
        Assert.Equal("""["principles","get-involved","survey","results","outcomes","throwaway-notes"]""", lines[2]);

        var (link, _) = await _wordPress.PublishAsync("author", "Notes", """<!-- wp:shortcode -->[copro widget="throwaway-notes" name="hello"]<!-- /wp:shortcode -->""");
        var (page, _) = await _wordPress.Widgets.NewPageAsync();
        await page.GotoAsync(link);
        await page.Locator("[data-copro-widget=throwaway-notes]").GetByText("Throwaway note: Hello from a note.").WaitForAsync();
        Assert.Empty(_wordPress.PluginLogEntries());
    }

    [Fact]
    public async Task WhenTheHostCannotBeReached_ThePluginKeepsTheLastManifest_OrElseItsOwnList()
    {
        const string Key = "$key = 'coprowidgets_manifest_' . md5( coprowidgets_host() . '|' . coprowidgets_prefix() );";
        const string Down = "add_filter( 'pre_http_request', static function () { return new WP_Error( 'down', 'The host is down.' ); } );";
        var fresh = await _wordPress.PhpAsync($"{Key} delete_transient( $key ); echo wp_json_encode( array_keys( coprowidgets_widgets() ) );");
        var last = await _wordPress.PhpAsync($"{Key} delete_transient( $key ); {Down} echo wp_json_encode( array_keys( coprowidgets_widgets() ) ); delete_transient( $key );");
        var own = await _wordPress.PhpAsync($"""
            {Key} delete_transient( $key ); {Down}
            $kept = get_option( 'coprowidgets_manifest' );
            delete_option( 'coprowidgets_manifest' );
            $widgets = coprowidgets_widgets();
            echo wp_json_encode( array_keys( $widgets ) ), ' ', $widgets['survey']['page'], ' ', var_export( coprowidgets_read_manifest(), true );
            update_option( 'coprowidgets_manifest', $kept, false );
            delete_transient( $key );
            """);

        Assert.Equal("""["principles","get-involved","survey","results","outcomes","throwaway-notes"]""", fresh.Trim());
        Assert.Equal(fresh.Trim(), last.Trim());
        Assert.Equal("""["principles","get-involved","survey","results","outcomes"] /copro/surveys/{name} NULL""", own.Trim());
    }

    /// <summary>WordPress and a widget host that has the throwaway widget kind besides its own.</summary>
    public sealed class NewKindSite : WordPressSite
    {
        public NewKindSite() => Widgets.Site.ConfigureServices = services => services.AddWidget<ThrowawayWidget>();
    }
}
