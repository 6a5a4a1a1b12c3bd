using CoProWidgets.Rendering;

namespace CoProWidgets.Content;

/// <summary>The links an editor may put in front matter: a page on the site, or an https address.</summary>
internal static class SafeLink
{
    public static bool IsSafe(string url) =>
        FormRedirect.LocalUrl(url) is not null
        || (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme == Uri.UriSchemeHttps);
}
