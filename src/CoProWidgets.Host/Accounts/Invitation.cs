using CoProWidgets.Host.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoProWidgets.Host.Accounts;

/// <summary>
/// An invitation to set up a staff account (or to join an organisation with an account one already has). Only a
/// SHA-256 hash of its one-time token is stored: the token itself is in the emailed or printed link and nowhere else,
/// so a copy of the database opens no account.
/// </summary>
public sealed class Invitation
{
    /// <summary>The invitation's id.</summary>
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>Who is invited.</summary>
    public required string Email { get; init; }

    /// <summary>
    /// The account that had <see cref="Email"/> when the invitation was made, or null when it makes a new account. The
    /// invitation is accepted only on that account, and only while it still has that address, so an account that gets
    /// the address later cannot take the invitation over.
    /// </summary>
    public string? UserId { get; init; }

    /// <summary>The organisation whose roles it grants, or null (a host administrator, or a new sign-in only).</summary>
    public string? OrganisationSlug { get; init; }

    /// <summary>The roles it grants in that organisation, space-separated.</summary>
    public string Roles { get; set; } = "";

    /// <summary>Whether accepting it makes the account a host administrator.</summary>
    public bool HostAdministrator { get; init; }

    /// <summary>Whether accepting it sets a new password and authenticator even on an account that has them.</summary>
    public bool ResetsSignIn { get; init; }

    /// <summary>Who sent it: a staff account's email, or <c>create-admin</c>.</summary>
    public required string InvitedBy { get; init; }

    /// <summary>When it was made.</summary>
    public DateTimeOffset Created { get; init; }

    /// <summary>When its link stops working.</summary>
    public DateTimeOffset Expires { get; set; }

    /// <summary>The SHA-256 hash of the link's token, as lower-case hex.</summary>
    public required string TokenHash { get; set; }

    /// <summary>When it was accepted, after which its link does nothing.</summary>
    public DateTimeOffset? Accepted { get; set; }

    /// <summary>Whether the last email with its link could not be handed to the mail server.</summary>
    public bool SendFailed { get; set; }

    /// <summary>The roles, one by one.</summary>
    public IReadOnlyList<OrganisationRole> RoleList =>
        [.. Roles.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(r => Enum.TryParse<OrganisationRole>(r, out var role) ? (OrganisationRole?)role : null).OfType<OrganisationRole>()];

    internal static string Join(IEnumerable<OrganisationRole> roles) => string.Join(' ', roles.Distinct().Order());
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> invitation)
    {
        invitation.ToTable("host_invitations");
        invitation.HasKey(i => i.Id);
        invitation.Property(i => i.Email).HasMaxLength(256);
        invitation.Property(i => i.OrganisationSlug).HasMaxLength(40);
        invitation.Property(i => i.UserId).HasMaxLength(450);
        invitation.Property(i => i.Roles).HasMaxLength(200);
        invitation.Property(i => i.InvitedBy).HasMaxLength(256);
        invitation.Property(i => i.TokenHash).HasMaxLength(64);
        invitation.HasIndex(i => i.TokenHash).IsUnique();
        invitation.HasIndex(i => i.OrganisationSlug);
        invitation.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationSlug).OnDelete(DeleteBehavior.Cascade);
        invitation.Ignore(i => i.RoleList);
    }
}
