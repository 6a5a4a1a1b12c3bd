using System.Collections.Concurrent;
using System.Net;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.BrowserTests;

/// <summary>
/// Another organisation's site on a second loopback origin, serving static pages that embed the widgets with the
/// snippet, and the sample site (the widget host) that lists that origin in CoProWidgets:Embed:AllowedOrigins. The
/// same static site reached as <c>localhost</c> instead of <c>127.0.0.1</c> is a third origin, which is not listed.
/// </summary>
public sealed class EmbedSite : IAsyncLifetime
{
    private WebApplication? _host;

    /// <summary>The widget host: the sample site on a real port, and Chromium.</summary>
    public BrowserSite Widgets { get; } = new();

    /// <summary>The static pages, by path: their HTML, and the Content-Security-Policy each is served with.</summary>
    public ConcurrentDictionary<string, (string Html, string Policy)> Pages { get; } = new(StringComparer.Ordinal);

    /// <summary>The other site's own stylesheets, by path, which its pages link as <c>site.css</c>.</summary>
    public ConcurrentDictionary<string, string> Stylesheets { get; } = new(StringComparer.Ordinal);

    /// <summary>The other site's listed origin, such as <c>http://127.0.0.1:41234</c>.</summary>
    public string ListedOrigin { get; private set; } = string.Empty;

    /// <summary>The same site under an origin that is not listed, such as <c>http://localhost:41234</c>.</summary>
    public string UnlistedOrigin { get; private set; } = string.Empty;

    /// <summary>The widget host's origin, such as <c>http://127.0.0.1:40000</c>.</summary>
    public string WidgetOrigin => Widgets.BaseAddress.GetLeftPart(UriPartial.Authority);

    /// <summary>A strict policy as council and NHS sites send: scripts, styles, requests and frames from the widget host only.</summary>
    public string StrictPolicy =>
        $"default-src 'none'; script-src {WidgetOrigin}; style-src 'self' {WidgetOrigin}; connect-src {WidgetOrigin}; " +
        $"frame-src {WidgetOrigin}; img-src 'self' {WidgetOrigin}; base-uri 'none'; object-src 'none'; require-trusted-types-for 'script'; trusted-types copro";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _host = builder.Build();
        _host.MapGet("/embed-demo.css", () => Results.File(Path.Combine(Repository.Sample, "EmbedDemo", "embed-demo.css"), "text/css"));
        _host.MapGet("/{page}", (string page, HttpContext context) =>
        {
            if (Stylesheets.TryGetValue(page, out var css))
            {
                return Results.Text(css, "text/css");
            }

            if (!Pages.TryGetValue(page, out var found))
            {
                return Results.NotFound();
            }

            context.Response.Headers.ContentSecurityPolicy = found.Policy;
            return Results.Content(found.Html, "text/html; charset=utf-8");
        });
        await _host.StartAsync();
        var port = new Uri(_host.Urls.First()).Port;
        ListedOrigin = $"http://127.0.0.1:{port}";
        UnlistedOrigin = $"http://localhost:{port}";

        Widgets.Site.Settings["CoProWidgets:Embed:AllowedOrigins:0"] = ListedOrigin;
        // A widget kind only the tests have, to show the script takes new kinds from the host's manifest.
        Widgets.Site.ConfigureServices = services => services.AddWidget<ThrowawayWidget>();
        await Widgets.InitializeAsync();
    }

    /// <summary>The sample's own demo page, pointed at this widget host, served with the strict policy.</summary>
    public string AddDemoPage()
    {
        var html = File.ReadAllText(Path.Combine(Repository.Sample, "EmbedDemo", "embed-demo.html"))
            .Replace("https://widget-host.example", WidgetOrigin, StringComparison.Ordinal);
        Pages["embed-demo.html"] = (html, StrictPolicy);
        return "embed-demo.html";
    }

    /// <summary>A page of the other site with the snippet: the script, then <paramref name="body"/>.</summary>
    public string AddPage(string name, string body, string? policy = null, string stylesheet = "embed-demo.css")
    {
        Pages[name] = ($"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <title>Another site</title>
            <link rel="stylesheet" href="{stylesheet}">
            <script src="{WidgetOrigin}/_content/CoProWidgets/copro.js" async></script>
            </head>
            <body>
            <main>
            <h1>Another site</h1>
            {body}
            </main>
            </body>
            </html>
            """, policy ?? StrictPolicy);
        return name;
    }

    public async Task DisposeAsync()
    {
        await Widgets.DisposeAsync();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
