using System.Globalization;
using CoProWidgets.Rendering;

namespace CoProWidgets.Staff;

/// <summary>
/// A stored UTC time as the people, quotes, outcomes, safeguarding and audit pages write it: on the UK clock, with the
/// month named in the language the page is shown in (in English the same "3 December 2026, 14:05" as ever).
/// </summary>
internal static class StaffTime
{
    public static string Of(DateTime utc) => UkClock.InUk(utc).ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture);
}
