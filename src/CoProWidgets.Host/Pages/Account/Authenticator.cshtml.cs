using CoProWidgets.Host.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoProWidgets.Host.Pages.Account;

/// <summary>
/// A new authenticator key, after the password. The old key stops working at once and two-factor sign-in stays on:
/// someone who leaves before confirming still signs in with a recovery code and starts again here.
/// </summary>
internal sealed class AuthenticatorModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, AccountSetup setup, HostAudit audit) : PageModel
{
    [BindProperty]
    public InvitationForm Form { get; set; } = new();

    public AuthenticatorKey? Key { get; private set; }

    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public async Task<IActionResult> OnPostResetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await PasswordRecheck.ProblemAsync(signIn, user, Form.Password) is { } problem)
        {
            return Failed(("Password", problem));
        }

        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        await audit.WriteAsync(user.Email!, "reset authenticator", null, user.Email!);
        Key = await setup.KeyOfAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Key = await setup.KeyOfAsync(user);
        if (!await setup.VerifyAsync(user, Form.Code))
        {
            return Failed((nameof(InvitationForm.Code), "The code is not right: enter the 6-digit code the app shows now for this account"));
        }

        TempData["Notice"] = "Your new authenticator app is set up.";
        return Redirect("~/account");
    }

    private PageResult Failed((string Field, string Message) error)
    {
        Errors = [error];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
