using System.Collections.Concurrent;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// Each survey's counts, held in memory until they change: read again as soon as this server stores a response to the
/// survey, and otherwise at most every <see cref="OtherServersWithin"/>, so responses stored by other servers sharing
/// the database show within that time. A tally read again with the same counts is kept as it was, so the results
/// widget's HTML, rendered from it, is kept too.
/// </summary>
internal sealed class SurveyTallies(CoProDbContextFactory contexts, SurveyService surveys, TimeProvider time)
{
    /// <summary>How soon responses stored by another server sharing the database reach this one's results.</summary>
    public static readonly TimeSpan OtherServersWithin = TimeSpan.FromSeconds(10);

    // One entry per survey file whose results were shown: bounded by the content, not by visitors.
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<SurveyTally> GetAsync(SurveyDefinition survey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(survey);

        // Noted before reading, so a response stored during the read makes the next request read again.
        var stored = surveys.StoredHere(survey.Name);
        var now = time.GetUtcNow();
        var held = _entries.GetValueOrDefault(survey.Name);
        if (held is not null && held.Stored == stored && now - held.ReadAt < OtherServersWithin)
        {
            return held.Tally;
        }

        var tally = await SurveyTally.ReadAsync(contexts, survey.Name, cancellationToken);
        if (held is not null && held.Tally.SameCountsAs(tally))
        {
            tally = held.Tally;
        }

        _entries[survey.Name] = new Entry(tally, stored, now);
        return tally;
    }

    private sealed record Entry(SurveyTally Tally, long Stored, DateTimeOffset ReadAt);
}
