using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Email;

/// <summary>
/// Deletes messages sent (or finally failed) longer ago than <see cref="CoProEmailOptions.KeepSentFor"/>, with their
/// pickup files. Each batch is one conditional delete, so several servers sharing a database can run it at once.
/// </summary>
internal sealed class OutboxRetention(CoProDbContextFactory contexts, Outbox outbox, TimeProvider time, IOptions<CoProWidgetsOptions> options)
{
    private const int BatchSize = 500;

    /// <summary>Deletes what is past its keeping time; returns how many messages.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - options.Value.Email.KeepSentFor;
        var total = 0;
        while (true)
        {
            List<Guid> ids;
            await using (var db = contexts.Create())
            {
                ids = await db.Outbox
                    .Where(m => (m.SentAt != null && m.SentAt < cutoff) || (m.FailedAt != null && m.FailedAt < cutoff))
                    .OrderBy(m => m.Id)
                    .Select(m => m.Id)
                    .Take(BatchSize)
                    .ToListAsync(cancellationToken);
                if (ids.Count == 0)
                {
                    return total;
                }

                await db.Outbox.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
            }

            await outbox.ForgetAsync(ids, cancellationToken);
            total += ids.Count;
        }
    }
}
