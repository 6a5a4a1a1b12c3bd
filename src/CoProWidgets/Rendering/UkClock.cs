namespace CoProWidgets.Rendering;

/// <summary>
/// What time and day it is in the UK, where every date in a content file is meant, and what a stored UTC time was on
/// the UK clock: the one place that knows the UK's time zone, read from the host's <see cref="TimeProvider"/> so tests
/// (and a host) can set the time.
/// </summary>
internal sealed class UkClock(TimeProvider time)
{
    // Hosts without the IANA zone (a trimmed container) fall back to UTC, an hour out in summer, rather than failing.
    private static readonly TimeZoneInfo s_zone =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The time now, as the UK clock shows it.</summary>
    public DateTime Now => InUk(time.GetUtcNow().UtcDateTime);

    /// <summary>Today's date in the UK.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now);

    /// <summary>A stored UTC time as the UK clock showed it.</summary>
    public static DateTime InUk(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), s_zone);

    /// <summary>The UK date of a stored UTC time.</summary>
    public static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(InUk(utc));

    /// <summary>The moment a UK date begins, with the UK's offset that day.</summary>
    public static DateTimeOffset Midnight(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, s_zone.GetUtcOffset(local));
    }
}
