using System.Text;
using QRCoder;

namespace CoProWidgets.Host.Accounts;

/// <summary>
/// An authenticator app's key as a person sets it up without any script: grouped in fours for typing, as an
/// <c>otpauth://</c> address for a phone that opens it, and as a QR code (an SVG image) for one that scans.
/// </summary>
internal sealed record AuthenticatorKey(string Key, string Email, string Issuer)
{
    /// <summary>The key in groups of four, lower case: easier to type, and apps ignore spaces and case.</summary>
    public string Grouped
    {
        get
        {
            var grouped = new StringBuilder();
            for (var i = 0; i < Key.Length; i += 4)
            {
                grouped.Append(i == 0 ? "" : " ").Append(Key.AsSpan(i, Math.Min(4, Key.Length - i)));
            }

            return grouped.ToString().ToLowerInvariant();
        }
    }

    /// <summary>The key-uri format of Google Authenticator, which other apps read too.</summary>
    public string Uri =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(Email)}?secret={Key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6&period=30";

    /// <summary>The QR code of <see cref="Uri"/> as a <c>data:</c> address for an <c>img</c> element.</summary>
    public string QrCodeDataUrl
    {
        get
        {
            using var data = QRCodeGenerator.GenerateQrCode(Uri, QRCodeGenerator.ECCLevel.M);
            var svg = new SvgQRCode(data).GetGraphic(4);
            return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
        }
    }
}
