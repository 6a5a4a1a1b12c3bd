using System.Security.Cryptography;
using CoProWidgets.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// The links in sign-up emails: signed and encrypted with the library's Data Protection key ring (kept in its database,
/// so links work on every server and after restarts), bound to one purpose, one
/// sign-up and that sign-up's current nonce, and (for confirmation) expiring. Nothing in a link can be changed or
/// guessed, and replacing the nonce revokes every link made with it.
/// </summary>
internal sealed class SignUpTokens(CoProDataProtection dataProtection, TimeProvider time)
{
    /// <summary>How long a confirmation link works.</summary>
    public static readonly TimeSpan ConfirmationLifetime = TimeSpan.FromDays(7);

    /// <summary>How long preference and unsubscribe links work; long, since they sit in people's inboxes.</summary>
    public static readonly TimeSpan ManageLifetime = TimeSpan.FromDays(3 * 365);

    private const string ProtectorPurpose = "CoProWidgets.GetInvolved.SignUpTokens.v1";

    /// <summary>
    /// What an unsubscribe link carries in place of the sign-up's nonce: it is never replaced, so asking for a new
    /// preferences link leaves the unsubscribe links in older emails working. Unsubscribing is all such a link can do,
    /// so there is nothing to revoke; erasing the sign-up ends it.
    /// </summary>
    public const string UnsubscribeNonce = "unsubscribe";

    public static string NewNonce() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));

    public string Create(SignUpLinkPurpose purpose, Guid signUpId, string nonce)
    {
        var lifetime = purpose == SignUpLinkPurpose.Confirm ? ConfirmationLifetime : ManageLifetime;
        var protector = Protector(purpose).ToTimeLimitedDataProtector();
        return protector.Protect($"{signUpId:N}.{nonce}", time.GetUtcNow() + lifetime);
    }

    /// <summary>Reads a link's token; false if it was altered, made for another purpose, or has expired.</summary>
    public bool TryRead(SignUpLinkPurpose purpose, string? token, out Guid signUpId, out string nonce)
    {
        signUpId = Guid.Empty;
        nonce = string.Empty;
        if (string.IsNullOrEmpty(token) || token.Length > 1024)
        {
            return false;
        }

        string payload;
        try
        {
            payload = Protector(purpose).ToTimeLimitedDataProtector().Unprotect(token, out var expiration);
            if (expiration < time.GetUtcNow())
            {
                return false;
            }
        }
        catch (CryptographicException)
        {
            return false;
        }

        var dot = payload.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0 || !Guid.TryParseExact(payload[..dot], "N", out signUpId))
        {
            return false;
        }

        nonce = payload[(dot + 1)..];
        return nonce.Length > 0;
    }

    private IDataProtector Protector(SignUpLinkPurpose purpose) => dataProtection.Provider.CreateProtector(ProtectorPurpose, purpose.ToString());
}

/// <summary>What a link in a sign-up email is for.</summary>
internal enum SignUpLinkPurpose
{
    /// <summary>Confirms a pending sign-up, once, within a week.</summary>
    Confirm,

    /// <summary>Opens the preferences page: change choices, start again, delete everything.</summary>
    Manage,

    /// <summary>Unsubscribes, and nothing else: this link is in every email's headers, where mail services see it.</summary>
    Unsubscribe,
}
