using System.Globalization;

namespace CoProWidgets.Rendering;

/// <summary>A date as UK readers write it, "3 December 2026": in every widget, email and staff page alike.</summary>
internal static class UkDate
{
    private static readonly CultureInfo s_uk = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The date, such as "3 December 2026".</summary>
    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", s_uk);

    /// <summary>The date if there is one, such as "3 December 2026"; otherwise null.</summary>
    public static string? Long(DateOnly? date) => date is { } day ? Long(day) : null;

    /// <summary>The day of a time already on the UK clock (see <see cref="UkClock"/>), such as "3 December 2026".</summary>
    public static string Long(DateTime ukTime) => ukTime.ToString("d MMMM yyyy", s_uk);

    /// <summary>
    /// The UK day of a stored UTC time as exports give it (<c>yyyy-MM-dd</c>): no time of day, which alongside a
    /// channel or a small group could point to the person who answered.
    /// </summary>
    public static string Iso(DateTime utc) => UkClock.DayOf(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
