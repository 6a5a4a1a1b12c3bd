using System.Globalization;

namespace CoProWidgets.Localisation;

/// <summary>
/// The culture numbers, percentages and dates are written in: the request's (<see cref="CultureInfo.CurrentCulture"/>),
/// so month names and separators follow the language shown; British English where no culture is set, as
/// <see cref="LanguageTag"/> reads the invariant culture.
/// </summary>
internal static class ShownCulture
{
    private static readonly CultureInfo s_default = CultureInfo.GetCultureInfo(LanguageTag.Default);

    /// <summary>The culture to format in.</summary>
    public static CultureInfo Current => CultureInfo.CurrentCulture.Name.Length == 0 ? s_default : CultureInfo.CurrentCulture;

    /// <summary>A count with the culture's digit grouping, such as "1,234".</summary>
    public static string Number(long value) => value.ToString("N0", Current);

    /// <summary>A count without grouping, such as "1234", where figures in running words were always written so.</summary>
    public static string Plain(long value) => value.ToString("D", Current);

    /// <summary>A whole percentage, such as "45%", with the culture's percent sign and its place.</summary>
    public static string Percent(long wholePercent) => (wholePercent / 100m).ToString("P0", Current);

    /// <summary>A date as the culture writes it in full, such as "3 December 2026" or "3 grudnia 2026".</summary>
    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", Current);

    /// <summary>The day of a time already on the UK clock, in full.</summary>
    public static string LongDate(DateTime ukTime) => ukTime.ToString("d MMMM yyyy", Current);
}
