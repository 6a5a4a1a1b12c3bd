namespace CoProWidgets.BrowserTests.WordPress;

/// <summary>
/// The language and format the plugin asks the widget site for: the page's language as a language tag (none on this
/// English site), overridden per widget by the shortcode, the block and a pasted address, and checked.
/// </summary>
public sealed partial class WordPressPluginRulesTests
{
    [Fact]
    public async Task WordPressLocales_BecomeLanguageTags()
    {
        var output = await _wordPress.PhpAsync("""
            foreach ( array( 'cy', 'pl_PL', 'en_GB', 'ur', 'de_DE_formal', 'pt_PT_ao90', 'sr_Latn_RS', 'pl-pl', 'x', 'cy"><script>', '' ) as $locale ) {
                echo $locale, '=', coprowidgets_language_tag( $locale ), "\n";
            }
            """);

        Assert.Equal(
            ["cy=cy", "pl_PL=pl-PL", "en_GB=en-GB", "ur=ur", "de_DE_formal=de-DE", "pt_PT_ao90=pt-PT", "sr_Latn_RS=sr-Latn-RS", "pl-pl=pl-PL", "x=", "cy\"><script>=", "="],
            output.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Widgets_AskForThePagesLanguage_UnlessTheShortcodeOrBlockNamesAnother()
    {
        var output = await _wordPress.PhpAsync("""
            echo do_shortcode( '[copro widget="get-involved"]' ), "\n";
            echo do_shortcode( '[copro widget="survey" name="having-a-say" lang="cy" format="easy-read"]' ), "\n";
            echo do_shortcode( '[copro widget="survey" name="having-a-say" lang="cy&quot;&gt;" format="large"]' ), "\n";
            echo render_block( array( 'blockName' => 'coprowidgets/widget', 'attrs' => array( 'widget' => 'principles', 'name' => 'our-principles', 'mode' => 'iframe', 'lang' => 'ur', 'format' => 'easy-read' ), 'innerBlocks' => array(), 'innerHTML' => '', 'innerContent' => array() ) ), "\n";
            echo $GLOBALS['wp_embed']->autoembed( coprowidgets_host() . '/copro/surveys/having-a-say?lang=pl&format=easy-read' ), "\n";
            add_filter( 'locale', static function () { return 'pl_PL'; } );
            echo do_shortcode( '[copro widget="get-involved"]' ), "\n";
            echo do_shortcode( '[copro widget="get-involved" lang="cy"]' ), "\n";
            """);
        var lines = output.Split('\n');
        var host = _wordPress.WidgetOrigin;

        // An English site asks for no language: widgets come in the widget site's own, British English.
        Assert.DoesNotContain("data-copro-lang", lines[0], StringComparison.Ordinal);
        Assert.Contains($"""<a href="{host}/copro/get-involved">""", lines[0], StringComparison.Ordinal);

        Assert.Contains("""data-copro-lang="cy" data-copro-format="easy-read">""", lines[1], StringComparison.Ordinal);
        Assert.Contains($"""<a href="{host}/copro/surveys/having-a-say?lang=cy&#038;format=easy-read">""", lines[1], StringComparison.Ordinal);

        // What is not a language tag or a format is ignored.
        Assert.DoesNotContain("data-copro-lang", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain("data-copro-format", lines[2], StringComparison.Ordinal);
        Assert.Contains($"""<a href="{host}/copro/surveys/having-a-say">""", lines[2], StringComparison.Ordinal);

        // The block, here in a frame, and a pasted address's own query.
        Assert.Contains("""data-copro-mode="iframe" """, lines[3], StringComparison.Ordinal);
        Assert.Contains("""data-copro-lang="ur" data-copro-format="easy-read">""", lines[3], StringComparison.Ordinal);
        Assert.Contains($"""<a href="{host}/copro/principles/our-principles/page?lang=ur&#038;format=easy-read">""", lines[3], StringComparison.Ordinal);
        Assert.Contains("""data-copro-widget="survey" data-copro-name="having-a-say" """, lines[4], StringComparison.Ordinal);
        Assert.Contains("""data-copro-lang="pl" data-copro-format="easy-read">""", lines[4], StringComparison.Ordinal);

        // A Polish site asks for Polish; a widget's own language still wins.
        Assert.Contains("""data-copro-lang="pl-PL">""", lines[5], StringComparison.Ordinal);
        Assert.Contains($"""<a href="{host}/copro/get-involved?lang=pl-PL">""", lines[5], StringComparison.Ordinal);
        Assert.Contains("""data-copro-lang="cy">""", lines[6], StringComparison.Ordinal);
        Assert.Empty(_wordPress.PluginLogEntries());
    }
}
