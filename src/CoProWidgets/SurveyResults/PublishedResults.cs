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
/// <see cref="HeldPerSurvey.OtherServersWithin"/>, so snapshots published by other servers show within that time (at
/// once with Redis, where each server tells the others).
/// </summary>
internal sealed partial class PublishedResults(
    CoProDbContextFactory contexts,
    SurveyProvider surveys,
    ResultsDisclosure disclosure,
    ResponseBursts bursts,
    TimeProvider time,
    OtherServers otherServers,
    IOptions<CoProWidgetsOptions> options,
    ILogger<PublishedResults> logger)
{
    /// <summary>
    /// The most time the audit of one publication may take; a question whose audit runs out of it keeps its figures
    /// (see <see cref="SnapshotPolicy"/>). The audit grows with the snapshots published before: on the sample survey
    /// about 0.5 s for a whole publication after a year of daily snapshots, about 0.9 s with a response removed about
    /// once a month (DailyDisclosureAuditBenchmarks).
    /// </summary>
    public static readonly TimeSpan PublishBudget = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The most time the staff page's preview of a publication may take; it runs on a view that finds new counts or
    /// snapshots, and is held for the views after it.
    /// </summary>
    public static readonly TimeSpan PreviewBudget = TimeSpan.FromSeconds(5);

    // Null held: looked up, and none published yet.
    private readonly HeldPerSurvey<PublishedSnapshot?> _held = new(time, otherServers, "results");

    // The staff page's last preview of each survey, with what it was worked out from: a view that finds the same
    // survey file, the same counts and the same snapshots gets it again rather than running the audit again.
    private readonly HeldPerSurvey<HeldPreview> _previews = new(time);

    /// <summary>The latest published snapshot of a survey that staff have not withdrawn, or null when there is none.</summary>
    public async Task<PublishedSnapshot?> LatestAsync(SurveyDefinition survey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var (held, fresh) = _held.Get(survey.Name);
        if (fresh)
        {
            return held;
        }

        await using var db = contexts.Create();
        var sequence = await db.ResultsSnapshots.AsNoTracking().Where(s => s.Survey == survey.Name && !s.Withdrawn).MaxAsync(s => (int?)s.Sequence, cancellationToken);
        PublishedSnapshot? snapshot = null;
        if (sequence is { } latest)
        {
            // The same snapshot keeps the same object, so widget HTML rendered from it is kept too.
            snapshot = held?.Sequence == latest ? held : Published(await db.ResultsSnapshots.AsNoTracking().SingleAsync(s => s.Survey == survey.Name && s.Sequence == latest, cancellationToken));
        }

        _held.Hold(survey.Name, snapshot);
        return snapshot;
    }

    /// <summary>
    /// Publishes a new snapshot of a survey if at least the threshold of responses arrived since the last one;
    /// returns it, or null when there were too few new responses (or another server published at the same moment).
    /// <paramref name="publishedBy"/> is null on the schedule, which never shows a group row for the first time.
    /// <paramref name="alongside"/> adds to the same transaction (a staff publication's audit record).
    /// </summary>
    public async Task<PublishedSnapshot?> PublishAsync(SurveyDefinition survey, string? publishedBy, Action<CoProDbContext>? alongside, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var threshold = options.Value.Results.SuppressBelow;
        var live = await SurveyTally.ReadAsync(contexts, survey.Name, cancellationToken);
        await using var db = contexts.Create();
        var history = await HistoryAsync(db, survey, cancellationToken);
        if (live.Responses - (history.Records.LastOrDefault()?.Basis.Responses ?? 0) < threshold)
        {
            return null;
        }

        var next = SnapshotPolicy.Next(survey, live, history.Records, threshold, scheduled: publishedBy is null, PublishBudget);
        var row = new ResultsSnapshot
        {
            Survey = survey.Name,
            Sequence = (history.Rows.LastOrDefault()?.Sequence ?? 0) + 1,
            PublishedAt = time.GetUtcNow().UtcDateTime,
            Responses = next.Tally.Responses,
            Counts = ResultsSnapshot.FromTally(next.Tally),
            Basis = ResultsSnapshot.FromTally(live),
            Held = next.Held.Count == 0 ? null : string.Join(',', next.Held),
            Hidden = ResultsSnapshot.FromHidden(next.Hidden),
            PublishedBy = Bounded(publishedBy),
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

        var snapshot = Published(row);
        _held.Changed(survey.Name, snapshot);
        LogPublished(survey.Name, row.Sequence, row.Responses, next.Held.Count);
        return snapshot;
    }

    /// <summary>
    /// What a staff publication would show from the responses stored now, beside the latest published snapshot, so
    /// staff see what becomes visible before it does (even while too few have arrived to publish yet); null when
    /// nothing has arrived since the last snapshot.
    /// </summary>
    public async Task<SnapshotDecision?> PreviewAsync(SurveyDefinition survey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var live = await SurveyTally.ReadAsync(contexts, survey.Name, cancellationToken);
        await using var db = contexts.Create();
        var history = await HistoryAsync(db, survey, cancellationToken);
        var snapshots = string.Join(',', history.Rows.Select(row => row.Withdrawn ? -row.Sequence : row.Sequence));
        if (_previews.Get(survey.Name).Value is { } held && ReferenceEquals(held.Survey, survey) && held.Snapshots == snapshots && held.Live.SameCountsAs(live))
        {
            return held.Decision;
        }

        var decision = history.Records.Count > 0 && live.SameCountsAs(history.Records[^1].Basis)
            ? null
            : SnapshotPolicy.Next(survey, live, history.Records, options.Value.Results.SuppressBelow, scheduled: false, PreviewBudget);
        _previews.Hold(survey.Name, new HeldPreview(survey, live, snapshots, decision));
        return decision;
    }

    /// <summary>
    /// Withdraws the latest snapshot still shown, so the one before shows again (or none), with
    /// <paramref name="alongside"/> (the audit record) in the same transaction; false when there is none to withdraw.
    /// A withdrawn snapshot was seen, so it stays stored and every later audit still counts it.
    /// </summary>
    public async Task<bool> WithdrawAsync(SurveyDefinition survey, string withdrawnBy, Action<CoProDbContext>? alongside, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(survey);
        await using var db = contexts.Create();
        var latest = await db.ResultsSnapshots.Where(s => s.Survey == survey.Name && !s.Withdrawn).OrderByDescending(s => s.Sequence).FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return false;
        }

        latest.Withdrawn = true;
        latest.WithdrawnAt = time.GetUtcNow().UtcDateTime;
        latest.WithdrawnBy = Bounded(withdrawnBy);
        alongside?.Invoke(db);
        await db.SaveChangesAsync(cancellationToken);
        _held.Changed(survey.Name);
        LogWithdrawn(survey.Name, latest.Sequence);
        return true;
    }

    /// <summary>
    /// Publishes every survey whose results are published on the schedule and may be shown today, where enough new
    /// responses have arrived and no burst of responses to one group is waiting for staff; returns how many were published.
    /// </summary>
    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        var published = 0;
        foreach (var survey in surveys.Names().Select(name => surveys.Get(name).Value).OfType<SurveyDefinition>())
        {
            if (survey.Results == SurveyResultsShown.AfterReview || !disclosure.MayShow(survey))
            {
                continue;
            }

            try
            {
                if (await bursts.FindAsync(survey, cancellationToken) is { } burst)
                {
                    LogPaused(survey.Name, burst.Responses, burst.Group);
                    continue;
                }

                if (await PublishAsync(survey, publishedBy: null, alongside: null, cancellationToken) is not null)
                {
                    published++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One survey's failure never keeps the others from being published.
                LogSurveyFailed(ex, survey.Name);
            }
        }

        return published;
    }

    private static string? Bounded(string? name) => name is null ? null : name[..Math.Min(name.Length, ResultsSnapshot.MaxPublishedByLength)];

    private static PublishedSnapshot Published(ResultsSnapshot row) =>
        new(row.Sequence, row.PublishedAt, row.ToTally(), row.Held?.Split(',') ?? [], row.ToHidden());

    /// <summary>Every snapshot of a survey ever published, withdrawn ones too, oldest first, with its true counts.</summary>
    private static async Task<(List<ResultsSnapshot> Rows, List<SnapshotRecord> Records)> HistoryAsync(CoProDbContext db, SurveyDefinition survey, CancellationToken cancellationToken)
    {
        var rows = await db.ResultsSnapshots.AsNoTracking().Where(s => s.Survey == survey.Name).OrderBy(s => s.Sequence).ToListAsync(cancellationToken);
        var records = new List<SnapshotRecord>();
        List<(DateTime At, string Answers)>? responses = null;
        foreach (var row in rows)
        {
            var basis = row.ToBasis();
            if (basis is null)
            {
                // Published before the audit kept its true counts: the responses submitted by then give them again.
                responses ??= (await db.SurveyResponses.AsNoTracking().Where(r => r.Survey == survey.Name && !r.Excluded)
                    .Select(r => new { r.SubmittedAt, r.Answers }).ToListAsync(cancellationToken)).Select(r => (r.SubmittedAt, r.Answers)).ToList();
                basis = new SurveyTally(responses.Where(r => r.At <= row.PublishedAt)
                    .SelectMany(r => SurveyService.Counted(survey, SurveyAnswers.FromJson(r.Answers)))
                    .CountBy(key => key).Select(pair => new KeyValuePair<(string, string, string), long>(pair.Key, pair.Value)));
            }

            records.Add(new SnapshotRecord(basis, row.ToTally(), row.Held?.Split(',') ?? [], row.ToHidden(), row.Withdrawn));
        }

        return (rows, records);
    }

    // A preview of the next snapshot, and the survey file, counts and snapshots (by sequence, withdrawn ones negative)
    // it was worked out from.
    private sealed record HeldPreview(SurveyDefinition Survey, SurveyTally Live, string Snapshots, SnapshotDecision? Decision);

    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Results of survey {Survey} published as snapshot {Sequence}: {Responses} responses, {Held} question(s) kept at earlier figures.")]
    private partial void LogPublished(string survey, int sequence, long responses, int held);

    [LoggerMessage(EventId = 404, Level = LogLevel.Warning, Message = "Results of survey {Survey} could not be published this time; trying again at the next look.")]
    private partial void LogSurveyFailed(Exception exception, string survey);

    [LoggerMessage(EventId = 402, Level = LogLevel.Information, Message = "Results snapshot {Sequence} of survey {Survey} withdrawn by staff; the one before shows again.")]
    private partial void LogWithdrawn(string survey, int sequence);

    [LoggerMessage(EventId = 403, Level = LogLevel.Warning, Message = "Scheduled publication of survey {Survey} paused: {Responses} responses from one group ({Group}) arrived close together; staff publish when they have looked.")]
    private partial void LogPaused(string survey, int responses, string group);
}

/// <summary>A published snapshot of a survey's results.</summary>
/// <param name="Sequence">Its number, from 1, per survey.</param>
/// <param name="PublishedAt">When it was published (UTC).</param>
/// <param name="Tally">The counts its figures are made from.</param>
/// <param name="Held">The questions kept at earlier figures, because moving them would have revealed someone.</param>
/// <param name="Hidden">For each question, the group rows hidden beyond the usual suppression.</param>
internal sealed record PublishedSnapshot(int Sequence, DateTime PublishedAt, SurveyTally Tally, IReadOnlyList<string> Held, IReadOnlyDictionary<string, IReadOnlySet<string>> Hidden);
