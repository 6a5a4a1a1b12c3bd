using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoProWidgets.Audit;

/// <summary>How <see cref="AuditEntry"/> is stored, applied by <see cref="CoProDbContext"/>.</summary>
internal sealed class AuditStorage : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("copro_audit_log");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Actor).HasMaxLength(AuditEntry.MaxActorLength).IsRequired();
        entry.Property(e => e.Action).HasMaxLength(AuditEntry.MaxActionLength).IsRequired();
        entry.Property(e => e.Subject).HasMaxLength(AuditEntry.MaxSubjectLength).IsRequired();
        entry.Property(e => e.Detail).HasMaxLength(AuditEntry.MaxDetailLength);
        entry.HasIndex(e => e.At);
    }
}

/// <summary>The <see cref="AuditEntry"/> table, as a property of the context, without the context knowing this feature.</summary>
internal static class AuditStorageSet
{
    extension(CoProDbContext db)
    {
        public DbSet<AuditEntry> AuditLog => db.Set<AuditEntry>();
    }
}
