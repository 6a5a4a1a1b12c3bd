using CoProWidgets.Quotes;
using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoProWidgets.Surveys;

/// <summary>How <see cref="SurveyResponse"/> is stored: its table, keys, sizes and indexes, applied by <see cref="CoProDbContext"/>.</summary>
internal sealed class SurveyResponseStorage : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> response)
    {
        response.ToTable("copro_survey_responses");
        response.HasKey(r => r.Id);
        response.Property(r => r.Survey).HasMaxLength(SurveyResponse.MaxSurveyLength).IsRequired();
        response.Property(r => r.Version).HasMaxLength(SurveyResponse.VersionLength).IsRequired();
        response.Property(r => r.Key).HasMaxLength(SurveyResponse.KeyLength).IsRequired();
        response.Property(r => r.Answers).IsRequired();
        response.Property(r => r.Channel).HasConversion<string>().HasMaxLength(SurveyChannels.MaxLength);
        response.HasIndex(r => r.Key).IsUnique();
        response.HasIndex(r => new { r.Survey, r.SubmittedAt });
        response.Property(r => r.Flags).HasMaxLength(SurveyQuote.MaxFlagsLength);
        response.Property(r => r.EventName).HasMaxLength(SurveyResponse.MaxEventLength);
        response.Property(r => r.Language).HasMaxLength(SurveyResponse.MaxLanguageLength).IsRequired().HasDefaultValue(Localisation.LanguageTag.Default);
        response.Property(r => r.Format).HasMaxLength(SurveyResponse.MaxFormatLength).IsRequired().HasDefaultValue("standard");
    }
}

/// <summary>The <see cref="SurveyResponse"/> table, as a property of the context, without the context knowing this feature.</summary>
internal static class SurveyResponseStorageSet
{
    extension(CoProDbContext db)
    {
        public DbSet<SurveyResponse> SurveyResponses => db.Set<SurveyResponse>();
    }
}
