namespace CoProWidgets.Content;

/// <summary>The links an editor may put in front matter: a page on the site, or an https address.</summary>
internal static class SafeLink
{
    public static bool IsSafe(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal))
        || (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme == Uri.UriSchemeHttps);
}
