namespace CoProWidgets;

/// <summary>
/// How a survey kiosk (a survey on a shared tablet at an event, opened from a link staff make) clears itself for the
/// next person (section <c>CoProWidgets:Kiosk</c>). Without JavaScript there are no timers: the page offers "Finish
/// and clear" instead.
/// </summary>
public sealed class CoProKioskOptions
{
    /// <summary>How long before clearing the screen a warning offers more time: at least the 20 seconds WCAG 2.2 asks for.</summary>
    internal static readonly TimeSpan Warning = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the screen waits, with nobody touching it, before it clears the answers on it, from 1 to 30 minutes.
    /// A warning comes 30 seconds before, and one press gives the whole time again. The default is 2 minutes.
    /// </summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long the thank-you message stays before the screen starts again for the next person, from 5 seconds to 5
    /// minutes. The default is 20 seconds.
    /// </summary>
    public TimeSpan RestartAfterThanks { get; set; } = TimeSpan.FromSeconds(20);

    internal IEnumerable<string> Problems(string section)
    {
        if (IdleTimeout < TimeSpan.FromMinutes(1) || IdleTimeout > TimeSpan.FromMinutes(30))
        {
            yield return $"{section}:Kiosk:IdleTimeout is {IdleTimeout}. It must be from a minute to 30 minutes, for example '00:02:00' (the default).";
        }

        if (RestartAfterThanks < TimeSpan.FromSeconds(5) || RestartAfterThanks > TimeSpan.FromMinutes(5))
        {
            yield return $"{section}:Kiosk:RestartAfterThanks is {RestartAfterThanks}. It must be from 5 seconds to 5 minutes, for example '00:00:20' (the default).";
        }
    }
}
