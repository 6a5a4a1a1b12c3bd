using CoProWidgets.Host.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoProWidgets.Host.Pages.Account;

/// <summary>The second step of signing in: a code from the authenticator app, or a recovery code.</summary>
internal sealed class TwoFactorModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, HostAudit audit) : PageModel
{
    /// <summary>What was typed.</summary>
    [BindProperty]
    public TwoFactorForm Form { get; set; } = new();

    /// <summary>Where to go after signing in: a path on this host only.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>What is wrong.</summary>
    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    /// <summary>Shows the form to someone who has just given their password, and sends anyone else to sign in.</summary>
    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn", new { ReturnUrl }) : Page();

    /// <summary>Checks the code and signs in.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            TempData["Notice"] = "Your sign-in took too long: enter your email address and password again";
            return RedirectToPage("/Account/SignIn", new { ReturnUrl });
        }

        var code = AccountSetup.Code(Form.Code);
        if (code.Length == 0)
        {
            return Failed("Enter the code from your authenticator app, or a recovery code");
        }

        var byApp = code.Length == 6 && code.All(char.IsAsciiDigit);
        var result = byApp
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode(code));
        if (result.Succeeded)
        {
            if (!byApp)
            {
                await audit.WriteAsync(user.Email!, "signed in with a recovery code", null, user.Email!, $"{await users.CountRecoveryCodesAsync(user)} left");
                TempData["Notice"] = "You signed in with a recovery code, which cannot be used again. If your authenticator app is lost, set up a new one below.";
            }

            return LocalRedirect(LocalReturn.Or(Url, ReturnUrl, byApp ? "~/account" : "~/account/authenticator"));
        }

        return Failed(result.IsLockedOut
            ? "Too many wrong codes: your account is locked for 15 minutes"
            : "The code is not right: enter the 6-digit code your app shows now, or one of your recovery codes");
    }

    /// <summary>A recovery code as Identity made it (xxxxx-xxxxx), however it was typed.</summary>
    private static string RecoveryCode(string typed) => typed.Length == 10 ? $"{typed[..5]}-{typed[5..]}".ToUpperInvariant() : typed.ToUpperInvariant();

    private PageResult Failed(string message)
    {
        Errors = [("Code", message)];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

/// <summary>The code form.</summary>
public sealed class TwoFactorForm
{
    /// <summary>The code.</summary>
    public string? Code { get; set; }
}
