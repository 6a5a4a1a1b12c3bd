using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace CoProWidgets.Host.Accounts;

/// <summary>
/// Ends a session begun by single sign-on at a fixed time after it began. The host's cookie slides, and Identity
/// renews it whenever it checks the account's security stamp, so its own expiry alone would let an active session run
/// on for ever, long after the person left the group or the organisation. The end is kept in the cookie's properties,
/// which every renewal copies.
/// </summary>
internal static class SingleSignOnSession
{
    private const string EndsKey = ".copro.sso.ends";

    public static AuthenticationProperties Properties(DateTimeOffset now, TimeSpan lifetime)
    {
        var ends = now + lifetime;
        var properties = new AuthenticationProperties { IsPersistent = false, IssuedUtc = now, ExpiresUtc = ends, AllowRefresh = false };
        properties.Items[EndsKey] = ends.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return properties;
    }

    /// <summary>Wraps the application cookie's check of each request (Identity's security stamp check stays inside).</summary>
    public static void Limit(CookieAuthenticationOptions cookie)
    {
        ArgumentNullException.ThrowIfNull(cookie);
        var inner = cookie.Events.OnValidatePrincipal;
        cookie.Events.OnValidatePrincipal = async context =>
        {
            if (context.Properties.Items.TryGetValue(EndsKey, out var value)
                && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ends)
                && (context.Options.TimeProvider ?? TimeProvider.System).GetUtcNow().ToUnixTimeSeconds() >= ends)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            await inner(context);
        };
    }
}
