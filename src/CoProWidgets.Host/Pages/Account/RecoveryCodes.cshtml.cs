using CoProWidgets.Host.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoProWidgets.Host.Pages.Account;

/// <summary>New recovery codes, after the password, shown once in the answer to the post and stored only as hashes.</summary>
internal sealed class RecoveryCodesModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, HostAudit audit) : PageModel
{
    [BindProperty]
    public PasswordForm Form { get; set; } = new();

    public IReadOnlyList<string> Codes { get; private set; } = [];

    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await PasswordRecheck.ProblemAsync(signIn, user, Form.Password) is { } problem)
        {
            Errors = [("Password", problem)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Codes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, AccountSetup.RecoveryCodeCount) ?? []];
        await audit.WriteAsync(user.Email!, "made new recovery codes", null, user.Email!);
        return Page();
    }
}
