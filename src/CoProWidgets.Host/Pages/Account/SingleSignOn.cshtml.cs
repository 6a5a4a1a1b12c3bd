using CoProWidgets.Host.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Host.Pages.Account;

/// <summary>
/// Starts a sign-in with the organisation's identity provider. The button posts (with the antiforgery token) rather
/// than links, so another site cannot start a sign-in in someone's browser. Absent when single sign-on is not set up.
/// </summary>
internal sealed class SingleSignOnModel(IOptions<SingleSignOnOptions> options, SignInManager<StaffUser> signIn) : PageModel
{
    /// <summary>Where to go once signed in: a path on this host only.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Whether the last attempt came back without a sign-in.</summary>
    public bool Failed { get; private set; }

    /// <summary>The provider's name.</summary>
    public string DisplayName => options.Value.DisplayName;

    private bool Enabled => options.Value.Authority is not null;

    /// <summary>Shows the button.</summary>
    public IActionResult OnGet(bool failed)
    {
        Failed = failed;
        return Enabled ? Page() : NotFound();
    }

    /// <summary>Sends the browser to the provider, to come back to <see cref="SingleSignOnCallbackModel"/>.</summary>
    public IActionResult OnPost()
    {
        if (!Enabled)
        {
            return NotFound();
        }

        var returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;
        var callback = Url.Page("/Account/SingleSignOnCallback", new { ReturnUrl = returnUrl });
        return Challenge(signIn.ConfigureExternalAuthenticationProperties(SingleSignOnSignIn.Scheme, callback), SingleSignOnSignIn.Scheme);
    }
}
