using CoProWidgets.Host.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Host.Pages.Account;

/// <summary>
/// Where the provider's answer ends, once the OpenID Connect handler has checked it (its state, nonce, signature and
/// PKCE) and put the identity in Identity's external cookie: signs the person in and sends them on, or says why not.
/// </summary>
internal sealed class SingleSignOnCallbackModel(IServiceProvider services, IOptions<SingleSignOnOptions> options) : PageModel
{
    /// <summary>Why the sign-in was turned away.</summary>
    public SingleSignOnRefusal Refusal { get; private set; }

    /// <summary>The provider's name.</summary>
    public string DisplayName => options.Value.DisplayName;

    /// <summary>Finishes the sign-in.</summary>
    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        if (services.GetService<SingleSignOnSignIn>() is not { } signIn)
        {
            return NotFound();
        }

        if (await signIn.SignInAsync(HttpContext) is not { } refusal)
        {
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "~/");
        }

        Refusal = refusal;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
