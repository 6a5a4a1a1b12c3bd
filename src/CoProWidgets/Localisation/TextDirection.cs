using System.Collections.Frozen;
using System.Globalization;

namespace CoProWidgets.Localisation;

/// <summary>
/// Which way a language is written, decided from its language code alone: never guessed from the text, whose first
/// word may be a name, a number or a quoted English phrase.
/// </summary>
internal static class TextDirection
{
    /// <summary>
    /// The languages written right to left (ISO 639 codes), checked by <c>TextDirectionTests</c>: Arabic, Urdu,
    /// Persian, Pashto, Hebrew, Sindhi, Kurdish (Sorani), Uyghur, Yiddish, Dhivehi, Syriac, N'Ko, and Punjabi and
    /// Kashmiri when written in the Arabic script (Shahmukhi) as their region or script says.
    /// </summary>
    public static readonly FrozenSet<string> RightToLeftLanguages = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "ar", "ur", "fa", "prs", "ps", "he", "iw", "sd", "ckb", "ug", "yi", "dv", "syr", "nqo", "ks");

    private static readonly FrozenSet<string> s_rightToLeftScripts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg");

    /// <summary>"rtl" or "ltr" for a language tag such as <c>ur</c>, <c>ur-PK</c>, <c>pa-Arab</c> or <c>en-GB</c>.</summary>
    public static string Of(string languageTag)
    {
        ArgumentNullException.ThrowIfNull(languageTag);
        var parts = languageTag.Split('-', '_');
        if (RightToLeftLanguages.Contains(parts[0]))
        {
            // Uyghur and Kashmiri are also written in other scripts; a script subtag says which.
            return parts.Skip(1).Any(part => part.Length == 4 && !s_rightToLeftScripts.Contains(part)) ? "ltr" : "rtl";
        }

        return parts.Skip(1).Any(part => part.Length == 4 && s_rightToLeftScripts.Contains(part)) ? "rtl" : "ltr";
    }

    /// <summary>"rtl" or "ltr" for a culture.</summary>
    public static string Of(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Of(LanguageTag.Of(culture));
    }
}
