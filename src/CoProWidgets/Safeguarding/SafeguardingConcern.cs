using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoProWidgets.Safeguarding;

/// <summary>
/// Something in a response that may mean someone is at risk, waiting for a named member of staff to look and record
/// what they did: raised automatically when an answer was written (whatever the writer chose about publication), or
/// by staff on any answer.
/// </summary>
internal sealed class SafeguardingConcern
{
    public const int MaxSurveyLength = 100;
    public const int MaxQuestionLength = 100;
    public const int MaxNameLength = 200;
    public const int MaxReasonLength = 1000;
    public const int MaxActionLength = 2000;
    public const int MaxConcernsLength = 500;

    public Guid Id { get; set; }

    public string Survey { get; set; } = string.Empty;

    /// <summary>The response it is in; kept when the response is deleted, so what staff did stays on record.</summary>
    public Guid ResponseId { get; set; }

    /// <summary>The question whose answer raised it, or null when staff raised it on the response as a whole.</summary>
    public string? Question { get; set; }

    public DateTime RaisedAt { get; set; }

    /// <summary>The member of staff who raised it, or null when the screening did.</summary>
    public string? RaisedBy { get; set; }

    /// <summary>Why staff raised it, or the kinds of concern the screening found (self-harm, neglect ...).</summary>
    public string? Reason { get; set; }

    public SafeguardingStatus Status { get; set; }

    public string? ActionedBy { get; set; }

    public DateTime? ActionedAt { get; set; }

    /// <summary>What the member of staff did, in their words.</summary>
    public string? Action { get; set; }

    /// <summary>When the safeguarding address was told there was something to look at, or null.</summary>
    public DateTime? NotifiedAt { get; set; }
}

internal enum SafeguardingStatus
{
    Open = 0,
    Actioned = 1,
}

/// <summary>How <see cref="SafeguardingConcern"/> is stored.</summary>
internal sealed class SafeguardingConcernStorage : IEntityTypeConfiguration<SafeguardingConcern>
{
    public void Configure(EntityTypeBuilder<SafeguardingConcern> concern)
    {
        concern.ToTable("copro_safeguarding_concerns");
        concern.HasKey(c => c.Id);
        concern.Property(c => c.Survey).HasMaxLength(SafeguardingConcern.MaxSurveyLength).IsRequired();
        concern.Property(c => c.Question).HasMaxLength(SafeguardingConcern.MaxQuestionLength);
        concern.Property(c => c.RaisedBy).HasMaxLength(SafeguardingConcern.MaxNameLength);
        concern.Property(c => c.Reason).HasMaxLength(SafeguardingConcern.MaxReasonLength);
        concern.Property(c => c.ActionedBy).HasMaxLength(SafeguardingConcern.MaxNameLength);
        concern.Property(c => c.Action).HasMaxLength(SafeguardingConcern.MaxActionLength);
        concern.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        concern.HasIndex(c => new { c.Status, c.RaisedAt });
        concern.HasIndex(c => c.ResponseId);
        concern.HasIndex(c => c.NotifiedAt);
    }
}

/// <summary>The <see cref="SafeguardingConcern"/> table, as a property of the context.</summary>
internal static class SafeguardingConcernStorageSet
{
    extension(CoProDbContext db)
    {
        public DbSet<SafeguardingConcern> SafeguardingConcerns => db.Set<SafeguardingConcern>();
    }
}
