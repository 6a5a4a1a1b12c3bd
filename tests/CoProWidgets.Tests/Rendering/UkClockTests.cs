using CoProWidgets.Rendering;

namespace CoProWidgets.Tests.Rendering;

public sealed class UkClockTests
{
    [Fact]
    public void Today_JustAfterMidnightInSummer_IsAlreadyTheNextDayInTheUk()
    {
        var clock = new UkClock(new At(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero)));

        Assert.Equal(new DateOnly(2026, 7, 1), clock.Today);
        Assert.Equal(new DateTime(2026, 7, 1, 0, 30, 0), clock.Now);
    }

    [Fact]
    public void Today_InWinter_IsTheUtcDay()
    {
        var clock = new UkClock(new At(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero)));

        Assert.Equal(new DateOnly(2026, 12, 31), clock.Today);
    }

    [Fact]
    public void Midnight_CarriesTheUkOffsetOfThatDay()
    {
        Assert.Equal(TimeSpan.FromHours(1), UkClock.Midnight(new DateOnly(2026, 7, 1)).Offset);
        Assert.Equal(TimeSpan.Zero, UkClock.Midnight(new DateOnly(2026, 12, 1)).Offset);
    }

    [Fact]
    public void Iso_GivesTheUkDayOfAStoredTime()
    {
        Assert.Equal("2026-07-01", UkDate.Iso(new DateTime(2026, 6, 30, 23, 30, 0, DateTimeKind.Utc)));
    }

    private sealed class At(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
