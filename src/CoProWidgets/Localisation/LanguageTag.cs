using System.Globalization;

namespace CoProWidgets.Localisation;

/// <summary>The language tag written in <c>lang</c> attributes for a culture: British English where none is set.</summary>
internal static class LanguageTag
{
    /// <summary>The library's own language, and what the invariant culture stands for.</summary>
    public const string Default = "en-GB";

    /// <summary>The tag for <paramref name="culture"/>, such as <c>cy</c>, <c>ur-PK</c> or <c>en-GB</c>.</summary>
    public static string Of(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return string.IsNullOrEmpty(culture.Name) ? Default : culture.Name;
    }

    /// <summary>The tag for the culture the current request is shown in (<see cref="CultureInfo.CurrentUICulture"/>).</summary>
    public static string Current => Of(CultureInfo.CurrentUICulture);

    /// <summary>Whether two tags name the same language, whatever their regions: <c>cy</c> and <c>cy-GB</c> do.</summary>
    public static bool SameLanguage(string left, string right) =>
        string.Equals(left.Split('-')[0], right.Split('-')[0], StringComparison.OrdinalIgnoreCase);
}
