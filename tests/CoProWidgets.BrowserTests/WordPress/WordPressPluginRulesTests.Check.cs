using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests.WordPress;

/// <summary>
/// The settings page's check against the real widget host: it answers and allows WordPress's origin; it does not
/// answer (nothing listening, or the wrong route prefix); it answers but does not allow the site; and a host too old to
/// be asked. Only the settings page asks, never a visitor's page.
/// </summary>
public sealed partial class WordPressPluginRulesTests
{
    private const string Forget = "delete_transient( 'coprowidgets_check' );";

    [Fact]
    public async Task SettingsPage_SaysTheHostAllowsThisSite_AsksAgainWhenSavedOrAsked_AndNoVisitorWaitsForIt()
    {
        await _wordPress.PhpAsync(Forget);
        using (var visitor = new HttpClient())
        {
            await visitor.GetStringAsync(new Uri($"{_wordPress.Origin}/"));
        }

        Assert.Equal("false", (await _wordPress.PhpAsync("echo var_export( get_transient( 'coprowidgets_check' ), true );")).Trim());

        var (page, _) = await _wordPress.Widgets.NewPageAsync();
        await _wordPress.SignInAsync(page, "admin");
        await page.GotoAsync($"{_wordPress.Origin}/wp-admin/options-general.php?page=coprowidgets");
        var notice = page.Locator("#coprowidgets-check");
        Assert.Contains($"The widget site answers at {_wordPress.WidgetOrigin} and allows this site ({_wordPress.Origin}) to show its widgets.", await notice.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("notice-success", await notice.GetAttributeAsync("class"), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page.Locator(".wrap"));

        // The answer is kept for a while (here made stale by hand), and asked again by the button.
        const string Stale = "$kept = get_transient( 'coprowidgets_check' ); $kept['status'] = 'refused'; set_transient( 'coprowidgets_check', $kept, 300 );";
        await _wordPress.PhpAsync(Stale);
        await page.ReloadAsync();
        await notice.GetByText("does not allow this site").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Check again" }).ClickAsync();
        await notice.GetByText("and allows this site").WaitForAsync();
        Assert.EndsWith("options-general.php?page=coprowidgets", page.Url, StringComparison.Ordinal);

        // ...and when the settings are saved, even unchanged.
        await _wordPress.PhpAsync(Stale);
        await page.ReloadAsync();
        await notice.GetByText("does not allow this site").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save Changes" }).ClickAsync();
        await page.GetByText("Settings saved.").WaitForAsync();
        await notice.GetByText("and allows this site").WaitForAsync();
        Assert.Empty(_wordPress.PluginLogEntries());
    }

    [Fact]
    public async Task WhenTheHostDoesNotAnswer_TheNoticeSaysWhereItAsked_WhatCameBack_AndWhatToCheck()
    {
        var closed = ClosedPort();
        var nobody = await ShowCheckAsync($"array( 'host' => 'http://127.0.0.1:{closed}' )");
        var wrongPrefix = await ShowCheckAsync("array( 'prefix' => '/not-copro' )");

        Assert.Contains("notice-error", nobody, StringComparison.Ordinal);
        // What came back is the transport's own words, such as "Connection refused".
        Assert.Matches($@"<p>The widget site did not answer at http://127\.0\.0\.1:{closed}/copro/widgets\.json: \w[^<]+\.</p>", nobody);
        Assert.Contains("Check the widget site's address and route prefix below, and that the widget site is running, then check again.", nobody, StringComparison.Ordinal);
        Assert.Contains($"The widget site did not answer at {_wordPress.WidgetOrigin}/not-copro/widgets.json: it answered with HTTP status 404, not the list of widgets.", wrongPrefix, StringComparison.Ordinal);
        Assert.Empty(_wordPress.PluginLogEntries());
    }

    [Fact]
    public async Task WhenTheHostAnswersButDoesNotAllowThisSite_TheNoticeSaysWhichOriginToAdd()
    {
        var output = WebUtility.HtmlDecode(await _wordPress.PhpAsync($$"""
            add_filter( 'home_url', static function () { return 'HTTPS://WWW.Elsewhere.Example:443/news'; } );
            {{Forget}}
            coprowidgets_show_check();
            {{Forget}}
            """));

        Assert.Contains("notice-error", output, StringComparison.Ordinal);
        Assert.Contains("The widget site answers, but does not allow this site (https://www.elsewhere.example) to show its widgets", output, StringComparison.Ordinal);
        Assert.Contains("Ask the widget site's administrator to add https://www.elsewhere.example to the organisation's allowed origins (CoProWidgets:Embed:AllowedOrigins), then check again.", output, StringComparison.Ordinal);
        Assert.Contains("The widget site gives its own address as http://", output, StringComparison.Ordinal);
        Assert.Contains("Check again", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHostThatCannotBeAsked_GetsAWarningNamingTheOriginToList()
    {
        var output = WebUtility.HtmlDecode(await _wordPress.PhpAsync($$"""
            add_filter( 'http_response', static function ( $response ) {
                $manifest = json_decode( $response['body'], true );
                unset( $manifest['embedCheck'] );
                $response['body'] = wp_json_encode( $manifest );
                return $response;
            } );
            {{Forget}}
            coprowidgets_show_check();
            {{Forget}}
            """));

        Assert.Contains("notice-warning", output, StringComparison.Ordinal);
        Assert.Contains($"could not say whether it allows this site ({_wordPress.Origin}) to show its widgets: it runs a version of CoProWidgets that cannot be asked.", output, StringComparison.Ordinal);
        Assert.Contains($"make sure {_wordPress.Origin} is in the organisation's allowed origins", output, StringComparison.Ordinal);
    }

    /// <summary>The notice, with <paramref name="settings"/> in place of the stored settings for the one check.</summary>
    private async Task<string> ShowCheckAsync(string settings) => WebUtility.HtmlDecode(await _wordPress.PhpAsync($"""
        $kept = get_option( 'coprowidgets_settings' );
        update_option( 'coprowidgets_settings', array_merge( $kept, {settings} ) );
        coprowidgets_show_check();
        update_option( 'coprowidgets_settings', $kept );
        """));

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
