using Microsoft.AspNetCore.Http;

namespace CoProWidgets.Http;

/// <summary>The site's public address, for links that leave the page: in emails and in the Atom feed.</summary>
internal static class SiteAddress
{
    /// <summary>
    /// The configured <see cref="CoProWidgetsOptions.SiteUrl"/>, else the address of this request. The fallback is
    /// reached only in Development: elsewhere <c>MapCoProWidgets</c> refuses to start without SiteUrl.
    /// </summary>
    public static Uri Of(HttpRequest request, CoProWidgetsOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        return options.SiteUrl ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
    }
}
