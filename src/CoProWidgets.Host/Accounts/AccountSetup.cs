using CoProWidgets.Host.Organisations;
using CoProWidgets.Host.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Host.Accounts;

/// <summary>
/// Accepting an invitation: a password, then an authenticator app confirmed with a code, then the roles. Until the
/// code is confirmed the account has no second factor and so cannot sign in; the invitation's link keeps working
/// (until it expires) so a person who stops half way starts again from it.
/// </summary>
internal sealed class AccountSetup(UserManager<StaffUser> users, HostDbContext db, HostAudit audit, HostLinks links, TimeProvider clock)
{
    public const int RecoveryCodeCount = 10;

    /// <summary>
    /// The account the invitation is for: the one it was issued to if there was one then (and only while it keeps the
    /// address), otherwise the one that has the address now. Accounts made by single sign-on are never given a local
    /// sign-in, whoever invites them.
    /// </summary>
    public async Task<InvitedAccount> AccountOfAsync(Invitation invitation)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var user = invitation.UserId is { } id ? await users.FindByIdAsync(id) : await users.FindByEmailAsync(invitation.Email);
        if (invitation.UserId is not null && (user is null || users.NormalizeEmail(user.Email) != users.NormalizeEmail(invitation.Email)))
        {
            return new(InvitedAccountKind.Changed, null);
        }

        if (user is null)
        {
            return new(InvitedAccountKind.New, null);
        }

        if ((await users.GetLoginsAsync(user)).Count > 0)
        {
            return new(InvitedAccountKind.SingleSignOn, user);
        }

        var needsSetup = invitation.ResetsSignIn || !await users.HasPasswordAsync(user) || !user.TwoFactorEnabled;
        return new(needsSetup ? InvitedAccountKind.NeedsSetup : InvitedAccountKind.SignsIn, user);
    }

    /// <summary>Sets the chosen password (making the account if there is none) and a new authenticator key.</summary>
    public async Task<(StaffUser? User, IReadOnlyList<string> Errors)> SetPasswordAsync(Invitation invitation, InvitedAccount account, string password)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(account);
        if (!account.NeedsSetup)
        {
            throw new InvalidOperationException($"An invitation to a {account.Kind} account sets up no password.");
        }

        var existing = account.User;
        var user = existing ?? new StaffUser { UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true };
        foreach (var validator in users.PasswordValidators)
        {
            var checkedPassword = await validator.ValidateAsync(users, user, password);
            if (!checkedPassword.Succeeded)
            {
                return (null, [.. checkedPassword.Errors.Select(e => e.Description)]);
            }
        }

        var saved = existing is not null ? await ReplacePasswordAsync(user, password) : await users.CreateAsync(user, password);
        if (!saved.Succeeded)
        {
            return (null, [.. saved.Errors.Select(e => e.Description)]);
        }

        await users.ResetAuthenticatorKeyAsync(user);
        return (user, []);
    }

    public async Task<AuthenticatorKey> KeyOfAsync(StaffUser user) =>
        new(await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("The account has no authenticator key."), user.Email!, Issuer);

    public string Issuer => links.PublicUrl is { } url ? $"CoProWidgets ({url.Host})" : "CoProWidgets";

    /// <summary>Whether a code from the authenticator app matches the account's key.</summary>
    public Task<bool> VerifyAsync(StaffUser user, string? code) =>
        users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Code(code));

    /// <summary>Turns on two-factor sign-in, gives the invitation's roles and returns the recovery codes, shown once.</summary>
    public async Task<IReadOnlyList<string>> CompleteAsync(Invitation invitation, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await GrantAsync(invitation, user);
        return codes;
    }

    /// <summary>Gives the invitation's roles to an account that already signs in.</summary>
    public async Task GrantAsync(Invitation invitation, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(user);
        if (invitation.HostAdministrator && !user.IsHostAdministrator)
        {
            user.IsHostAdministrator = true;
            await users.UpdateAsync(user);
        }

        if (invitation.OrganisationSlug is { } slug)
        {
            var held = await db.Memberships.Where(m => m.UserId == user.Id && m.OrganisationSlug == slug).Select(m => m.Role).ToListAsync();
            foreach (var role in invitation.RoleList.Except(held))
            {
                db.Memberships.Add(new OrganisationMembership { UserId = user.Id, OrganisationSlug = slug, Role = role, Granted = clock.GetUtcNow() });
            }
        }

        db.Invitations.Attach(invitation);
        invitation.Accepted = clock.GetUtcNow();
        audit.Add(invitation.Email, invitation.ResetsSignIn ? "set up sign-in again" : "accepted invitation", invitation.OrganisationSlug, invitation.Email,
            invitation.HostAdministrator ? "host administrator" : invitation.Roles);
        await db.SaveChangesAsync();
    }

    public static string Code(string? code) => new([.. (code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-')]);

    private async Task<IdentityResult> ReplacePasswordAsync(StaffUser user, string password)
    {
        if (await users.HasPasswordAsync(user))
        {
            var removed = await users.RemovePasswordAsync(user);
            if (!removed.Succeeded)
            {
                return removed;
            }
        }

        return await users.AddPasswordAsync(user, password);
    }
}
