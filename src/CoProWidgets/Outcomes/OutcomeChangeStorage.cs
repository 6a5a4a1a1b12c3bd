using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoProWidgets.Outcomes;

/// <summary>How <see cref="OutcomeChange"/> is stored: its table, keys, sizes and indexes, applied by <see cref="CoProDbContext"/>.</summary>
internal sealed class OutcomeChangeStorage : IEntityTypeConfiguration<OutcomeChange>
{
    public void Configure(EntityTypeBuilder<OutcomeChange> change)
    {
        change.ToTable("copro_outcome_changes");
        change.HasKey(c => new { c.Outcome, c.Status });
        change.Property(c => c.Outcome).HasMaxLength(SurveyCount.MaxIdLength);
        change.Property(c => c.Status).HasMaxLength(OutcomeChange.MaxStatusLength);
    }
}

/// <summary>The <see cref="OutcomeChange"/> table, as a property of the context, without the context knowing this feature.</summary>
internal static class OutcomeChangeStorageSet
{
    extension(CoProDbContext db)
    {
        public DbSet<OutcomeChange> OutcomeChanges => db.Set<OutcomeChange>();
    }
}
