using CoProWidgets.Storage;
using CoProWidgets.Surveys;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// Each survey's counts, held in memory until they change: read again as soon as this server stores a response to the
/// survey, and otherwise at most every <see cref="HeldPerSurvey.OtherServersWithin"/>, so responses stored by other
/// servers sharing the database show within that time. A tally read again with the same counts is kept as it was, so
/// the results widget's HTML, rendered from it, is kept too.
/// </summary>
internal sealed class SurveyTallies(CoProDbContextFactory contexts, SurveyService surveys, TimeProvider time)
{
    private readonly HeldPerSurvey<Counted> _held = new(time);

    public async Task<SurveyTally> GetAsync(SurveyDefinition survey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(survey);

        // Noted before reading, so a response stored during the read makes the next request read again.
        var stored = surveys.StoredHere(survey.Name);
        var (held, fresh) = _held.Get(survey.Name);
        if (held is not null && held.Stored == stored && fresh)
        {
            return held.Tally;
        }

        var tally = await SurveyTally.ReadAsync(contexts, survey.Name, cancellationToken);
        if (held is not null && held.Tally.SameCountsAs(tally))
        {
            tally = held.Tally;
        }

        _held.Hold(survey.Name, new Counted(tally, stored));
        return tally;
    }

    private sealed record Counted(SurveyTally Tally, long Stored);
}
