using System.Collections.Frozen;
using CoProWidgets.Content;
using CoProWidgets.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Embed;

/// <summary>The other sites allowed to show the widgets, as configured, and the widget host's own origin.</summary>
internal sealed class EmbedOrigins(IOptions<CoProWidgetsOptions> options, IHostEnvironment environment)
{
    private readonly FrozenSet<string> _allowed = options.Value.Embed.AllowedOrigins
        .Select(Normalize)
        .OfType<string>()
        .ToFrozenSet(StringComparer.Ordinal);

    private readonly string? _configured = options.Value.SiteUrl is { } site ? Normalize(site.GetLeftPart(UriPartial.Authority)) : null;

    /// <summary>The refused origins already logged at Warning (a bounded number), so a flood is logged once.</summary>
    public BoundedSet Refused { get; } = new(100);

    /// <summary>Whether <paramref name="origin"/> (normalized) is one of the configured sites. The site's own origin is allowed too, by the caller, which knows it.</summary>
    public bool IsListed(string origin) => _allowed.Contains(origin);

    /// <summary>Whether <paramref name="origin"/> (normalized) may show the widgets: it is listed, or it is this site.</summary>
    public bool Allows(HttpRequest request, string origin) => origin == Self(request) || IsListed(origin);

    /// <summary>
    /// The widget host's own origin: that of <see cref="CoProWidgetsOptions.SiteUrl"/>, never the request's Host header,
    /// which anyone can forge (so no form token or frame policy is ever made for a forged Host). Only in Development,
    /// where test hosts and a developer's machine listen on addresses of their own, is it the request's own address.
    /// </summary>
    public string Self(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return environment.IsDevelopment() || _configured is null
            ? Normalize($"{request.Scheme}://{request.Host}") ?? string.Empty
            : _configured;
    }

    /// <summary>
    /// An origin as browsers send it in the Origin header (lower-case scheme and host, no default port, no path), or
    /// null when the text is not an http or https origin. "null", wildcards, paths and user names are refused.
    /// </summary>
    public static string? Normalize(string? origin)
    {
        if (string.IsNullOrWhiteSpace(origin) || origin.Length > 300
            || !Uri.TryCreate(origin.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0
            || uri.AbsolutePath != "/" || origin.TrimEnd('/').EndsWith('/')
            || uri.Host.Contains('*', StringComparison.Ordinal))
        {
            return null;
        }

        return uri.GetLeftPart(UriPartial.Authority);
    }
}
