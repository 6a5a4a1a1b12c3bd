using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoProWidgets.Surveys;

/// <summary>
/// What someone wrote in answer to a <c>publish: ask</c> question, with their "yes" to publishing it, waiting for a
/// person's decision. Only an approved quote is ever shown, and only as approved (redactions and their reason kept).
/// It holds no name or link to anyone; the group is the respondent group they chose, shown only where the published
/// results show that group.
/// </summary>
internal sealed class SurveyQuote
{
    public const int MaxReasonLength = 500;
    public const int MaxFlagsLength = 500;
    public const int MaxThemesLength = 500;
    public const int MaxDecidedByLength = 200;

    public Guid Id { get; set; }

    public string Survey { get; set; } = string.Empty;

    public string Question { get; set; } = string.Empty;

    /// <summary>The response the words came from, so deleting it deletes them; null for quotes stored before.</summary>
    public Guid? ResponseId { get; set; }

    public string? Group { get; set; }

    public DateTime SubmittedAt { get; set; }

    /// <summary>The words as written.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The flags found automatically, separated by commas, or null.</summary>
    public string? Flags { get; set; }

    public SurveyQuoteStatus Status { get; set; }

    /// <summary>The words as published (redacted where needed), once approved.</summary>
    public string? PublishedText { get; set; }

    /// <summary>Why the published words differ from the written ones.</summary>
    public string? RedactionReason { get; set; }

    /// <summary>The themes staff tagged it with, separated by commas.</summary>
    public string? Themes { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAt { get; set; }

    /// <summary>The short code an outcome file cites the quote with: <c>{quote: 1a2b3c4d}</c>.</summary>
    public string Code => Id.ToString("N")[^8..];

    public IReadOnlyList<string> FlagList => Flags is null ? [] : Flags.Split(',');

    public IReadOnlyList<string> ThemeList => Themes is null ? [] : Themes.Split(',');
}

/// <summary>Where a quote stands.</summary>
internal enum SurveyQuoteStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}

/// <summary>How <see cref="SurveyQuote"/> is stored.</summary>
internal sealed class SurveyQuoteStorage : IEntityTypeConfiguration<SurveyQuote>
{
    public void Configure(EntityTypeBuilder<SurveyQuote> quote)
    {
        quote.ToTable("copro_survey_quotes");
        quote.HasKey(q => q.Id);
        quote.Property(q => q.Survey).HasMaxLength(SurveyResponse.MaxSurveyLength).IsRequired();
        quote.Property(q => q.Question).HasMaxLength(SurveyCount.MaxIdLength).IsRequired();
        quote.Property(q => q.Group).HasMaxLength(SurveyCount.MaxIdLength);
        quote.Property(q => q.Text).HasMaxLength(SurveyQuestion.MaxMaxLength).IsRequired();
        quote.Property(q => q.PublishedText).HasMaxLength(SurveyQuestion.MaxMaxLength);
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
