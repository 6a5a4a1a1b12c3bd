using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoProWidgets.Host.Accounts;

/// <summary>
/// One thing done to staff accounts: who did it, what, to whom, in which organisation and when. Never a password,
/// a token or a link.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The entry's number.</summary>
    public long Id { get; init; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>Who did it: a staff account's email, or <c>create-admin</c>.</summary>
    public required string Actor { get; init; }

    /// <summary>What was done, in a few words, such as <c>invited</c> or <c>reset sign-in</c>.</summary>
    public required string Action { get; init; }

    /// <summary>The organisation it was done in, if any.</summary>
    public string? OrganisationSlug { get; init; }

    /// <summary>Whose account it was done to (an email).</summary>
    public required string Subject { get; init; }

    /// <summary>Anything else worth knowing, such as the roles given.</summary>
    public string? Detail { get; init; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("host_audit_log");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Actor).HasMaxLength(256);
        entry.Property(e => e.Action).HasMaxLength(100);
        entry.Property(e => e.OrganisationSlug).HasMaxLength(40);
        entry.Property(e => e.Subject).HasMaxLength(256);
        entry.Property(e => e.Detail).HasMaxLength(500);
        entry.HasIndex(e => new { e.OrganisationSlug, e.At });
    }
}
