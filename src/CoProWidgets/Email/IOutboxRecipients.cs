using CoProWidgets.Storage;

namespace CoProWidgets.Email;

/// <summary>
/// Whether a message may still go to its recipient, asked just before each send (a first try or a staff retry), since
/// the person may have unsubscribed or been erased since it was queued. A feature that queues email answers for its
/// own messages.
/// </summary>
internal interface IOutboxRecipients
{
    Task<OutboxRecipient> CheckAsync(CoProDbContext db, OutboxMessage message, CancellationToken cancellationToken);
}

/// <summary>What may become of a message about to be sent.</summary>
internal enum OutboxRecipient
{
    /// <summary>Send it.</summary>
    May,

    /// <summary>Do not send it: they asked to stop. It is kept, marked failed with the reason.</summary>
    Stopped,

    /// <summary>Do not send it, and delete it: nothing is held about them any more.</summary>
    Gone,
}
