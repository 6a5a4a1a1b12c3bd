using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// A survey's running counts, read in one query by the survey's key: the work is the same for ten responses or a
/// hundred thousand, since the responses themselves are never read.
/// </summary>
internal sealed class SurveyTally
{
    private readonly Dictionary<(string Question, string Option, string Group), long> _counts;

    public SurveyTally(IEnumerable<SurveyCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        _counts = counts.ToDictionary(count => (count.Question, count.Option, count.Group), count => count.Count);
    }

    public SurveyTally(IEnumerable<KeyValuePair<(string Question, string Option, string Group), long>> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        _counts = counts.Where(pair => pair.Value != 0).ToDictionary(pair => pair.Key, pair => pair.Value);
    }

    /// <summary>No responses.</summary>
    public static SurveyTally Empty { get; } = new(Array.Empty<SurveyCount>());

    /// <summary>Every count, keyed by question, option and group.</summary>
    public IReadOnlyDictionary<(string Question, string Option, string Group), long> Counts => _counts;

    /// <summary>How many responses the survey has had.</summary>
    public long Responses => Of(string.Empty, string.Empty, string.Empty);

    /// <summary>Whether <paramref name="other"/> holds exactly the same counts.</summary>
    public bool SameCountsAs(SurveyTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return _counts.Count == other._counts.Count && _counts.All(pair => other._counts.TryGetValue(pair.Key, out var count) && count == pair.Value);
    }

    /// <summary>
    /// A count: of responses choosing <paramref name="option"/> (or answering at all, for an empty option) to
    /// <paramref name="question"/>, overall (empty group) or within <paramref name="group"/>.
    /// </summary>
    public long Of(string question, string option, string group) =>
        _counts.TryGetValue((question, option, group), out var count) ? count : 0;

    public static async Task<SurveyTally> ReadAsync(CoProDbContextFactory contexts, string survey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        await using var db = contexts.Create();
        return new SurveyTally(await db.SurveyCounts.AsNoTracking().Where(count => count.Survey == survey).ToListAsync(cancellationToken));
    }
}
