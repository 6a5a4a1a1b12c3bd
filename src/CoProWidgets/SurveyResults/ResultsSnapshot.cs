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

    /// <summary>
    /// The true counts when it was taken, as JSON like <see cref="Counts"/>: never shown, read only by the disclosure
    /// audit of later snapshots. Null for a snapshot published before the audit, whose counts are worked out again
    /// from the responses submitted by then.
    /// </summary>
    public string? Basis { get; set; }

    /// <summary>For each question, the group rows hidden beyond the usual suppression, as JSON, or null.</summary>
    public string? Hidden { get; set; }

    /// <summary>Whether staff withdrew it: the one before shows again. It was seen, so later audits still count it.</summary>
    public bool Withdrawn { get; set; }

    public DateTime? WithdrawnAt { get; set; }

    public string? WithdrawnBy { get; set; }

    public SurveyTally ToTally() => TallyOf(Counts);

    public SurveyTally? ToBasis() => Basis is null ? null : TallyOf(Basis);

    public IReadOnlyDictionary<string, IReadOnlySet<string>> ToHidden() => Hidden is null
        ? new Dictionary<string, IReadOnlySet<string>>()
        : JsonSerializer.Deserialize<Dictionary<string, string[]>>(Hidden)!.ToDictionary(pair => pair.Key, pair => (IReadOnlySet<string>)pair.Value.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    public static string? FromHidden(IReadOnlyDictionary<string, IReadOnlySet<string>> hidden) =>
        hidden.Count == 0 ? null : JsonSerializer.Serialize(hidden.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToDictionary(pair => pair.Key, pair => pair.Value.Order(StringComparer.Ordinal).ToArray()));

    private static SurveyTally TallyOf(string json) =>
        new(JsonSerializer.Deserialize<JsonElement[][]>(json)!.Select(row => new KeyValuePair<(string, string, string), long>((row[0].GetString()!, row[1].GetString()!, row[2].GetString()!), row[3].GetInt64())));

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
        snapshot.Property(s => s.WithdrawnBy).HasMaxLength(ResultsSnapshot.MaxPublishedByLength);
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
