namespace CoProWidgets.Outcomes;

/// <summary>
/// The record of an outcome reaching a status: written once, by whichever server sees it first, in the same transaction
/// as the emails it queues, so each change is announced exactly once however many servers run and however often they
/// restart. It holds no personal data: who was emailed is in the outbox, which erasing a sign-up clears.
/// </summary>
internal sealed class OutcomeChange
{
    public const int MaxStatusLength = 20;

    public string Outcome { get; set; } = string.Empty;

    /// <summary>The status reached: listening, planned, in-progress or done.</summary>
    public string Status { get; set; } = string.Empty;

    /// <summary>When a server first saw the outcome with this status.</summary>
    public DateTime SeenAt { get; set; }

    /// <summary>Whether the outcome asked for the change to be emailed (<c>notify</c>, yes by default).</summary>
    public bool Announced { get; set; }

    /// <summary>How many people the change was emailed to.</summary>
    public int Recipients { get; set; }
}
