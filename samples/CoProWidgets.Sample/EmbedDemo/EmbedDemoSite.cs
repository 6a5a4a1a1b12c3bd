using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace CoProWidgets.Sample;

/// <summary>
/// Serves <c>embed-demo.html</c> on the sample's second address in Development, as another organisation's plain HTML
/// site: under a strict Content-Security-Policy, with the widget host placeholder replaced by the sample site's address.
/// </summary>
internal static class EmbedDemoSite
{
    /// <summary>The address <c>embed-demo.html</c> writes where a real site would write its widget host's.</summary>
    public const string Placeholder = "https://widget-host.example";

    public static void Map(WebApplication app, SampleAddresses addresses)
    {
        if (addresses.EmbedDemo is not { } demo)
        {
            return;
        }

        var folder = Path.Combine(app.Environment.ContentRootPath, "EmbedDemo");
        app.MapWhen(context => context.Connection.LocalPort == demo.Port, branch =>
        {
            branch.Use(async (context, next) =>
            {
                // The widget host under the name this page was asked for (localhost or 127.0.0.1), on the site's port.
                var widgetHost = $"{addresses.Site.Scheme}://{context.Request.Host.Host}:{addresses.Site.Port}";
                context.Response.Headers.ContentSecurityPolicy =
                    $"default-src 'none'; script-src {widgetHost}; style-src 'self' {widgetHost}; connect-src {widgetHost}; " +
                    $"frame-src {widgetHost}; img-src 'self' {widgetHost}; base-uri 'none'; object-src 'none'";
                if (context.Request.Path == "/" || context.Request.Path == "/embed-demo.html")
                {
                    var html = await File.ReadAllTextAsync(Path.Combine(folder, "embed-demo.html"), context.RequestAborted);
                    context.Response.ContentType = "text/html; charset=utf-8";
                    context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
                    await context.Response.WriteAsync(html.Replace(Placeholder, widgetHost, StringComparison.Ordinal), context.RequestAborted);
                    return;
                }

                await next(context);
            });
            branch.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder) });
        });
    }
}
