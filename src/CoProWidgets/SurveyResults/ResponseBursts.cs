using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// Finds a burst of online responses to one group since a survey's last snapshot:
/// <see cref="CoProResultsOptions.BurstResponses"/> or more within <see cref="CoProResultsOptions.BurstWindow"/>.
/// Only a group has a row a burst could lift over the threshold: responses with no group, and surveys without a
/// group question, never make one.
/// Only responses since the last snapshot are read, so the work is bounded by what arrived in one refresh interval.
/// </summary>
internal sealed class ResponseBursts(CoProDbContextFactory contexts, IOptions<CoProWidgetsOptions> options)
{
    /// <summary>The largest burst since the last snapshot (withdrawn or not), or null when there is none.</summary>
    public async Task<ResponseBurst?> FindAsync(SurveyDefinition survey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var (least, window) = (options.Value.Results.BurstResponses, options.Value.Results.BurstWindow);
        await using var db = contexts.Create();
        var since = await db.ResultsSnapshots.AsNoTracking().Where(s => s.Survey == survey.Name).MaxAsync(s => (DateTime?)s.PublishedAt, cancellationToken) ?? DateTime.MinValue;
        var recent = await db.SurveyResponses.AsNoTracking()
            .Where(r => r.Survey == survey.Name && !r.Excluded && r.SubmittedAt > since && (r.Channel == SurveyChannel.Online || r.Channel == SurveyChannel.Embedded))
            .OrderBy(r => r.SubmittedAt)
            .Select(r => new { r.SubmittedAt, r.Answers })
            .ToListAsync(cancellationToken);
        if (recent.Count < least)
        {
            return null;
        }

        if (survey.GroupQuestion?.Id is not { } groupQuestion)
        {
            return null;
        }

        ResponseBurst? largest = null;
        foreach (var times in recent.GroupBy(r => SurveyAnswers.FromJson(r.Answers).TextOf(groupQuestion), r => r.SubmittedAt).Where(times => times.Key is not null))
        {
            var at = times.ToList();
            var start = 0;
            for (var end = 0; end < at.Count; end++)
            {
                while (at[end] - at[start] > window)
                {
                    start++;
                }

                var count = end - start + 1;
                if (count >= least && count > (largest?.Responses ?? 0))
                {
                    largest = new ResponseBurst(times.Key!, count, at[start], at[end]);
                }
            }
        }

        return largest;
    }
}

/// <summary>Responses to one group that arrived close together.</summary>
/// <param name="Group">The group's option id.</param>
/// <param name="Responses">How many.</param>
/// <param name="From">When the first arrived (UTC).</param>
/// <param name="To">When the last arrived (UTC).</param>
internal sealed record ResponseBurst(string Group, int Responses, DateTime From, DateTime To);
