namespace CoProWidgets;

/// <summary>Who hears about possible safeguarding concerns in written answers (section <c>CoProWidgets:Safeguarding</c>).</summary>
public sealed class CoProSafeguardingOptions
{
    /// <summary>
    /// The address told that there is something in the staff workspace's safeguarding queue to look at (never what
    /// was written, or by whom): your safeguarding lead or a shared mailbox they read. The default is null: nobody is
    /// emailed, and concerns wait in the queue.
    /// </summary>
    public string? NotifyEmail { get; set; }

    /// <summary>
    /// The least time between two such emails, however many answers arrive: an email covers every concern since the
    /// last. From a minute to a day; the default is an hour.
    /// </summary>
    public TimeSpan NotifyAtMostEvery { get; set; } = TimeSpan.FromHours(1);
}
