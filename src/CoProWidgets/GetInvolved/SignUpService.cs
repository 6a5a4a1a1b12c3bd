using System.Text;
using CoProWidgets.Email;
using CoProWidgets.Http;
using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// The double opt-in journey: a sign-up is stored as pending with a confirmation email in the same transaction; only
/// the link in that email confirms it; every later email carries preference and unsubscribe links; erasing removes
/// the sign-up and every email held for the address. Whatever the address's state, <see cref="SubmitAsync"/> does the
/// same visible thing, so the form never reveals who has signed up.
/// </summary>
internal sealed class SignUpService(
    CoProDbContextFactory contexts,
    Outbox outbox,
    SignUpTokens tokens,
    SignUpEmails emails,
    TimeProvider time,
    SiteLinks links,
    IOptions<CoProWidgetsOptions> options)
{
    /// <summary>A second email of the same kind to one address within this window is not sent: a double click sends one.</summary>
    public static readonly TimeSpan ResendWindow = TimeSpan.FromMinutes(15);

    /// <summary>The window <see cref="CoProEmailOptions.MaxPerAddressPerDay"/> counts in.</summary>
    public static readonly TimeSpan CapWindow = TimeSpan.FromHours(24);

    /// <summary>The emails that anyone can cause by typing an address into a public form; they count towards the cap.</summary>
    public static readonly IReadOnlyList<string> UnaskedKinds = [SignUpEmails.ConfirmKind, SignUpEmails.AlreadySignedUpKind, SignUpEmails.NewLinkKind];

    private const string ResubscribeMethod = "preferences page, asked to hear again";
    private const int MaxRaces = 5;

    /// <summary>
    /// Records a sign-up, or refreshes a pending one, and queues the right email. Whatever anyone posts, a confirmed or
    /// unsubscribed person's record is never changed (only their own links change it), an unsubscribed address is
    /// sent nothing, and no address is sent more than <see cref="CoProEmailOptions.MaxPerAddressPerDay"/> of these
    /// emails in 24 hours.
    /// </summary>
    public async Task SubmitAsync(SignUpRequest request, Uri site, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(site);
        var email = NormalizeEmail(request.Email);
        Check(email, request);
        for (var attempt = 0; attempt < MaxRaces; attempt++)
        {
            // Links are signed and emails rendered before the transaction: signing can write a new key to the database.
            var seen = await FindAsync(email, cancellationToken);
            var id = seen?.Id ?? Guid.CreateVersion7();
            var confirmationNonce = SignUpTokens.NewNonce();
            var confirm = seen is null or { Status: SignUpStatus.Pending }
                ? await emails.ConfirmAsync(seen?.Email ?? email, Link(site, GetInvolvedEndpoints.ConfirmRoute, tokens.Create(SignUpLinkPurpose.Confirm, id, confirmationNonce)), cancellationToken)
                : null;
            var already = seen is { Status: SignUpStatus.Confirmed }
                ? await emails.AlreadySignedUpAsync(seen.Email, seen.Name, ManageLink(site, seen), UnsubscribeLink(site, seen), cancellationToken)
                : null;

            var outcome = await ForAddressAsync(email, seen, (db, existing, recent, now) =>
            {
                if (recent.Count >= MaxPerDay)
                {
                    // Over the cap nothing is sent, so nothing changes: a new wish could not be confirmed, and the link
                    // already sent still works.
                    return null;
                }

                if (existing is null)
                {
                    var signUp = new SignUp
                    {
                        Id = id,
                        Email = email,
                        EmailKey = KeyOf(email),
                        CreatedAt = now,
                        ConfirmationNonce = confirmationNonce,
                        ManageNonce = SignUpTokens.NewNonce(),
                    };
                    Apply(signUp, request, now);
                    db.SignUps.Add(signUp);
                    return confirm;
                }

                switch (existing.Status)
                {
                    case SignUpStatus.Pending when Matches(existing, request.Preferences) && recent.Any(sent => sent.Kind == SignUpEmails.ConfirmKind && sent.At > now - ResendWindow):
                        // The same form sent again (a double click): the link just sent still works.
                        return null;
                    case SignUpStatus.Pending:
                        // Nobody has confirmed this address yet, so this post is the wish to confirm; the old link stops working.
                        Apply(existing, request, now);
                        existing.ConfirmationNonce = confirmationNonce;
                        return confirm;
                    case SignUpStatus.Confirmed when !recent.Any(sent => sent.Kind == SignUpEmails.AlreadySignedUpKind && sent.At > now - ResendWindow):
                        // Nothing changes: only the person, through their own links, can change a confirmed sign-up.
                        return already;
                    default:
                        // Unsubscribed: nothing is sent and nothing changes.
                        return null;
                }
            }, cancellationToken);

            if (outcome != Outcome.Changed)
            {
                return;
            }
        }

        throw new InvalidOperationException("The sign-up changed under every try; nothing was recorded.");
    }

    /// <summary>
    /// Sends a confirmed person a new link to their preferences, and makes every older preferences link stop working
    /// (for a link forwarded by mistake, or lost); unsubscribe links in older emails keep working. Nothing happens for an address that is not confirmed,
    /// and the answer is the same, so the form reveals nobody.
    /// </summary>
    public async Task SendNewLinkAsync(string address, Uri site, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(site);
        var email = NormalizeEmail(address);
        if (email.Length is 0 or > SignUp.MaxEmailLength || !IsPlainAddress(email))
        {
            throw new ArgumentException("The address is out of bounds; the form must validate it first.", nameof(address));
        }

        for (var attempt = 0; attempt < MaxRaces; attempt++)
        {
            var seen = await FindAsync(email, cancellationToken);
            if (seen is not { Status: SignUpStatus.Confirmed })
            {
                return;
            }

            var renewed = new SignUp { Id = seen.Id, ManageNonce = SignUpTokens.NewNonce() };
            var message = await emails.NewLinkAsync(seen.Email, seen.Name, ManageLink(site, renewed), UnsubscribeLink(site, renewed), cancellationToken);
            var outcome = await ForAddressAsync(email, seen, (db, existing, recent, now) =>
            {
                if (recent.Count >= MaxPerDay || recent.Any(sent => sent.Kind == SignUpEmails.NewLinkKind && sent.At > now - ResendWindow))
                {
                    return null;
                }

                existing!.ManageNonce = renewed.ManageNonce;
                return message;
            }, cancellationToken);

            if (outcome != Outcome.Changed)
            {
                return;
            }
        }

        throw new InvalidOperationException("The sign-up changed under every try; nothing was recorded.");
    }

    private async Task<SignUp?> FindAsync(string email, CancellationToken cancellationToken)
    {
        var key = KeyOf(email);
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
    private async Task<Outcome> ForAddressAsync(string email, SignUp? seen, Func<CoProDbContext, SignUp?, IReadOnlyList<(string Kind, DateTime At)>, DateTime, EmailMessage?> decide, CancellationToken cancellationToken)
    {
        var key = KeyOf(email);
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

        var now = Now();
        var recipient = existing?.Email ?? email;
        var since = now - CapWindow;
        var recent = (await db.Outbox
                .Where(m => m.Recipient == recipient && UnaskedKinds.Contains(m.Kind) && m.CreatedAt > since)
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

    private int MaxPerDay => options.Value.Email.MaxPerAddressPerDay;

    private enum Outcome
    {
        Queued,
        Nothing,
        Changed,
    }

    private static bool Matches(SignUp signUp, SignUpPreferences wish)
    {
        var probe = new SignUp();
        Apply(probe, wish);
        return probe.Name == signUp.Name && probe.Areas == signUp.Areas && probe.UpdatesByEmail == signUp.UpdatesByEmail
            && probe.UpdatesByPhone == signUp.UpdatesByPhone && probe.UpdatesByPost == signUp.UpdatesByPost
            && probe.Phone == signUp.Phone && probe.PostalAddress == signUp.PostalAddress;
    }

    /// <summary>Follows a confirmation link: it works once, within its lifetime.</summary>
    public async Task<SignUpLinkResult> ConfirmAsync(string? token, Uri site, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (!tokens.TryRead(SignUpLinkPurpose.Confirm, token, out var id, out var nonce))
        {
            return SignUpLinkResult.Invalid;
        }

        await using var db = contexts.Create();
        var signUp = await db.SignUps.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (signUp is null)
        {
            return SignUpLinkResult.Invalid;
        }

        if (signUp.ConfirmationNonce != nonce)
        {
            return signUp.Status == SignUpStatus.Confirmed ? SignUpLinkResult.AlreadyDone : SignUpLinkResult.Invalid;
        }

        // The nonce is replaced in the same save, with the old value as the concurrency check: of two clicks at once,
        // one confirms and the other finds the link used.
        var now = Now();
        db.Entry(signUp).Property(s => s.ConfirmationNonce).OriginalValue = nonce;
        signUp.ConfirmationNonce = SignUpTokens.NewNonce();
        signUp.Status = SignUpStatus.Confirmed;
        signUp.ConfirmedAt = now;
        outbox.Add(db, await emails.WelcomeAsync(signUp.Email, signUp.Name, ManageLink(site, signUp), UnsubscribeLink(site, signUp), cancellationToken));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SignUpLinkResult.AlreadyDone;
        }

        outbox.Notify();
        return SignUpLinkResult.Done;
    }

    /// <summary>Follows an unsubscribe link (or a mail client's one-click POST): stops everything, and can be repeated.</summary>
    public async Task<SignUpLinkResult> UnsubscribeAsync(string? token, CancellationToken cancellationToken = default)
    {
        var signUp = await FindAsync(token, cancellationToken, SignUpLinkPurpose.Unsubscribe, SignUpLinkPurpose.Manage);
        if (signUp is null)
        {
            return SignUpLinkResult.Invalid;
        }

        await using var db = contexts.Create();
        var now = Now();
        var changed = await db.SignUps
            .Where(s => s.Id == signUp.Id && s.Status != SignUpStatus.Unsubscribed)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, SignUpStatus.Unsubscribed).SetProperty(s => s.UnsubscribedAt, now), cancellationToken);
        return changed == 1 ? SignUpLinkResult.Done : SignUpLinkResult.AlreadyDone;
    }

    /// <summary>
    /// An unsubscribed person, through their own preferences link, asks to hear again: the only way back, since the
    /// public form sends an unsubscribed address nothing. Their consent is recorded afresh.
    /// </summary>
    public async Task<SignUpLinkResult> ResubscribeAsync(string? token, string consentVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(consentVersion);
        var signUp = await FindManagedAsync(token, cancellationToken);
        if (signUp is null)
        {
            return SignUpLinkResult.Invalid;
        }

        await using var db = contexts.Create();
        var now = Now();
        var changed = await db.SignUps
            .Where(s => s.Id == signUp.Id && s.ManageNonce == signUp.ManageNonce && s.Status == SignUpStatus.Unsubscribed)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(s => s.Status, SignUpStatus.Confirmed)
                    .SetProperty(s => s.UnsubscribedAt, (DateTime?)null)
                    .SetProperty(s => s.ConsentedAt, now)
                    .SetProperty(s => s.ConsentVersion, consentVersion)
                    .SetProperty(s => s.ConsentMethod, ResubscribeMethod),
                cancellationToken);
        return changed == 1 ? SignUpLinkResult.Done : SignUpLinkResult.AlreadyDone;
    }

    /// <summary>
    /// Deletes the sign-up and every email held for its address, sent or not, with their pickup files; old links stop
    /// working. On SQLite the deleted rows are overwritten, not left in the file.
    /// </summary>
    public async Task<SignUpLinkResult> EraseAsync(string? token, CancellationToken cancellationToken = default)
    {
        var signUp = await FindManagedAsync(token, cancellationToken);
        if (signUp is null)
        {
            return SignUpLinkResult.Invalid;
        }

        await EraseAsync(signUp, alongside: null, cancellationToken);
        return SignUpLinkResult.Done;
    }

    /// <summary>
    /// Erases <paramref name="signUp"/> as <see cref="EraseAsync(string?, CancellationToken)"/> does, for staff
    /// answering a request to erase; <paramref name="alongside"/> adds to the same transaction (the audit record).
    /// Returns false when it was erased already.
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

    /// <summary>The sign-up for an email address however it is typed, or null.</summary>
    public async Task<SignUp?> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var key = KeyOf(NormalizeEmail(email));
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
    /// Deletes pending sign-ups whose confirmation link has expired, with every email held for them and their pickup
    /// files: the confirmation email promises that details are not kept. Each is deleted in its own transaction, and
    /// only if it is still pending and still expired, so a sign-up refreshed meanwhile (or on another server) stays.
    /// </summary>
    public async Task<int> DeleteExpiredPendingAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = Now() - SignUpTokens.ConfirmationLifetime;
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

    /// <summary>Changes what a person hears about and how; their status and consent stay as they are.</summary>
    public async Task<SignUpLinkResult> UpdatePreferencesAsync(string? token, SignUpPreferences preferences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        Check(preferences);
        if (!tokens.TryRead(SignUpLinkPurpose.Manage, token, out var id, out var nonce))
        {
            return SignUpLinkResult.Invalid;
        }

        await using var db = contexts.Create();
        var signUp = await db.SignUps.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (signUp is null || signUp.ManageNonce != nonce)
        {
            return SignUpLinkResult.Invalid;
        }

        Apply(signUp, preferences);
        await db.SaveChangesAsync(cancellationToken);
        return SignUpLinkResult.Done;
    }

    /// <summary>Whether an unsubscribe link (or a preferences link, which can do that too) still works, without changing anything.</summary>
    public async Task<bool> IsUnsubscribeLinkValidAsync(string? token, CancellationToken cancellationToken = default) =>
        await FindAsync(token, cancellationToken, SignUpLinkPurpose.Unsubscribe, SignUpLinkPurpose.Manage) is not null;

    /// <summary>The sign-up a preferences link belongs to, read only, or null when the link does not work.</summary>
    public Task<SignUp?> FindManagedAsync(string? token, CancellationToken cancellationToken = default) =>
        FindAsync(token, cancellationToken, SignUpLinkPurpose.Manage);

    private async Task<SignUp?> FindAsync(string? token, CancellationToken cancellationToken, params SignUpLinkPurpose[] purposes)
    {
        foreach (var purpose in purposes)
        {
            if (tokens.TryRead(purpose, token, out var id, out var nonce))
            {
                await using var db = contexts.Create();
                var signUp = await db.SignUps.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

                // An unsubscribe link made before they carried the fixed nonce still works while its nonce is current.
                var current = signUp is not null && (signUp.ManageNonce == nonce || (purpose == SignUpLinkPurpose.Unsubscribe && nonce == SignUpTokens.UnsubscribeNonce));
                return current ? signUp : null;
            }
        }

        return null;
    }

    private static void Apply(SignUp signUp, SignUpRequest request, DateTime now)
    {
        Apply(signUp, request.Preferences);
        signUp.ConsentedAt = now;
        signUp.ConsentVersion = request.ConsentVersion;
        signUp.ConsentMethod = request.ConsentMethod;
    }

    private static void Apply(SignUp signUp, SignUpPreferences preferences)
    {
        signUp.Name = string.IsNullOrWhiteSpace(preferences.Name) ? null : preferences.Name.Trim();
        signUp.Areas = string.Join(',', preferences.Areas);
        signUp.UpdatesByEmail = preferences.ByEmail;
        signUp.UpdatesByPhone = preferences.ByPhone;
        signUp.UpdatesByPost = preferences.ByPost;
        signUp.Phone = preferences.ByPhone ? preferences.Phone?.Trim() : null;
        signUp.PostalAddress = preferences.ByPost ? preferences.PostalAddress?.Trim() : null;
    }

    /// <summary>The form validates for visitors; this keeps the stored data within bounds whoever calls.</summary>
    private static void Check(string email, SignUpRequest request)
    {
        if (email.Length is 0 or > SignUp.MaxEmailLength || !IsPlainAddress(email) || string.IsNullOrEmpty(request.ConsentVersion)
            || request.ConsentMethod.Length is 0 or > SignUp.MaxConsentMethodLength)
        {
            throw new ArgumentException("The sign-up is out of bounds; the form must validate it first.", nameof(request));
        }

        Check(request.Preferences);
    }

    private static void Check(SignUpPreferences preferences)
    {
        if (preferences.Name?.Length > SignUp.MaxNameLength
            || preferences.Phone?.Length > SignUp.MaxPhoneLength
            || preferences.PostalAddress?.Length > SignUp.MaxAddressLength
            || string.Join(',', preferences.Areas).Length > SignUp.MaxAreasLength
            || preferences.Areas.Any(area => area.Contains(',', StringComparison.Ordinal))
            || (preferences.ByPhone && string.IsNullOrWhiteSpace(preferences.Phone))
            || (preferences.ByPost && string.IsNullOrWhiteSpace(preferences.PostalAddress)))
        {
            throw new ArgumentException("The preferences are out of bounds; the form must validate them first.", nameof(preferences));
        }
    }

    /// <summary>
    /// An address as it is stored and compared: trimmed and in Unicode compatibility form (NFKC), so characters that
    /// look like others (full-width letters, ligatures) become the ones they look like, and one person's address
    /// cannot be spelt a second way.
    /// </summary>
    public static string NormalizeEmail(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var trimmed = email.Trim();
        return trimmed.IsNormalized(NormalizationForm.FormKC) ? trimmed : trimmed.Normalize(NormalizationForm.FormKC);
    }

    /// <summary>The unique key of an address: normalized, then in lower case.</summary>
    public static string KeyOf(string normalizedEmail) => normalizedEmail.ToLowerInvariant();

    /// <summary>
    /// A bare address with a local part and a domain name: no display name, no group, no route, and no address
    /// literal (<c>user@[10.0.0.5]</c>) or IP address in place of a domain.
    /// </summary>
    public static bool IsPlainAddress(string email) =>
        MimeKit.MailboxAddress.TryParse(email, out var address)
        && address.Address == email
        && address.LocalPart.Length > 0
        && address.Domain.Contains('.', StringComparison.Ordinal)
        && !IsAddressLiteral(email)
        && string.IsNullOrEmpty(address.Name);

    /// <summary>Whether the part after the last @ is an IP address, bracketed or not, rather than a domain name.</summary>
    public static bool IsAddressLiteral(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var domain = email[(email.LastIndexOf('@') + 1)..];
        return domain.StartsWith('[') || System.Net.IPAddress.TryParse(domain, out _) || domain.Split('.').All(label => label.Length > 0 && label.All(char.IsAsciiDigit));
    }

    /// <summary>The link to a sign-up's preferences page, for every email to a confirmed sign-up.</summary>
    public Uri ManageLink(Uri site, SignUp signUp) => Link(site, GetInvolvedEndpoints.PreferencesRoute, tokens.Create(SignUpLinkPurpose.Manage, signUp.Id, signUp.ManageNonce));

    /// <summary>
    /// The link that unsubscribes a sign-up, for every email to a confirmed sign-up. It can only unsubscribe: mail
    /// services see it and people forward it, so it opens nothing else.
    /// </summary>
    public Uri UnsubscribeLink(Uri site, SignUp signUp) => Link(site, GetInvolvedEndpoints.UnsubscribeRoute, tokens.Create(SignUpLinkPurpose.Unsubscribe, signUp.Id, SignUpTokens.UnsubscribeNonce));

    private Uri Link(Uri site, string routeName, string token) => links.Absolute(site, routeName, new { token });

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
