namespace CoProWidgets.Content;

/// <summary>The links an editor may put in front matter, and the addresses a form may return to.</summary>
internal static class SafeLink
{
    private const int MaxUrlLength = 2000;

    /// <summary>A page on the site, or an https address.</summary>
    public static bool IsSafe(string url) =>
        LocalUrl(url) is not null
        || (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme == Uri.UriSchemeHttps);

    /// <summary>A path on this site, or null for anything else (another site's address would be an open redirect).</summary>
    public static string? LocalUrl(string? url) =>
        url is { Length: > 0 and <= MaxUrlLength }
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl)
            ? url
            : null;
}
