using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// The results the public sees: each survey's latest published snapshot, never the live counts. A snapshot is
/// published (on the schedule, or by staff) only when at least the suppression threshold of new responses has
/// arrived, and each question moves only as <see cref="SnapshotPolicy"/> allows, so watching the results while
/// answering reveals no single response. Held in memory and looked up again at most every
/// <see cref="HeldPerSurvey.OtherServersWithin"/>, so snapshots published by other servers show within that time.
/// </summary>
internal sealed partial class PublishedResults(
    CoProDbContextFactory contexts,
    SurveyProvider surveys,
    SurveyService service,
    TimeProvider time,
    IOptions<CoProWidgetsOptions> options,
    ILogger<PublishedResults> logger)
{
    // Null held: looked up, and none published yet.
    private readonly HeldPerSurvey<PublishedSnapshot?> _held = new(time);

    /// <summary>The latest published snapshot of a survey, or null when none has been published.</summary>
    public async Task<PublishedSnapshot?> LatestAsync(SurveyDefinition survey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var (held, fresh) = _held.Get(survey.Name);
        if (fresh)
        {
            return held;
        }

        await using var db = contexts.Create();
        var sequence = await db.ResultsSnapshots.AsNoTracking().Where(s => s.Survey == survey.Name).MaxAsync(s => (int?)s.Sequence, cancellationToken);
        PublishedSnapshot? snapshot = null;
        if (sequence is { } latest)
        {
            // The same snapshot keeps the same object, so widget HTML rendered from it is kept too.
            snapshot = held?.Sequence == latest ? held : await ReadAsync(db, survey.Name, latest, cancellationToken);
        }

        _held.Hold(survey.Name, snapshot);
        return snapshot;
    }

    /// <summary>
    /// Publishes a new snapshot of a survey if at least the threshold of responses arrived since the last one;
    /// returns it, or null when there were too few new responses (or another server published at the same moment).
    /// <paramref name="alongside"/> adds to the same transaction (a staff publication's audit record).
    /// </summary>
    public async Task<PublishedSnapshot?> PublishAsync(SurveyDefinition survey, string? publishedBy, Action<CoProDbContext>? alongside, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var threshold = options.Value.Results.SuppressBelow;
        var live = await SurveyTally.ReadAsync(contexts, survey.Name, cancellationToken);
        await using var db = contexts.Create();
        var latest = await db.ResultsSnapshots.AsNoTracking().Where(s => s.Survey == survey.Name).OrderByDescending(s => s.Sequence).FirstOrDefaultAsync(cancellationToken);
        var previous = latest?.ToTally();
        if (live.Responses - (previous?.Responses ?? 0) < threshold)
        {
            return null;
        }

        var (next, held) = SnapshotPolicy.Next(survey, live, previous, threshold);
        var row = new ResultsSnapshot
        {
            Survey = survey.Name,
            Sequence = (latest?.Sequence ?? 0) + 1,
            PublishedAt = time.GetUtcNow().UtcDateTime,
            Responses = next.Responses,
            Counts = ResultsSnapshot.FromTally(next),
            Held = held.Count == 0 ? null : string.Join(',', held),
            PublishedBy = publishedBy is null ? null : publishedBy[..Math.Min(publishedBy.Length, ResultsSnapshot.MaxPublishedByLength)],
        };
        db.ResultsSnapshots.Add(row);
        alongside?.Invoke(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another server published this sequence first; its snapshot stands.
            return null;
        }

        var snapshot = new PublishedSnapshot(row.Sequence, row.PublishedAt, next, held);
        _held.Hold(survey.Name, snapshot);
        LogPublished(survey.Name, row.Sequence, row.Responses, held.Count);
        return snapshot;
    }

    /// <summary>
    /// Publishes every survey whose results are published on the schedule and may be shown today, where enough new
    /// responses have arrived; returns how many were published.
    /// </summary>
    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        var published = 0;
        foreach (var survey in surveys.Names().Select(name => surveys.Get(name).Value).OfType<SurveyDefinition>())
        {
            if (survey.Results != SurveyResultsShown.AfterReview && ResultsViewComponent.NotShown(survey, service.StatusOf(survey)) is null
                && await PublishAsync(survey, publishedBy: null, alongside: null, cancellationToken) is not null)
            {
                published++;
            }
        }

        return published;
    }

    private static async Task<PublishedSnapshot> ReadAsync(CoProDbContext db, string survey, int sequence, CancellationToken cancellationToken)
    {
        var row = await db.ResultsSnapshots.AsNoTracking().SingleAsync(s => s.Survey == survey && s.Sequence == sequence, cancellationToken);
        return new PublishedSnapshot(row.Sequence, row.PublishedAt, row.ToTally(), row.Held?.Split(',') ?? []);
    }

    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Results of survey {Survey} published as snapshot {Sequence}: {Responses} responses, {Held} question(s) kept at earlier figures.")]
    private partial void LogPublished(string survey, int sequence, long responses, int held);
}

/// <summary>A published snapshot of a survey's results.</summary>
/// <param name="Sequence">Its number, from 1, per survey.</param>
/// <param name="PublishedAt">When it was published (UTC).</param>
/// <param name="Tally">The counts its figures are made from.</param>
/// <param name="Held">The questions kept at earlier figures, because moving them would have revealed someone.</param>
internal sealed record PublishedSnapshot(int Sequence, DateTime PublishedAt, SurveyTally Tally, IReadOnlyList<string> Held);
