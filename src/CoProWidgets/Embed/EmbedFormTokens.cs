using System.Globalization;
using System.Security.Cryptography;
using CoProWidgets.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Embed;

/// <summary>
/// The signed token an embedded form posts instead of an antiforgery token. Browsers do not keep cookies for another
/// site's frames and requests, so the cookie half of antiforgery cannot work there. The token names how the widget was
/// shown and the site showing it, and when; it is signed with the library's key ring, so any server sharing the
/// database accepts it. The Origin header is checked on every embedded post as well (see <see cref="EmbedEndpoints"/>).
/// </summary>
internal sealed class EmbedFormTokens(CoProDataProtection protection, TimeProvider time, IOptions<CoProWidgetsOptions> options)
{
    /// <summary>The form field that carries the token.</summary>
    public const string FieldName = "copro-embed";

    private const int MaxLength = 1000;
    private static readonly TimeSpan s_clockSkew = TimeSpan.FromMinutes(5);

    private readonly IDataProtector _protector = protection.Provider.CreateProtector("CoProWidgets.EmbedForm.v1");

    public string Create(EmbedContext embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        return _protector.Protect(string.Join('|', ((int)embed.Mode).ToString(CultureInfo.InvariantCulture), embed.Origin, time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Whether the token was made by this site, for this way of showing and this site, and is not too old.</summary>
    public bool IsValid(string? token, EmbedContext embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        if (token is null || token.Length > MaxLength)
        {
            return false;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return false;
        }

        var parts = payload.Split('|');
        if (parts.Length != 3
            || parts[0] != ((int)embed.Mode).ToString(CultureInfo.InvariantCulture)
            || parts[1] != embed.Origin
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var issued)
            || issued > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(issued);
        return age >= -s_clockSkew && age <= options.Value.Embed.FormLifetime;
    }
}
