using Microsoft.AspNetCore.Identity;

namespace CoProWidgets.Host.Accounts;

/// <summary>
/// The password asked again before a signed-in person changes their second factor. Wrong answers count towards the
/// same lockout as the sign-in page's, so a session left open is not a way to guess the password without limit.
/// </summary>
internal static class PasswordRecheck
{
    /// <summary>Null when the password is right; otherwise what to tell the person.</summary>
    public static async Task<string?> ProblemAsync(SignInManager<StaffUser> signIn, StaffUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        var result = await signIn.CheckPasswordSignInAsync(user, password ?? "", lockoutOnFailure: true);
        return result.Succeeded ? null
            : result.IsLockedOut ? "Your password was wrong too many times: the account is locked for 15 minutes"
            : "Your password is not right";
    }
}
