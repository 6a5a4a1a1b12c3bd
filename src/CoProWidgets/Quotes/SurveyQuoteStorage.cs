using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoProWidgets.Quotes;

/// <summary>How <see cref="SurveyQuote"/> is stored.</summary>
internal sealed class SurveyQuoteStorage : IEntityTypeConfiguration<SurveyQuote>
{
    public void Configure(EntityTypeBuilder<SurveyQuote> quote)
    {
        quote.ToTable("copro_survey_quotes");
        quote.HasKey(q => q.Id);
        quote.Property(q => q.Survey).HasMaxLength(SurveyQuote.MaxSurveyLength).IsRequired();
        quote.Property(q => q.Question).HasMaxLength(SurveyQuote.MaxIdLength).IsRequired();
        quote.Property(q => q.Group).HasMaxLength(SurveyQuote.MaxIdLength);
        quote.Property(q => q.Text).HasMaxLength(SurveyQuote.MaxTextLength).IsRequired();
        quote.Property(q => q.PublishedText).HasMaxLength(SurveyQuote.MaxTextLength);
        quote.Property(q => q.Flags).HasMaxLength(SurveyQuote.MaxFlagsLength);
        quote.Property(q => q.RedactionReason).HasMaxLength(SurveyQuote.MaxReasonLength);
        quote.Property(q => q.Themes).HasMaxLength(SurveyQuote.MaxThemesLength);
        quote.Property(q => q.DecidedBy).HasMaxLength(SurveyQuote.MaxDecidedByLength);
        quote.Property(q => q.Status).HasConversion<string>().HasMaxLength(20);
        quote.HasIndex(q => new { q.Survey, q.Status });
        quote.HasIndex(q => q.ResponseId);
    }
}

/// <summary>The <see cref="SurveyQuote"/> table, as a property of the context.</summary>
internal static class SurveyQuoteStorageSet
{
    extension(CoProDbContext db)
    {
        public DbSet<SurveyQuote> SurveyQuotes => db.Set<SurveyQuote>();
    }
}
