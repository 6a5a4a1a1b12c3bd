using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Email;

/// <summary>
/// How the outbox stands (what waits, since when, what failed) for the health check and the staff workspace, and
/// putting a failed message back in the queue.
/// </summary>
internal sealed class OutboxState(CoProDbContextFactory contexts, WakeSignal<OutboxSender> signal, TimeProvider time)
{
    /// <summary>Messages waiting, the oldest one's age, and failures for good in the last day and in all.</summary>
    public async Task<OutboxHealth> ReadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var since = now - TimeSpan.FromDays(1);
        await using var db = contexts.Create();
        var waiting = db.Outbox.AsNoTracking().Where(message => message.SentAt == null && message.FailedAt == null);
        var oldest = await waiting.OrderBy(message => message.CreatedAt).Select(message => (DateTime?)message.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        return new OutboxHealth(
            await waiting.CountAsync(cancellationToken),
            oldest,
            oldest is { } created ? now - created : null,
            await db.Outbox.AsNoTracking().CountAsync(message => message.FailedAt != null && message.FailedAt > since, cancellationToken),
            await db.Outbox.AsNoTracking().CountAsync(message => message.FailedAt != null, cancellationToken));
    }

    /// <summary>
    /// Puts a message that failed for good back in the queue with its attempts reset, and wakes the sender.
    /// <paramref name="alongside"/> adds to the same unit of work (the audit record). False when it had not failed
    /// (sent meanwhile, retried already by someone else, or deleted).
    /// </summary>
    public async Task<bool> RetryAsync(Guid id, Action<CoProDbContext>? alongside, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await db.Outbox.Where(message => message.Id == id && message.FailedAt != null && message.SentAt == null)
            .ExecuteUpdateAsync(
                set => set.SetProperty(message => message.FailedAt, (DateTime?)null)
                    .SetProperty(message => message.Attempts, 0)
                    .SetProperty(message => message.NextAttemptAt, now)
                    .SetProperty(message => message.LockedUntil, (DateTime?)null),
                cancellationToken);
        if (changed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        alongside?.Invoke(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        signal.Notify();
        return true;
    }
}

/// <summary>How the outbox stands.</summary>
/// <param name="Waiting">Messages not yet sent and not failed for good.</param>
/// <param name="OldestWaiting">When the oldest of them was queued (UTC), if any.</param>
/// <param name="OldestAge">How long it has waited.</param>
/// <param name="FailedInLastDay">Messages that failed for good in the last 24 hours.</param>
/// <param name="Failed">Messages failed for good and still held.</param>
internal sealed record OutboxHealth(int Waiting, DateTime? OldestWaiting, TimeSpan? OldestAge, int FailedInLastDay, int Failed);
