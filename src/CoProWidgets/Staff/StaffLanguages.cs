using System.Globalization;
using CoProWidgets.Localisation;
using CoProWidgets.Rendering;

namespace CoProWidgets.Staff;

/// <summary>
/// A language as the staff pages show it: named in itself (Cymraeg, اردو), so a page in any language names it the
/// same way the language switcher does, with the direction it is written in for the <c>dir</c> of what was written in it.
/// </summary>
/// <param name="Tag">Its language tag, for <c>lang</c>: <c>cy</c>, <c>ur</c>, <c>en-GB</c>.</param>
/// <param name="Name">Its name in itself.</param>
/// <param name="Direction"><c>ltr</c> or <c>rtl</c>.</param>
/// <param name="IsDefault">Whether it is British English, the library's own language, which responses from before languages were recorded have too.</param>
public sealed record StaffLanguage(string Tag, string Name, string Direction, bool IsDefault);

/// <summary>A language to filter responses by.</summary>
/// <param name="Language">The language.</param>
/// <param name="Selected">Whether the filter asks for it now.</param>
public sealed record StaffLanguageChoice(StaffLanguage Language, bool Selected);

/// <summary>Responses given in one language.</summary>
/// <param name="Language">The language.</param>
/// <param name="Responses">How many.</param>
public sealed record StaffLanguageRow(StaffLanguage Language, int Responses);

/// <summary>The languages responses are recorded in, as the staff pages show and match them.</summary>
internal static class StaffLanguages
{
    /// <summary>A language tag as the staff pages show it; a tag no culture knows is shown as written.</summary>
    public static StaffLanguage Of(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        string name;
        try
        {
            name = LanguageSwitcher.NameOf(tag);
        }
        catch (CultureNotFoundException)
        {
            name = tag;
        }

        return new StaffLanguage(tag, name, TextDirection.Of(tag), string.Equals(tag, LanguageTag.Default, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// How many responses were given in each language that has any: the offered languages in the order the site lists
    /// them, then any a site no longer offers, so the counts always add up to the responses.
    /// </summary>
    public static IReadOnlyList<StaffLanguageRow> Count(IEnumerable<string> recorded, IReadOnlyList<string> offered)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(offered);
        return recorded.GroupBy(tag => OfferedFor(tag, offered) ?? tag, StringComparer.OrdinalIgnoreCase)
            .Select(group => (Tag: group.Key, Index: IndexOf(offered, group.Key), Count: group.Count()))
            .OrderBy(row => row.Index).ThenBy(row => row.Tag, StringComparer.Ordinal)
            .Select(row => new StaffLanguageRow(Of(row.Tag), row.Count))
            .ToList();
    }

    /// <summary>The offered language a response's recorded tag belongs to: itself, or the language it is a region of (<c>cy-GB</c> to <c>cy</c>).</summary>
    public static string? OfferedFor(string recorded, IReadOnlyList<string> offered)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(offered);
        return offered.FirstOrDefault(tag => Matches(recorded, tag));
    }

    /// <summary>Whether a recorded tag is <paramref name="offered"/> or one of its regions; offered tags compared in the form a culture writes them.</summary>
    public static bool Matches(string recorded, string offered) =>
        string.Equals(recorded, offered, StringComparison.OrdinalIgnoreCase)
        || recorded.StartsWith(offered + "-", StringComparison.OrdinalIgnoreCase);

    private static int IndexOf(IReadOnlyList<string> offered, string tag)
    {
        for (var i = 0; i < offered.Count; i++)
        {
            if (string.Equals(offered[i], tag, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return offered.Count;
    }
}
