using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoProWidgets.Surveys;

/// <summary>How <see cref="SurveyCount"/> is stored: its table, keys, sizes and indexes, applied by <see cref="CoProDbContext"/>.</summary>
internal sealed class SurveyCountStorage : IEntityTypeConfiguration<SurveyCount>
{
    public void Configure(EntityTypeBuilder<SurveyCount> count)
    {
        count.ToTable("copro_survey_counts");
        count.HasKey(c => new { c.Survey, c.Question, c.Option, c.Group });
        count.Property(c => c.Survey).HasMaxLength(SurveyCount.MaxIdLength);
        count.Property(c => c.Question).HasMaxLength(SurveyCount.MaxIdLength);
        count.Property(c => c.Option).HasMaxLength(SurveyCount.MaxIdLength);
        count.Property(c => c.Group).HasMaxLength(SurveyCount.MaxIdLength);
    }
}

/// <summary>The <see cref="SurveyCount"/> table, as a property of the context, without the context knowing this feature.</summary>
internal static class SurveyCountStorageSet
{
    extension(CoProDbContext db)
    {
        public DbSet<SurveyCount> SurveyCounts => db.Set<SurveyCount>();
    }
}
