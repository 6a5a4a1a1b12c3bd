using CoProWidgets.Email;
using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// The sign-up emails go only to someone whose sign-up is still held and who has not unsubscribed. No sign-up means
/// they were erased (or never confirmed and were deleted).
/// </summary>
internal sealed class SignUpRecipients : IOutboxRecipients
{
    private static readonly string[] s_kinds = [SignUpEmails.ConfirmKind, SignUpEmails.AlreadySignedUpKind, SignUpEmails.WelcomeKind, SignUpEmails.NewLinkKind];

    public Task<OutboxRecipient> CheckAsync(CoProDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return s_kinds.Contains(message.Kind) ? StateOfAsync(db, message.Recipient, wantsUpdates: false, cancellationToken) : Task.FromResult(OutboxRecipient.May);
    }

    /// <summary>
    /// Whether <paramref name="email"/> may be sent something: gone without a sign-up, stopped once unsubscribed, and
    /// with <paramref name="wantsUpdates"/> also unless confirmed and still asking for updates by email.
    /// </summary>
    public static async Task<OutboxRecipient> StateOfAsync(CoProDbContext db, string email, bool wantsUpdates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = EmailAddresses.KeyOf(EmailAddresses.Normalize(email));
        var signUp = await db.Set<SignUp>().AsNoTracking().Where(s => s.EmailKey == key)
            .Select(s => new { s.Status, s.UpdatesByEmail }).SingleOrDefaultAsync(cancellationToken);
        if (signUp is null)
        {
            return OutboxRecipient.Gone;
        }

        var stopped = wantsUpdates ? signUp.Status != SignUpStatus.Confirmed || !signUp.UpdatesByEmail : signUp.Status == SignUpStatus.Unsubscribed;
        return stopped ? OutboxRecipient.Stopped : OutboxRecipient.May;
    }
}
