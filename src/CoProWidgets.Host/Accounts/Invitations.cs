using CoProWidgets.Host.Organisations;
using CoProWidgets.Host.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Host.Accounts;

/// <summary>What a token from an invitation link turned out to be.</summary>
internal enum InvitationState
{
    /// <summary>No invitation has it: mistyped, cancelled, or replaced by a newer one.</summary>
    Unknown,

    /// <summary>Its time ran out.</summary>
    Expired,

    /// <summary>It was accepted already.</summary>
    Used,

    /// <summary>It can be accepted.</summary>
    Valid,
}

/// <summary>An invitation just made or renewed, with the link that only this moment knows.</summary>
internal sealed record IssuedInvitation(Invitation Invitation, string Link);

/// <summary>
/// Makes, finds, renews and sends invitations. Each is saved before its email is sent, so nothing an administrator
/// was told is done can be lost to a mail server that is down: the invitation waits, marked unsent, to be sent again.
/// </summary>
internal sealed class Invitations(HostDbContext db, HostLinks links, HostMailer mailer, ILookupNormalizer normalizer, TimeProvider clock, IOptions<StaffAccountOptions> options)
{
    public async Task<IssuedInvitation> CreateAsync(
        string email, string? organisationSlug, IEnumerable<OrganisationRole> roles, bool hostAdministrator, bool resetsSignIn, string invitedBy, CancellationToken cancellationToken)
    {
        // A new invitation to the same place replaces a pending one, so only the latest link works.
        var pending = await db.Invitations.Where(i => i.Email == email && i.OrganisationSlug == organisationSlug && i.Accepted == null).ToListAsync(cancellationToken);
        db.Invitations.RemoveRange(pending.Where(i => i.HostAdministrator == hostAdministrator));
        var token = InvitationToken.New();
        var now = clock.GetUtcNow();
        var normalized = normalizer.NormalizeEmail(email);
        var invitation = new Invitation
        {
            Email = email,
            UserId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken),
            OrganisationSlug = organisationSlug,
            Roles = Invitation.Join(roles),
            HostAdministrator = hostAdministrator,
            ResetsSignIn = resetsSignIn,
            InvitedBy = invitedBy,
            Created = now,
            Expires = now + options.Value.InvitationLifetime,
            TokenHash = InvitationToken.Hash(token),
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedInvitation(invitation, links.InvitationLink(token));
    }

    /// <summary>A new link and a new expiry for a pending invitation; the old link stops working.</summary>
    public async Task<IssuedInvitation> RenewAsync(Invitation invitation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var token = InvitationToken.New();
        invitation.TokenHash = InvitationToken.Hash(token);
        invitation.Expires = clock.GetUtcNow() + options.Value.InvitationLifetime;
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedInvitation(invitation, links.InvitationLink(token));
    }

    public async Task<(InvitationState State, Invitation? Invitation)> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (!InvitationToken.IsWellFormed(token))
        {
            return (InvitationState.Unknown, null);
        }

        var hash = InvitationToken.Hash(token!);
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        return invitation switch
        {
            null => (InvitationState.Unknown, null),
            { Accepted: not null } => (InvitationState.Used, invitation),
            _ when invitation.Expires <= clock.GetUtcNow() => (InvitationState.Expired, invitation),
            _ => (InvitationState.Valid, invitation),
        };
    }

    /// <summary>Emails the link; records whether it went, so a failure stays on the staff page until sent again.</summary>
    public async Task<bool> SendAsync(IssuedInvitation issued, string organisationName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(issued);
        var invitation = issued.Invitation;
        var what = invitation.ResetsSignIn
            ? $"An administrator has reset how you sign in to {organisationName}'s co-production workspace. Choose a new password and set up your authenticator app again"
            : $"You have been invited to {organisationName}'s co-production workspace. Choose a password and set up an authenticator app to start";
        var text = $"""
            Hello,

            {what} by opening this link:

            {issued.Link}

            The link works once, until {invitation.Expires.ToUniversalTime():d MMMM yyyy 'at' HH:mm} UTC. If it has run out, ask {invitation.InvitedBy} to send a new one.

            If you did not expect this email, you can ignore it: nothing happens unless the link is opened.
            """;
        var sent = await mailer.SendAsync(invitation.Email, invitation.ResetsSignIn ? "Set up your sign-in again" : $"Your invitation to {organisationName}", text, cancellationToken);
        invitation.SendFailed = !sent;
        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }
}
