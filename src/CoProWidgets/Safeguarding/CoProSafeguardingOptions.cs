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

    /// <summary>
    /// Whether each written answer in which the wording rules find no concern is also read as a whole by a small
    /// language model that runs inside this server (all-MiniLM-L6-v2 under ONNX Runtime, with a classifier trained on
    /// the project's corpora of answers; nothing is sent anywhere). It finds concerns told as stories, which wording
    /// rules miss: on writing that neither had seen, it found about nine in ten where the rules found four. It costs
    /// about 300 MB of memory from the first written answer and about 10 ms of one core per answer. The default is
    /// true; turn it off only where that memory cannot be had, knowing that far fewer concerns will be found.
    /// </summary>
    public bool ReadAnswersWithModel { get; set; } = true;
}
