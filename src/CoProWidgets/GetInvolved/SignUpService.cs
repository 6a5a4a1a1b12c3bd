using CoProWidgets.Email;
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
    IOptions<CoProWidgetsOptions> options)
{
    /// <summary>At most one email of each kind per sign-up in this window, however often the form is sent.</summary>
    public static readonly TimeSpan ResendWindow = TimeSpan.FromMinutes(15);

    private const string LinkFolder = "get-involved";
    private const int MaxRaces = 5;

    /// <summary>Records a sign-up (or refreshes a pending one) and queues the right email.</summary>
    public async Task SubmitAsync(SignUpRequest request, Uri site, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(site);
        var email = request.Email.Trim();
        var key = email.ToLowerInvariant();
        Check(email, request);

        // If another request for the same address saved first (a unique-key clash on the address or on the email's
        // deduplication key), look again: the next try takes the "already there" path and finds the email queued.
        for (var attempt = 0; ; attempt++)
        {
            await using var db = contexts.Create();
            var existing = await db.SignUps.SingleOrDefaultAsync(s => s.EmailKey == key, cancellationToken);
            var now = Now();
            EmailMessage message;
            SignUp signUp;
            if (existing is null)
            {
                signUp = new SignUp
                {
                    Id = Guid.CreateVersion7(),
                    Email = email,
                    EmailKey = key,
                    CreatedAt = now,
                    ConfirmationNonce = SignUpTokens.NewNonce(),
                    ManageNonce = SignUpTokens.NewNonce(),
                };
                Apply(signUp, request, now);
                db.SignUps.Add(signUp);
                message = await emails.ConfirmAsync(email, request.Name, Link(site, "confirm", tokens.Create(SignUpLinkPurpose.Confirm, signUp.Id, signUp.ConfirmationNonce)), cancellationToken);
            }
            else if (existing.Status == SignUpStatus.Confirmed)
            {
                // Nothing changes: only the person, through their own links, can change a confirmed sign-up.
                signUp = existing;
                message = await emails.AlreadySignedUpAsync(existing.Email, existing.Name, ManageLink(site, existing), UnsubscribeLink(site, existing), cancellationToken);
            }
            else
            {
                // Pending or unsubscribed: this submission is the new wish, which the person must confirm again.
                signUp = existing;
                Apply(existing, request, now);
                existing.Status = SignUpStatus.Pending;
                existing.UnsubscribedAt = null;
                message = await emails.ConfirmAsync(existing.Email, request.Name, Link(site, "confirm", tokens.Create(SignUpLinkPurpose.Confirm, existing.Id, existing.ConfirmationNonce)), cancellationToken);
            }

            // One email of a kind per window: sending the form again still records the new wish, without a new email.
            var deduplicationKey = $"{message.Kind}:{signUp.Id:N}:{now.Ticks / ResendWindow.Ticks}";
            var queue = !await db.Outbox.AnyAsync(m => m.DeduplicationKey == deduplicationKey, cancellationToken);
            if (queue)
            {
                outbox.Add(db, message, deduplicationKey);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < MaxRaces)
            {
                continue;
            }

            if (queue)
            {
                outbox.Notify();
            }

            return;
        }
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
        var signUp = await FindManagedAsync(token, cancellationToken);
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

    /// <summary>Deletes the sign-up and every email held for its address, sent or not; old links stop working.</summary>
    public async Task<SignUpLinkResult> EraseAsync(string? token, CancellationToken cancellationToken = default)
    {
        var signUp = await FindManagedAsync(token, cancellationToken);
        if (signUp is null)
        {
            return SignUpLinkResult.Invalid;
        }

        await using var db = contexts.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Outbox.Where(m => m.Recipient == signUp.Email).ExecuteDeleteAsync(cancellationToken);
        await db.SignUps.Where(s => s.Id == signUp.Id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SignUpLinkResult.Done;
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

    /// <summary>Whether a preferences or unsubscribe link still belongs to a sign-up, without changing anything.</summary>
    public async Task<bool> IsManageLinkValidAsync(string? token, CancellationToken cancellationToken = default) =>
        await FindManagedAsync(token, cancellationToken) is not null;

    /// <summary>The sign-up a preferences link belongs to, read only, or null when the link does not work.</summary>
    public async Task<SignUp?> FindManagedAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!tokens.TryRead(SignUpLinkPurpose.Manage, token, out var id, out var nonce))
        {
            return null;
        }

        await using var db = contexts.Create();
        var signUp = await db.SignUps.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return signUp is not null && signUp.ManageNonce == nonce ? signUp : null;
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

    /// <summary>A bare address with a local part and a domain: no display name, no group, no route.</summary>
    public static bool IsPlainAddress(string email) =>
        MimeKit.MailboxAddress.TryParse(email, out var address)
        && address.Address == email
        && address.LocalPart.Length > 0
        && address.Domain.Contains('.', StringComparison.Ordinal)
        && string.IsNullOrEmpty(address.Name);

    /// <summary>The link to a sign-up's preferences page, for every email to a confirmed sign-up.</summary>
    public Uri ManageLink(Uri site, SignUp signUp) => Link(site, "preferences", tokens.Create(SignUpLinkPurpose.Manage, signUp.Id, signUp.ManageNonce));

    /// <summary>The link that unsubscribes a sign-up, for every email to a confirmed sign-up.</summary>
    public Uri UnsubscribeLink(Uri site, SignUp signUp) => Link(site, "unsubscribe", tokens.Create(SignUpLinkPurpose.Manage, signUp.Id, signUp.ManageNonce));

    private Uri Link(Uri site, string action, string token) =>
        new(site, $"{options.Value.RoutePrefix.TrimStart('/')}/{LinkFolder}/{action}?token={Uri.EscapeDataString(token)}");

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
