namespace CoProWidgets.Surveys;

/// <summary>
/// What the kiosk page (<c>Views/CoProWidgets/Surveys/Kiosk.cshtml</c>) shows: a survey on a shared tablet at an
/// event, with a way to clear the screen, and the timings its script keeps.
/// </summary>
public sealed record KioskPage
{
    /// <summary>The survey file's name, without <c>.md</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The event's name, as staff gave it.</summary>
    public required string EventName { get; init; }

    /// <summary>Where "Finish and clear" and "Start again for the next person" post.</summary>
    public required string ClearUrl { get; init; }

    /// <summary>Whether this is the thank-you step, which starts again on its own.</summary>
    public bool Thanks { get; init; }

    /// <summary>How long the screen waits for someone to do something before it clears itself.</summary>
    public int IdleSeconds { get; init; }

    /// <summary>How long before clearing the warning is shown.</summary>
    public int WarningSeconds { get; init; }

    /// <summary>How long the thank-you step is shown before the screen starts again.</summary>
    public int RestartSeconds { get; init; }

    /// <summary>The kiosk's script: the idle warning and the timers.</summary>
    public required string ScriptUrl { get; init; }

    /// <summary>The kiosk's stylesheet.</summary>
    public required string StylesheetUrl { get; init; }
}
