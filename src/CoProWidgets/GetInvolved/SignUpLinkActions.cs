using CoProWidgets.Localisation;
using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// What a person does through the links in their emails: change their preferences, unsubscribe or ask to hear again,
/// erase themselves, and ask for a new preferences link when theirs is lost. A link works only while its nonce is
/// the sign-up's current one.
/// </summary>
internal sealed class SignUpLinkActions(
    CoProDbContextFactory contexts,
    SignUpTokens tokens,
    SignUpEmails emails,
    SignUpEmailLinks links,
    UnaskedEmails unasked,
    SignUpErasure erasure,
    TimeProvider time)
{
    private const string ResubscribeMethod = "preferences page, asked to hear again";

    /// <summary>
    /// Sends a confirmed person a new link to their preferences, and makes every older preferences link stop working
    /// (for a link forwarded by mistake, or lost); unsubscribe links in older emails keep working. Nothing happens for an address that is not confirmed,
    /// and the answer is the same, so the form reveals nobody.
    /// </summary>
    public async Task SendNewLinkAsync(string address, Uri site, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(site);
        var email = EmailAddresses.Normalize(address);
        if (!EmailAddresses.IsStorable(email))
        {
            throw new ArgumentException("The address is out of bounds; the form must validate it first.", nameof(address));
        }

        for (var attempt = 0; attempt < UnaskedEmails.MaxRaces; attempt++)
        {
            var seen = await unasked.FindAsync(email, cancellationToken);
            if (seen is not { Status: SignUpStatus.Confirmed })
            {
                return;
            }

            var renewed = new SignUp { Id = seen.Id, ManageNonce = SignUpTokens.NewNonce() };
            using var language = CultureScope.Use(seen.Language);
            var message = await emails.NewLinkAsync(seen.Email, seen.Name, links.ManageLink(site, renewed), links.UnsubscribeLink(site, renewed), cancellationToken);
            var outcome = await unasked.ForAddressAsync(email, seen, (db, existing, recent, now) =>
            {
                if (recent.Count >= unasked.MaxPerDay || recent.Any(sent => sent.Kind == SignUpEmails.NewLinkKind && sent.At > now - UnaskedEmails.ResendWindow))
                {
                    return null;
                }

                existing!.ManageNonce = renewed.ManageNonce;
                return message;
            }, cancellationToken);

            if (outcome != UnaskedEmails.Outcome.Changed)
            {
                return;
            }
        }

        throw new InvalidOperationException("The sign-up changed under every try; nothing was recorded.");
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
        var now = time.GetUtcNow().UtcDateTime;
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
        var now = time.GetUtcNow().UtcDateTime;
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

    /// <summary>A person erases themselves through their preferences link, as <see cref="SignUpErasure.EraseAsync"/> does.</summary>
    public async Task<SignUpLinkResult> EraseAsync(string? token, CancellationToken cancellationToken = default)
    {
        var signUp = await FindManagedAsync(token, cancellationToken);
        if (signUp is null)
        {
            return SignUpLinkResult.Invalid;
        }

        await erasure.EraseAsync(signUp, alongside: null, cancellationToken);
        return SignUpLinkResult.Done;
    }

    /// <summary>Changes what a person hears about and how; their status and consent stay as they are.</summary>
    public async Task<SignUpLinkResult> UpdatePreferencesAsync(string? token, SignUpPreferences preferences, CancellationToken cancellationToken = default)
    {
        SignUpPreferences.Check(preferences);
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

        preferences.ApplyTo(signUp);
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
}
