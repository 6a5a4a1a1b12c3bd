using CoProWidgets.Host.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoProWidgets.Host.Pages.Account;

/// <summary>
/// The first step of signing in: email and password. Every failure says the same thing, whether the address has an
/// account, the password is wrong or the account is locked, so the page tells nobody who has an account.
/// </summary>
internal sealed class SignInModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, IPasswordHasher<StaffUser> hasher) : PageModel
{
    public const string NoMatch = "The email address and password do not match an account that can sign in. After 5 wrong tries an account is locked for 15 minutes";

    // Checked when no account has the address, so an unknown address takes as long as a wrong password.
    private static readonly string s_dummyHash = new PasswordHasher<StaffUser>().HashPassword(new StaffUser(), Guid.NewGuid().ToString());

    /// <summary>What was typed.</summary>
    [BindProperty]
    public SignInForm Form { get; set; } = new();

    /// <summary>Where to go after signing in: a path on this host only.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>What is wrong.</summary>
    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    /// <summary>Checks the password, then sends the person on to the second factor.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var email = Form.Email?.Trim() ?? "";
        var password = Form.Password ?? "";
        Errors = [.. new[]
        {
            email.Length == 0 ? ("Email", "Enter your email address") : default,
            password.Length == 0 ? ("Password", "Enter your password") : default,
        }.Where(e => e.Item1 is not null)];
        if (Errors.Count > 0)
        {
            return Failed();
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            hasher.VerifyHashedPassword(new StaffUser(), s_dummyHash, password);
            return Failed(NoMatch);
        }

        if (!user.TwoFactorEnabled)
        {
            // Never signed in without a second factor: the password is only checked, to count a wrong one.
            var checkedOnly = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
            return Failed(checkedOnly.Succeeded ? "Your sign-in is not set up yet: use the link in your latest invitation email, or ask an administrator to send a new one" : NoMatch);
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/TwoFactor", new { ReturnUrl });
        }

        if (result.Succeeded)
        {
            await signIn.SignOutAsync();
        }

        return Failed(NoMatch);
    }

    private PageResult Failed(string? message = null)
    {
        if (message is not null)
        {
            Errors = [("Email", message)];
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

/// <summary>The sign-in form.</summary>
public sealed class SignInForm
{
    /// <summary>The email address.</summary>
    public string? Email { get; set; }

    /// <summary>The password.</summary>
    public string? Password { get; set; }
}
