namespace CoProWidgets.Rendering;

/// <summary>Where a form's plain POST may send the browser afterwards: back to a page on this site only.</summary>
internal static class FormRedirect
{
    private const int MaxUrlLength = 2000;

    /// <summary>A path on this site, or null for anything else (another site's address would be an open redirect).</summary>
    public static string? LocalUrl(string? url) =>
        url is { Length: > 0 and <= MaxUrlLength }
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl)
            ? url
            : null;

    /// <summary>Whether a posted value is a widget id as <see cref="WidgetIds"/> makes them, fit for a URL fragment.</summary>
    public static bool IsWidgetId(string? id) =>
        id is { Length: > 6 and <= 12 } && id.StartsWith("copro-", StringComparison.Ordinal) && !id.AsSpan(6).ContainsAnyExceptInRange('0', '9');
}
