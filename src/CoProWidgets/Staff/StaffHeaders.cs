using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace CoProWidgets.Staff;

/// <summary>
/// The headers of every staff response: never cached or indexed, never framed, no address sent to other sites, and
/// with the library's own layout a policy that lets the page load nothing but this site's stylesheet and images. An
/// endpoint marked with this is given them by an endpoint filter and, for the 401, 403 and redirects the host's
/// authorization answers before any endpoint runs, as the response starts (<see cref="StartupFilter"/>).
/// </summary>
/// <param name="OwnLayout">Whether the pages use the library's own staff layout (no script), so the strict policy fits.</param>
internal sealed record StaffHeaders(bool OwnLayout)
{
    /// <summary>Nothing runs: no script, no inline style; forms post only here; images may come from content links.</summary>
    public const string StrictPolicy = "default-src 'none'; style-src 'self'; img-src 'self' https: data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>With a host's layout, whose scripts the library cannot know: only that no other site may frame the page.</summary>
    public const string FramePolicy = "frame-ancestors 'none'";

    public void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers;
        headers.CacheControl = "no-store";
        headers["X-Robots-Tag"] = "noindex";
        headers.ContentSecurityPolicy = OwnLayout ? StrictPolicy : FramePolicy;
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
    }

    /// <summary>Gives a marked endpoint's response the headers as it starts, whoever writes it (the authorization middleware too).</summary>
    internal sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(static (context, following) =>
            {
                context.Response.OnStarting(static state =>
                {
                    var http = (HttpContext)state;
                    http.GetEndpoint()?.Metadata.GetMetadata<StaffHeaders>()?.Apply(http.Response);
                    return Task.CompletedTask;
                }, context);
                return following(context);
            });
            next(app);
        };
    }
}
