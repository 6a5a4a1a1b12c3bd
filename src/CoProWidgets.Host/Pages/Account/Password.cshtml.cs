using CoProWidgets.Host.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoProWidgets.Host.Pages.Account;

/// <summary>Changing one's own password, with the current one (there is no expiry: the NCSC advises against it).</summary>
internal sealed class PasswordModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, HostAudit audit) : PageModel
{
    [BindProperty]
    public PasswordForm Form { get; set; } = new();

    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(Form.Current) || string.IsNullOrEmpty(Form.Password) || Form.Password != Form.Confirm)
        {
            return Failed(string.IsNullOrEmpty(Form.Current) ? ("Current", "Enter your current password")
                : string.IsNullOrEmpty(Form.Password) ? ("Password", "Choose a new password")
                : ("Confirm", "The two new passwords are not the same: type them again"));
        }

        var changed = await users.ChangePasswordAsync(user, Form.Current, Form.Password);
        if (!changed.Succeeded)
        {
            var error = changed.Errors.First();
            return Failed((error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Current" : "Password", error.Description));
        }

        await signIn.RefreshSignInAsync(user);
        await audit.WriteAsync(user.Email!, "changed password", null, user.Email!);
        TempData["Notice"] = "Your password has been changed.";
        return Redirect("~/account");
    }

    private PageResult Failed((string Field, string Message) error)
    {
        Errors = [error];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

/// <summary>The change password form.</summary>
public sealed class PasswordForm
{
    /// <summary>The current password.</summary>
    public string? Current { get; set; }

    /// <summary>The new password.</summary>
    public string? Password { get; set; }

    /// <summary>The new password again.</summary>
    public string? Confirm { get; set; }
}
