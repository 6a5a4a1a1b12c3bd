using CoProWidgets.Email;
using CoProWidgets.Localisation;
using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// The double opt-in journey: a sign-up is stored as pending with a confirmation email in the same transaction, and
/// only the link in that email confirms it. Whatever the address's state, <see cref="SubmitAsync"/> does the same
/// visible thing, so the form never reveals who has signed up.
/// </summary>
internal sealed class SignUpJourney(
    CoProDbContextFactory contexts,
    Outbox outbox,
    SignUpTokens tokens,
    SignUpEmails emails,
    SignUpEmailLinks links,
    UnaskedEmails unasked,
    TimeProvider time)
{
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
        var email = EmailAddresses.Normalize(request.Email);
        Check(email, request);
        for (var attempt = 0; attempt < UnaskedEmails.MaxRaces; attempt++)
        {
            // Links are signed and emails rendered before the transaction: signing can write a new key to the database.
            var seen = await unasked.FindAsync(email, cancellationToken);
            var id = seen?.Id ?? Guid.CreateVersion7();
            var confirmationNonce = SignUpTokens.NewNonce();
            var confirm = seen is null or { Status: SignUpStatus.Pending }
                ? await emails.ConfirmAsync(seen?.Email ?? email, links.ConfirmLink(site, id, confirmationNonce), cancellationToken)
                : null;
            using var language = CultureScope.Use(seen is { Status: SignUpStatus.Confirmed } ? seen.Language : null);
            var already = seen is { Status: SignUpStatus.Confirmed }
                ? await emails.AlreadySignedUpAsync(seen.Email, seen.Name, links.ManageLink(site, seen), links.UnsubscribeLink(site, seen), cancellationToken)
                : null;

            var outcome = await unasked.ForAddressAsync(email, seen, (db, existing, recent, now) =>
            {
                if (recent.Count >= unasked.MaxPerDay)
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
                        EmailKey = EmailAddresses.KeyOf(email),
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
                    case SignUpStatus.Pending when Matches(existing, request.Preferences) && recent.Any(sent => sent.Kind == SignUpEmails.ConfirmKind && sent.At > now - UnaskedEmails.ResendWindow):
                        // The same form sent again (a double click): the link just sent still works.
                        return null;
                    case SignUpStatus.Pending:
                        // Nobody has confirmed this address yet, so this post is the wish to confirm; the old link stops working.
                        Apply(existing, request, now);
                        existing.ConfirmationNonce = confirmationNonce;
                        return confirm;
                    case SignUpStatus.Confirmed when !recent.Any(sent => sent.Kind == SignUpEmails.AlreadySignedUpKind && sent.At > now - UnaskedEmails.ResendWindow):
                        // Nothing changes: only the person, through their own links, can change a confirmed sign-up.
                        return already;
                    default:
                        // Unsubscribed: nothing is sent and nothing changes.
                        return null;
                }
            }, cancellationToken);

            if (outcome != UnaskedEmails.Outcome.Changed)
            {
                return;
            }
        }

        throw new InvalidOperationException("The sign-up changed under every try; nothing was recorded.");
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
        db.Entry(signUp).Property(s => s.ConfirmationNonce).OriginalValue = nonce;
        signUp.ConfirmationNonce = SignUpTokens.NewNonce();
        signUp.Status = SignUpStatus.Confirmed;
        signUp.ConfirmedAt = time.GetUtcNow().UtcDateTime;
        using var language = CultureScope.Use(signUp.Language);
        outbox.Add(db, await emails.WelcomeAsync(signUp.Email, signUp.Name, links.ManageLink(site, signUp), links.UnsubscribeLink(site, signUp), cancellationToken));
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

    private static bool Matches(SignUp signUp, SignUpPreferences wish)
    {
        var probe = new SignUp();
        wish.ApplyTo(probe);
        return probe.Name == signUp.Name && probe.Areas == signUp.Areas && probe.UpdatesByEmail == signUp.UpdatesByEmail
            && probe.UpdatesByPhone == signUp.UpdatesByPhone && probe.UpdatesByPost == signUp.UpdatesByPost
            && probe.Phone == signUp.Phone && probe.PostalAddress == signUp.PostalAddress;
    }

    private static void Apply(SignUp signUp, SignUpRequest request, DateTime now)
    {
        request.Preferences.ApplyTo(signUp);
        signUp.ConsentedAt = now;
        signUp.ConsentVersion = request.ConsentVersion;
        signUp.ConsentMethod = request.ConsentMethod;

        // The language of the form they sent: the emails to them are written in it.
        signUp.Language = Localisation.LanguageTag.Current;
    }

    /// <summary>The form validates for visitors; this keeps the stored data within bounds whoever calls.</summary>
    private static void Check(string email, SignUpRequest request)
    {
        if (!EmailAddresses.IsStorable(email) || string.IsNullOrEmpty(request.ConsentVersion)
            || request.ConsentMethod.Length is 0 or > SignUp.MaxConsentMethodLength)
        {
            throw new ArgumentException("The sign-up is out of bounds; the form must validate it first.", nameof(request));
        }

        SignUpPreferences.Check(request.Preferences);
    }
}
