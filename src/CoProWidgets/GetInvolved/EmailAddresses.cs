using System.Text;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// The rules for an email address typed into a form: how it is stored and compared, its unique key, and which
/// addresses are taken at all. The form, the sign-up's services and the staff search all use these, so an address
/// means one person wherever it is typed.
/// </summary>
internal static class EmailAddresses
{
    /// <summary>
    /// An address as it is stored and compared: trimmed and in Unicode compatibility form (NFKC), so characters that
    /// look like others (full-width letters, ligatures) become the ones they look like, and one person's address
    /// cannot be spelt a second way.
    /// </summary>
    public static string Normalize(string email)
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
    public static bool IsPlain(string email) =>
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

    /// <summary>Whether a normalized address may be stored: within the column's length, and plain.</summary>
    public static bool IsStorable(string normalizedEmail) =>
        normalizedEmail.Length is > 0 and <= SignUp.MaxEmailLength && IsPlain(normalizedEmail);
}
