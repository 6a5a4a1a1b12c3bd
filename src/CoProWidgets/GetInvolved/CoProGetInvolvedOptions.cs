namespace CoProWidgets;

/// <summary>Where the site shows the get-involved sign-up form, for the other widgets' links to it (section <c>CoProWidgets:GetInvolved</c>).</summary>
public sealed class CoProGetInvolvedOptions
{
    /// <summary>
    /// The page where the site placed the get-involved form, which a survey's thank-you step links to ("Sign up to hear
    /// what happens next"): a path on this site as a browser asks for it, such as <c>/get-involved</c>, or a full https
    /// address. It is checked at start-up. The default is <see langword="null"/> (or empty): the library's own sign-up page
    /// (<c>/copro/get-involved</c> under the default route prefix), which shows the form on a plain page.
    /// </summary>
    public string? SignUpPage { get; set; }

    /// <summary>Whether <paramref name="page"/> is a path on this site (not <c>//host</c>) or an absolute https address.</summary>
    internal static bool IsValidPage(string page) =>
        page.Length <= 2000 && !page.Any(char.IsWhiteSpace) && !page.Any(char.IsControl) && !page.Contains('\\', StringComparison.Ordinal)
        && (page.StartsWith('/') && !page.StartsWith("//", StringComparison.Ordinal) && Uri.IsWellFormedUriString(page, UriKind.Relative)
            || Uri.TryCreate(page, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.UserInfo.Length == 0);
}
