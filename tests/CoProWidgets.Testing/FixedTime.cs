using System.Globalization;

namespace CoProWidgets.Testing;

/// <summary>A clock stopped at one moment (UTC), or moved on by the test, for dates such as a survey's opening and closing.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public static FixedTime At(string utc) => new(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture));

    public override DateTimeOffset GetUtcNow() => Now;
}
