using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoProWidgets.Surveys;

/// <summary>
/// Answers saved to finish later ("save and come back later"): encrypted, found by the hash of the link's token, and
/// deleted when the response is submitted or once <see cref="ExpiresAt"/> has passed. Never a response: nothing
/// counts it.
/// </summary>
internal sealed class SavedSurvey
{
    public const int TokenHashLength = 64;
    public const int MaxDataLength = 512 * 1024;

    public Guid Id { get; set; }

    /// <summary>The survey's name: a link brings back answers to this survey only.</summary>
    public string Survey { get; set; } = string.Empty;

    /// <summary>The SHA-256 of the link's token, in hexadecimal; the token itself is only in the link.</summary>
    public string TokenHash { get; set; } = string.Empty;

    /// <summary>The response's idempotency key, so that submitting the response deletes what was saved of it.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The answers and the step reached, protected with Data Protection (a purpose of their own).</summary>
    public string Data { get; set; } = string.Empty;

    public DateTime SavedAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}

/// <summary>How <see cref="SavedSurvey"/> is stored, applied by <see cref="CoProDbContext"/>.</summary>
internal sealed class SavedSurveyStorage : IEntityTypeConfiguration<SavedSurvey>
{
    public void Configure(EntityTypeBuilder<SavedSurvey> saved)
    {
        saved.ToTable("copro_survey_saved");
        saved.HasKey(s => s.Id);
        saved.Property(s => s.Survey).HasMaxLength(SurveyResponse.MaxSurveyLength).IsRequired();
        saved.Property(s => s.TokenHash).HasMaxLength(SavedSurvey.TokenHashLength).IsRequired();
        saved.Property(s => s.Key).HasMaxLength(SurveyResponse.KeyLength).IsRequired();
        saved.Property(s => s.Data).HasMaxLength(SavedSurvey.MaxDataLength).IsRequired();
        saved.HasIndex(s => s.TokenHash).IsUnique();
        saved.HasIndex(s => new { s.Survey, s.Key });
        saved.HasIndex(s => s.ExpiresAt);
    }
}

/// <summary>The <see cref="SavedSurvey"/> table, as a property of the context, without the context knowing this feature.</summary>
internal static class SavedSurveyStorageSet
{
    extension(CoProDbContext db)
    {
        public DbSet<SavedSurvey> SavedSurveys => db.Set<SavedSurvey>();
    }
}
