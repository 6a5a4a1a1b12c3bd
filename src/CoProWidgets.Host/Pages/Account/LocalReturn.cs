using Microsoft.AspNetCore.Mvc;

namespace CoProWidgets.Host.Pages.Account;

/// <summary>
/// Where to send someone back to after signing in: the return address when it is a path on this host (an
/// organisation's path such as <c>/o/north/copro/staff</c> is), otherwise the fallback, so the sign-in page cannot be
/// used to send people to another site.
/// </summary>
internal static class LocalReturn
{
    public static string Or(IUrlHelper url, string? returnUrl, string fallback)
    {
        ArgumentNullException.ThrowIfNull(url);
        return returnUrl is { Length: > 0 } && url.IsLocalUrl(returnUrl) && !returnUrl.StartsWith("/account/sign", StringComparison.OrdinalIgnoreCase)
            ? returnUrl
            : url.Content(fallback);
    }
}
