using System.Text.Json;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// One published snapshot of a survey's results: the counts the public figures are made from, numbered in order per
/// survey. The pair (survey, sequence) is unique, so two servers publishing at once store one.
/// </summary>
internal sealed class ResultsSnapshot
{
    public const int MaxPublishedByLength = 200;

    public string Survey { get; set; } = string.Empty;

    public int Sequence { get; set; }

    public DateTime PublishedAt { get; set; }

    /// <summary>The responses the snapshot counts.</summary>
    public long Responses { get; set; }

    /// <summary>The counts as JSON: an array of [question, option, group, count].</summary>
    public string Counts { get; set; } = "[]";

    /// <summary>The questions kept at their earlier figures, separated by commas, or null.</summary>
    public string? Held { get; set; }

    /// <summary>The staff member who published it, or null when it was published on the schedule.</summary>
    public string? PublishedBy { get; set; }

    public SurveyTally ToTally() =>
        new(JsonSerializer.Deserialize<JsonElement[][]>(Counts)!.Select(row => new KeyValuePair<(string, string, string), long>((row[0].GetString()!, row[1].GetString()!, row[2].GetString()!), row[3].GetInt64())));

    public static string FromTally(SurveyTally tally) =>
        JsonSerializer.Serialize(tally.Counts.OrderBy(pair => pair.Key).Select(pair => new object[] { pair.Key.Question, pair.Key.Option, pair.Key.Group, pair.Value }));
}

/// <summary>How <see cref="ResultsSnapshot"/> is stored.</summary>
internal sealed class ResultsSnapshotStorage : IEntityTypeConfiguration<ResultsSnapshot>
{
    public void Configure(EntityTypeBuilder<ResultsSnapshot> snapshot)
    {
        snapshot.ToTable("copro_results_snapshots");
        snapshot.HasKey(s => new { s.Survey, s.Sequence });
        snapshot.Property(s => s.Survey).HasMaxLength(SurveyResponse.MaxSurveyLength);
        snapshot.Property(s => s.Counts).IsRequired();
        snapshot.Property(s => s.Held).HasMaxLength(SurveyCount.MaxIdLength * 50);
        snapshot.Property(s => s.PublishedBy).HasMaxLength(ResultsSnapshot.MaxPublishedByLength);
    }
}

/// <summary>The <see cref="ResultsSnapshot"/> table, as a property of the context.</summary>
internal static class ResultsSnapshotStorageSet
{
    extension(CoProDbContext db)
    {
        public DbSet<ResultsSnapshot> ResultsSnapshots => db.Set<ResultsSnapshot>();
    }
}
