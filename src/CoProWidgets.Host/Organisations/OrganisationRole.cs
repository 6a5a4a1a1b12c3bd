using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoProWidgets.Host.Organisations;

/// <summary>
/// What a member of staff may do for one organisation. The roles map onto the workspace's policies: every member may
/// use the workspace; <see cref="People"/> adds people and exports, <see cref="Moderation"/> what people wrote,
/// <see cref="Publishing"/> publishing results; <see cref="Administrator"/> has all of them and manages the
/// organisation's staff.
/// </summary>
public enum OrganisationRole
{
    /// <summary>The workspace only: overview, content, widgets, outcomes.</summary>
    Staff,

    /// <summary>People and exports: finding, downloading and erasing a person; every export.</summary>
    People,

    /// <summary>Moderation: responses, quotes and the safeguarding queue.</summary>
    Moderation,

    /// <summary>Publishing results.</summary>
    Publishing,

    /// <summary>Everything, and the organisation's staff.</summary>
    Administrator,
}

/// <summary>One member of staff's roles in one organisation.</summary>
public sealed class OrganisationMembership
{
    /// <summary>The staff account's id.</summary>
    public required string UserId { get; init; }

    /// <summary>The organisation's slug.</summary>
    public required string OrganisationSlug { get; init; }

    /// <summary>One role; a member with several roles has several rows.</summary>
    public required OrganisationRole Role { get; init; }

    /// <summary>When the role was given.</summary>
    public DateTimeOffset Granted { get; init; }
}

internal sealed class OrganisationMembershipConfiguration : IEntityTypeConfiguration<OrganisationMembership>
{
    public void Configure(EntityTypeBuilder<OrganisationMembership> membership)
    {
        membership.ToTable("host_memberships");
        membership.HasKey(m => new { m.UserId, m.OrganisationSlug, m.Role });
        membership.Property(m => m.UserId).HasMaxLength(450);
        membership.Property(m => m.OrganisationSlug).HasMaxLength(40);
        membership.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        membership.HasIndex(m => m.OrganisationSlug);
        membership.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationSlug).OnDelete(DeleteBehavior.Cascade);
    }
}
