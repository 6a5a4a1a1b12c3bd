using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoProWidgets.Email;

/// <summary>How <see cref="OutboxMessage"/> is stored: its table, keys, sizes and indexes, applied by <see cref="CoProDbContext"/>.</summary>
internal sealed class OutboxStorage : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.ToTable("copro_outbox");
        message.HasKey(m => m.Id);
        message.Property(m => m.Recipient).HasMaxLength(OutboxMessage.MaxRecipientLength).IsRequired();
        message.Property(m => m.Subject).HasMaxLength(OutboxMessage.MaxSubjectLength).IsRequired();
        message.Property(m => m.TextBody).HasMaxLength(OutboxMessage.MaxBodyLength).IsRequired();
        message.Property(m => m.HtmlBody).HasMaxLength(OutboxMessage.MaxBodyLength);
        message.Property(m => m.Headers).HasMaxLength(OutboxMessage.MaxHeadersLength);
        message.Property(m => m.Kind).HasMaxLength(40).IsRequired();
        message.Property(m => m.DeduplicationKey).HasMaxLength(200);
        message.Property(m => m.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);
        message.HasIndex(m => m.DeduplicationKey).IsUnique();
        message.HasIndex(m => new { m.SentAt, m.FailedAt, m.NextAttemptAt });
        message.HasIndex(m => m.Recipient);
    }
}

/// <summary>The <see cref="OutboxMessage"/> table, as a property of the context, without the context knowing this feature.</summary>
internal static class OutboxStorageSet
{
    extension(CoProDbContext db)
    {
        public DbSet<OutboxMessage> Outbox => db.Set<OutboxMessage>();
    }
}
