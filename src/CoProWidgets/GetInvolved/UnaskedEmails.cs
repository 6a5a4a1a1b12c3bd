using CoProWidgets.Email;
using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// The emails anyone can cause by typing an address into a public form (a confirmation, an "already signed up", a new
/// preferences link): for one address they are decided one at a time, no more than
/// <see cref="CoProEmailOptions.MaxPerAddressPerDay"/> in 24 hours, and the sign-up journey and the new-link form
/// share the count.
/// </summary>
internal sealed class UnaskedEmails(CoProDbContextFactory contexts, Outbox outbox, TimeProvider time, IOptions<CoProWidgetsOptions> options)
{
    /// <summary>A second email of the same kind to one address within this window is not sent: a double click sends one.</summary>
    public static readonly TimeSpan ResendWindow = TimeSpan.FromMinutes(15);

    /// <summary>The window <see cref="CoProEmailOptions.MaxPerAddressPerDay"/> counts in.</summary>
    public static readonly TimeSpan CapWindow = TimeSpan.FromHours(24);

    /// <summary>The emails that count towards the cap.</summary>
    public static readonly IReadOnlyList<string> Kinds = [SignUpEmails.ConfirmKind, SignUpEmails.AlreadySignedUpKind, SignUpEmails.NewLinkKind];

    /// <summary>How many times a caller looks again when the sign-up changed under it, before it gives up.</summary>
    public const int MaxRaces = 5;

    /// <summary>What <see cref="ForAddressAsync"/> did.</summary>
    public enum Outcome
    {
        /// <summary>The email was queued.</summary>
        Queued,

        /// <summary>Nothing was sent; any change was saved.</summary>
        Nothing,

        /// <summary>The sign-up changed meanwhile: nothing was done, and the caller starts again.</summary>
        Changed,
    }

    /// <summary>How many of these emails one address may be sent in <see cref="CapWindow"/>.</summary>
    public int MaxPerDay => options.Value.Email.MaxPerAddressPerDay;

    /// <summary>The sign-up for a normalized address, read only, or null.</summary>
    public async Task<SignUp?> FindAsync(string email, CancellationToken cancellationToken)
    {
        var key = EmailAddresses.KeyOf(email);
        await using var db = contexts.Create();
        return await db.SignUps.AsNoTracking().SingleOrDefaultAsync(s => s.EmailKey == key, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="decide"/> for one address in a transaction that holds that sign-up's row (or, for a new
    /// address, its unique key), so two posts for one address are handled one after the other and the count of
    /// recent emails it is given is exact. If the sign-up is no longer as <paramref name="seen"/> (its links were made
    /// from that), nothing is done and the caller starts again. <paramref name="decide"/> returns the email to queue,
    /// if any; everything is saved at once.
    /// </summary>
    public async Task<Outcome> ForAddressAsync(string email, SignUp? seen, Func<CoProDbContext, SignUp?, IReadOnlyList<(string Kind, DateTime At)>, DateTime, EmailMessage?> decide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decide);
        var key = EmailAddresses.KeyOf(email);
        await using var db = contexts.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // An update that changes nothing takes the row's write lock first (on SQLite, the database's), before anything
        // is read.
        var found = await db.SignUps.Where(s => s.EmailKey == key).ExecuteUpdateAsync(set => set.SetProperty(s => s.EmailKey, s => s.EmailKey), cancellationToken);
        var existing = found == 0 ? null : await db.SignUps.SingleAsync(s => s.EmailKey == key, cancellationToken);
        if (existing?.Id != seen?.Id || existing?.Status != seen?.Status || existing?.ManageNonce != seen?.ManageNonce)
        {
            return Outcome.Changed;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var recipient = existing?.Email ?? email;
        var since = now - CapWindow;
        var recent = (await db.Outbox
                .Where(m => m.Recipient == recipient && Kinds.Contains(m.Kind) && m.CreatedAt > since)
                .Select(m => new { m.Kind, m.CreatedAt })
                .ToListAsync(cancellationToken))
            .Select(m => (Kind: m.Kind, At: m.CreatedAt))
            .ToList();
        var message = decide(db, existing, recent, now);
        if (message is not null)
        {
            outbox.Add(db, message);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another post for a new address saved its row first: look again, and find it.
            return Outcome.Changed;
        }

        if (message is null)
        {
            return Outcome.Nothing;
        }

        outbox.Notify();
        return Outcome.Queued;
    }
}
