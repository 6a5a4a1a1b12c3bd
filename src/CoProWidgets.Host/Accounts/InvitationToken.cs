using System.Security.Cryptography;
using System.Text;

namespace CoProWidgets.Host.Accounts;

/// <summary>An invitation's one-time token: 256 random bits for the link, and the hash kept in its place.</summary>
internal static class InvitationToken
{
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether <paramref name="token"/> could be one of ours, before the database is asked.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
