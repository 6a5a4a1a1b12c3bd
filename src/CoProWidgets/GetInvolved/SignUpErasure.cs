using CoProWidgets.Email;
using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// What is held about a person, found for staff answering a request to see it (subject access) or to erase it, and
/// erased: the sign-up and every email held for its address, sent or not, with their pickup files. Pending sign-ups
/// whose link expired go the same way.
/// </summary>
internal sealed class SignUpErasure(CoProDbContextFactory contexts, Outbox outbox, TimeProvider time)
{
    /// <summary>The sign-up for an email address however it is typed, or null.</summary>
    public async Task<SignUp?> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var key = EmailAddresses.KeyOf(EmailAddresses.Normalize(email));
        await using var db = contexts.Create();
        return await db.SignUps.AsNoTracking().FirstOrDefaultAsync(s => s.EmailKey == key, cancellationToken);
    }

    /// <summary>The sign-up with this id, or null.</summary>
    public async Task<SignUp?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await db.SignUps.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    /// <summary>
    /// Deletes the sign-up and every email held for its address, sent or not, with their pickup files; old links stop
    /// working. On SQLite the deleted rows are overwritten, not left in the file. <paramref name="alongside"/> adds to
    /// the same transaction (the audit record of staff answering a request to erase). Returns false when it was
    /// erased already.
    /// </summary>
    public async Task<bool> EraseAsync(SignUp signUp, Action<CoProDbContext>? alongside, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        List<Guid> messages;
        await using (var db = contexts.Create())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            messages = await DeleteMessagesToAsync(db, signUp.Email, cancellationToken);
            if (await db.SignUps.Where(s => s.Id == signUp.Id).ExecuteDeleteAsync(cancellationToken) == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }

            alongside?.Invoke(db);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await outbox.ForgetAsync(messages, CancellationToken.None);
        await contexts.ScrubAsync(CancellationToken.None);
        return true;
    }

    /// <summary>
    /// Deletes pending sign-ups whose confirmation link has expired, with every email held for them and their pickup
    /// files: the confirmation email promises that details are not kept. Each is deleted in its own transaction, and
    /// only if it is still pending and still expired, so a sign-up refreshed meanwhile (or on another server) stays.
    /// </summary>
    public async Task<int> DeleteExpiredPendingAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - SignUpTokens.ConfirmationLifetime;
        List<(Guid Id, string Email)> expired;
        await using (var db = contexts.Create())
        {
            expired = (await db.SignUps.AsNoTracking()
                    .Where(s => s.Status == SignUpStatus.Pending && s.ConsentedAt < cutoff)
                    .OrderBy(s => s.ConsentedAt)
                    .Select(s => new { s.Id, s.Email })
                    .Take(1000)
                    .ToListAsync(cancellationToken))
                .Select(s => (s.Id, s.Email))
                .ToList();
        }

        var deleted = 0;
        foreach (var (id, email) in expired)
        {
            List<Guid> messages;
            await using (var db = contexts.Create())
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                if (await db.SignUps.Where(s => s.Id == id && s.Status == SignUpStatus.Pending && s.ConsentedAt < cutoff).ExecuteDeleteAsync(cancellationToken) == 0)
                {
                    continue;
                }

                messages = await DeleteMessagesToAsync(db, email, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            await outbox.ForgetAsync(messages, cancellationToken);
            deleted++;
        }

        return deleted;
    }

    /// <summary>
    /// Deletes every email held for an address, sent or not, in the caller's transaction; returns their ids, so the
    /// caller can remove their pickup files once the transaction has committed.
    /// </summary>
    private static async Task<List<Guid>> DeleteMessagesToAsync(CoProDbContext db, string email, CancellationToken cancellationToken)
    {
        var ids = await db.Outbox.Where(m => m.Recipient == email).Select(m => m.Id).ToListAsync(cancellationToken);
        await db.Outbox.Where(m => m.Recipient == email).ExecuteDeleteAsync(cancellationToken);
        return ids;
    }
}
