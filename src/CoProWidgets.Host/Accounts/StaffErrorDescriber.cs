using Microsoft.AspNetCore.Identity;

namespace CoProWidgets.Host.Accounts;

/// <summary>Identity's messages in the words of the host's pages.</summary>
internal sealed class StaffErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new()
    {
        Code = nameof(PasswordTooShort),
        Description = $"Your password must be {length} characters or more: three random words are easy to remember and hard to guess",
    };

    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Your current password is not right" };

    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = "Another account has this email address" };
}
