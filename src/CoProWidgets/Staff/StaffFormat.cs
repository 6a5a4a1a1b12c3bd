using System.Globalization;
using CoProWidgets.Localisation;
using CoProWidgets.Rendering;

namespace CoProWidgets.Staff;

/// <summary>
/// Dates, times and counts on staff pages in the request's culture (<see cref="ShownCulture"/>, which the visitors'
/// pages use too), so month names and digit grouping follow the language the page is read in; a host that sets no
/// culture reads them as a UK site writes them.
/// </summary>
internal static class StaffFormat
{
    /// <summary>The culture staff pages format in: the current one, or British English for the invariant culture.</summary>
    public static CultureInfo Culture => ShownCulture.Current;

    /// <summary>A day, such as "3 December 2026".</summary>
    public static string Date(DateOnly date) => ShownCulture.LongDate(date);

    /// <summary>A stored UTC time on the UK clock, such as "3 December 2026, 14:05".</summary>
    public static string Time(DateTime utc) => UkClock.InUk(utc).ToString("d MMMM yyyy, HH:mm", Culture);

    /// <summary>A count with its thousands grouped, such as "1,204".</summary>
    public static string Number(long count) => ShownCulture.Number(count);
}
