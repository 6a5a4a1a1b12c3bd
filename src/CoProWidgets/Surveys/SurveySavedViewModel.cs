namespace CoProWidgets.Surveys;

/// <summary>
/// What the survey widget's view shows about saved answers: the link after saving (with the form to email it), a
/// welcome back after opening it, or that a link no longer works.
/// </summary>
public sealed class SurveySavedViewModel
{
    /// <summary>The link that brings the answers back, to copy; null when the link did not work.</summary>
    public string? Link { get; init; }

    /// <summary>The token in the link, for the form that emails it.</summary>
    public string? Token { get; init; }

    /// <summary>The day the saved answers are deleted, in words ("14 December 2026").</summary>
    public string? Until { get; init; }

    /// <summary>The address the link was just emailed to (shown once, never stored), or null.</summary>
    public string? EmailedTo { get; init; }

    /// <summary>What was typed in the email field, shown again with its error.</summary>
    public string? Email { get; init; }

    /// <summary>Whether the answers shown were just brought back by the link.</summary>
    public bool Resumed { get; init; }

    /// <summary>Where to start the survey again, when a link did not work.</summary>
    public string? StartAgainUrl { get; init; }
}
