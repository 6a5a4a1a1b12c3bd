using System.Security.Cryptography;
using System.Text;

namespace CoProWidgets.Sample;

/// <summary>The sample's one staff user, from configuration (only the Development settings have one).</summary>
public sealed class SampleStaff
{
    public const string SectionName = "SampleStaff";
    public const string Policy = "CoProStaff";
    public const string Role = "Staff";

    public string? Email { get; set; }

    public string? Password { get; set; }

    /// <summary>Whether these are the staff user's email address (any case) and password, compared in constant time.</summary>
    public bool Matches(string? email, string? password) =>
        Email is { Length: > 0 } && Password is { Length: > 0 }
        && string.Equals(email?.Trim(), Email, StringComparison.OrdinalIgnoreCase)
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(password ?? string.Empty)), SHA256.HashData(Encoding.UTF8.GetBytes(Password)));
}
