using CoProWidgets.Host.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoProWidgets.Host.Pages.Account;

/// <summary>Signs out, by a posted form only, so a link or an image on another page cannot sign anyone out.</summary>
internal sealed class SignOutModel(SignInManager<StaffUser> signIn) : PageModel
{
    /// <summary>Whether someone is signed in (the button), or not (the confirmation).</summary>
    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    /// <summary>Signs out and says so.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
