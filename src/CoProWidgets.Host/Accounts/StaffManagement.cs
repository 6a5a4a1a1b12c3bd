using System.Security.Claims;
using CoProWidgets.Host.Organisations;
using CoProWidgets.Host.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Host.Accounts;

/// <summary>One member of an organisation's staff, as its administrators see them.</summary>
internal sealed record StaffMember(string UserId, string Email, IReadOnlyList<OrganisationRole> Roles, bool SignInSetUp, bool LockedOut);

/// <summary>
/// An organisation's staff as its administrators manage them: invite, change roles, remove, reset sign-in. Every
/// operation names the organisation and acts only on its members and invitations, so an administrator of one cannot
/// reach another's people by changing an id in an address. Each is written to the audit log.
/// </summary>
internal sealed class StaffManagement(HostDbContext db, UserManager<StaffUser> users, Invitations invitations, HostAudit audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<StaffMember>> MembersAsync(string slug, CancellationToken cancellationToken)
    {
        var rows = await db.Memberships.AsNoTracking().Where(m => m.OrganisationSlug == slug)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.Email, m.Role, u.TwoFactorEnabled, u.PasswordHash, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. rows.GroupBy(r => r.Id)
            .Select(g => new StaffMember(g.Key, g.First().Email ?? "", [.. g.Select(r => r.Role).Order()], g.First().TwoFactorEnabled && g.First().PasswordHash is not null, g.First().LockoutEnd > now))
            .OrderBy(m => m.Email, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<StaffMember?> MemberAsync(string slug, string userId, CancellationToken cancellationToken) =>
        (await MembersAsync(slug, cancellationToken)).FirstOrDefault(m => m.UserId == userId);

    public async Task<IReadOnlyList<Invitation>> PendingAsync(string slug, CancellationToken cancellationToken) =>
        [.. (await db.Invitations.AsNoTracking().Where(i => i.OrganisationSlug == slug && i.Accepted == null).ToListAsync(cancellationToken)).OrderBy(i => i.Email, StringComparer.OrdinalIgnoreCase)];

    /// <summary>Why inviting <paramref name="email"/> is refused, or null when it is not.</summary>
    public async Task<string?> InviteRefusalAsync(Organisation organisation, string email, ClaimsPrincipal actor)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            return null;
        }

        // Only host administrators reach this page without being the organisation's members; their role is to add
        // organisations and first administrators, never to give themselves its people and answers.
        if (user.Id == actor.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            return $"You cannot invite yourself to {organisation.Name}: ask one of its administrators to invite you";
        }

        return (await users.GetLoginsAsync(user)).Count > 0
            ? $"{email} signs in with single sign-on, whose groups give their roles here: add them to a group for {organisation.Name} at your identity provider"
            : null;
    }

    public async Task<(IssuedInvitation Issued, bool Sent)> InviteAsync(Organisation organisation, string email, IReadOnlyCollection<OrganisationRole> roles, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var issued = await invitations.CreateAsync(email, organisation.Slug, roles, hostAdministrator: false, resetsSignIn: false, HostAudit.ActorOf(actor), cancellationToken);
        await audit.WriteAsync(HostAudit.ActorOf(actor), "invited", organisation.Slug, email, Invitation.Join(roles), cancellationToken);
        return (issued, await invitations.SendAsync(issued, organisation.Name, cancellationToken));
    }

    public async Task<Invitation?> InvitationAsync(string slug, Guid id, CancellationToken cancellationToken) =>
        await db.Invitations.FirstOrDefaultAsync(i => i.Id == id && i.OrganisationSlug == slug && i.Accepted == null, cancellationToken);

    /// <summary>Sends a pending invitation again with a new link (only its hash was kept, so the old one cannot be resent).</summary>
    public async Task<bool> ResendAsync(Organisation organisation, Invitation invitation, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(invitation);
        var issued = await invitations.RenewAsync(invitation, cancellationToken);
        audit.Add(HostAudit.ActorOf(actor), "sent invitation again", organisation.Slug, invitation.Email);
        return await invitations.SendAsync(issued, organisation.Name, cancellationToken);
    }

    public async Task CancelAsync(string slug, Invitation invitation, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        db.Invitations.Remove(invitation);
        await audit.WriteAsync(HostAudit.ActorOf(actor), "cancelled invitation", slug, invitation.Email, cancellationToken: cancellationToken);
    }

    /// <summary>Replaces a member's roles; refused when it would leave the organisation without an administrator.</summary>
    public async Task<string?> ChangeRolesAsync(string slug, StaffMember member, IReadOnlyCollection<OrganisationRole> roles, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (!roles.Contains(OrganisationRole.Administrator) && await IsLastAdministratorAsync(slug, member, cancellationToken))
        {
            return "The organisation needs at least one administrator: make someone else an administrator first";
        }

        db.Memberships.RemoveRange(await db.Memberships.Where(m => m.OrganisationSlug == slug && m.UserId == member.UserId).ToListAsync(cancellationToken));
        db.Memberships.AddRange(roles.Distinct().Select(role => new OrganisationMembership { UserId = member.UserId, OrganisationSlug = slug, Role = role, Granted = clock.GetUtcNow() }));
        await audit.WriteAsync(HostAudit.ActorOf(actor), "changed roles", slug, member.Email, Invitation.Join(roles), cancellationToken);
        return null;
    }

    public async Task<string?> RemoveAsync(string slug, StaffMember member, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (await IsLastAdministratorAsync(slug, member, cancellationToken))
        {
            return "The organisation needs at least one administrator: make someone else an administrator before removing this one";
        }

        // Roles are read from the database on every request, so the member loses access at their next click.
        db.Memberships.RemoveRange(await db.Memberships.Where(m => m.OrganisationSlug == slug && m.UserId == member.UserId).ToListAsync(cancellationToken));
        await audit.WriteAsync(HostAudit.ActorOf(actor), "removed", slug, member.Email, cancellationToken: cancellationToken);
        return null;
    }

    /// <summary>
    /// Account recovery by another administrator: the password, authenticator and recovery codes are cleared, every
    /// session ends at its next security stamp check (within a minute), and a new invitation is emailed to the person.
    /// </summary>
    public async Task<(string? Refused, bool Sent)> ResetSignInAsync(Organisation organisation, StaffMember member, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(member);
        var user = await users.FindByIdAsync(member.UserId);
        if (user is null)
        {
            return ("This account no longer exists", false);
        }

        if (user.Id == actor.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            return ("You cannot reset your own sign-in here: change your password or authenticator app on your account page", false);
        }

        if (user.IsHostAdministrator && !StaffRoles.IsHostAdministrator(actor))
        {
            return ("This person is also an administrator of the host: only another host administrator can reset their sign-in", false);
        }

        // A password set here would let someone disabled at the identity provider go on signing in.
        if ((await users.GetLoginsAsync(user)).Count > 0)
        {
            return ("This person signs in with single sign-on: their password and second factor are kept by your identity provider, so reset them there", false);
        }

        // The new password would open every organisation the person works for, not only this one.
        if (!StaffRoles.IsHostAdministrator(actor)
            && await db.Memberships.AnyAsync(m => m.UserId == user.Id && m.OrganisationSlug != organisation.Slug, cancellationToken))
        {
            return ("This person also works for another organisation on this host: only a host administrator can reset their sign-in", false);
        }

        if (await users.HasPasswordAsync(user))
        {
            await users.RemovePasswordAsync(user);
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        // Identity cannot empty the list, so it is replaced by one code that nobody is ever shown.
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 1);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);
        var issued = await invitations.CreateAsync(user.Email!, organisation.Slug, [], hostAdministrator: false, resetsSignIn: true, HostAudit.ActorOf(actor), cancellationToken);
        await audit.WriteAsync(HostAudit.ActorOf(actor), "reset sign-in", organisation.Slug, member.Email, cancellationToken: cancellationToken);
        return (null, await invitations.SendAsync(issued, organisation.Name, cancellationToken));
    }

    private async Task<bool> IsLastAdministratorAsync(string slug, StaffMember member, CancellationToken cancellationToken) =>
        member.Roles.Contains(OrganisationRole.Administrator)
        && !await db.Memberships.AnyAsync(m => m.OrganisationSlug == slug && m.Role == OrganisationRole.Administrator && m.UserId != member.UserId, cancellationToken);
}
