using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoProWidgets.Http;

/// <summary>
/// Links to the library's own endpoints, made from their route names by <see cref="LinkGenerator"/>, never by adding
/// paths to the route prefix: a host that maps the library inside its own group or path base gets working links.
/// </summary>
internal sealed class SiteLinks(LinkGenerator links)
{
    /// <summary>The path (with the request's path base) of the named route, for links on a page.</summary>
    public string Path(HttpContext context, string routeName, object? values = null) =>
        links.GetPathByName(context, routeName, values) ?? throw NotMapped(routeName);

    /// <summary>
    /// The absolute address of the named route on <paramref name="site"/> (which holds any path base), for links that
    /// leave the site: emails and the Atom feed. Works outside a request, in background services.
    /// </summary>
    public Uri Absolute(Uri site, string routeName, object? values = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        var path = links.GetPathByName(routeName, values) ?? throw NotMapped(routeName);
        return new Uri(site, path.TrimStart('/'));
    }

    private static InvalidOperationException NotMapped(string routeName) =>
        new($"No endpoint is named '{routeName}': call app.MapCoProWidgets() when the site starts, so the widgets' links have somewhere to go.");
}
