using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoProWidgets.Safeguarding;

/// <summary>
/// The one row that says when the safeguarding address was last emailed. Every server sharing the database claims
/// the right to send by one conditional update of this row, so however many servers look at once, and whatever
/// arrives between their looks, only one email goes within <see cref="CoProSafeguardingOptions.NotifyAtMostEvery"/>.
/// </summary>
internal sealed class SafeguardingNotice
{
    /// <summary>The id of the only row, which the migration that made the table inserts.</summary>
    public const int OnlyId = 1;

    public int Id { get; set; }

    /// <summary>When the last email was queued, or null when none has been.</summary>
    public DateTime? LastSentAt { get; set; }
}

/// <summary>How <see cref="SafeguardingNotice"/> is stored.</summary>
internal sealed class SafeguardingNoticeStorage : IEntityTypeConfiguration<SafeguardingNotice>
{
    public void Configure(EntityTypeBuilder<SafeguardingNotice> notice)
    {
        notice.ToTable("copro_safeguarding_notices");
        notice.HasKey(n => n.Id);
        notice.Property(n => n.Id).ValueGeneratedNever();
        notice.HasData(new SafeguardingNotice { Id = SafeguardingNotice.OnlyId });
    }
}

/// <summary>The <see cref="SafeguardingNotice"/> table, as a property of the context.</summary>
internal static class SafeguardingNoticeStorageSet
{
    extension(CoProDbContext db)
    {
        public DbSet<SafeguardingNotice> SafeguardingNotices => db.Set<SafeguardingNotice>();
    }
}
