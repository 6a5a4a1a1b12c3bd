using System.Collections.Concurrent;
using CoProWidgets.Quotes;
using CoProWidgets.Safeguarding;
using CoProWidgets.Screening;
using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Surveys;

/// <summary>Whether a survey takes answers now, and storing each response exactly once.</summary>
internal sealed class SurveyService(CoProDbContextFactory contexts, TimeProvider time, AnswerScreener screener, CoProWidgetsMetrics? metrics = null, WakeSignal<SafeguardingNotifier>? safeguarding = null)
{
    /// <summary>UK time, in which every date in a content file is meant.</summary>
    public static readonly TimeZoneInfo UkTime = FindUkTime();

    // One entry per survey file that has had a response here: bounded by the content, not by visitors.
    private readonly ConcurrentDictionary<string, long> _storedHere = new(StringComparer.Ordinal);

    /// <summary>How many responses to <paramref name="survey"/> this server has stored since it started: when it moves, the figures have.</summary>
    public long StoredHere(string survey) => _storedHere.GetValueOrDefault(survey);

    /// <summary>
    /// The UK day a response arrived, as exports give it (<c>yyyy-MM-dd</c>): no time of day, which alongside a
    /// channel or a small group could point to the person who answered.
    /// </summary>
    public static string Day(DateTime utc) => InUk(utc).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A stored UTC time as the UK clock showed it.</summary>
    public static DateTime InUk(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), UkTime);

    /// <summary>Where a survey stands today, in UK time: dates in survey files are UK dates.</summary>
    public SurveyStatus StatusOf(SurveyDefinition survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var today = DateOnly.FromDateTime(InUk(time.GetUtcNow().UtcDateTime));
        if (survey.Opens is { } opens && today < opens)
        {
            return SurveyStatus.NotYetOpen;
        }

        return survey.Closes is { } closes && today > closes ? SurveyStatus.Closed : SurveyStatus.Open;
    }

    /// <summary>
    /// Stores a response unless one with the same key is stored already (a double click, a resend after a timeout),
    /// and says which happened. The unique key decides, so concurrent copies store one. <paramref name="alongside"/>
    /// adds to the same transaction (a staff entry's audit record), so both are stored or neither.
    /// </summary>
    public async Task<bool> SubmitAsync(
        SurveyDefinition survey,
        string key,
        SurveyAnswers answers,
        SurveyChannel channel = SurveyChannel.Online,
        Action<CoProDbContext>? alongside = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(answers);
        if (!IsKey(key))
        {
            throw new ArgumentException("The idempotency key must be 32 hexadecimal characters.", nameof(key));
        }

        await using var db = contexts.Create();
        if (await db.SurveyResponses.AnyAsync(r => r.Key == key, cancellationToken))
        {
            return false;
        }

        // Screened before the transaction, because reading an answer as a whole takes milliseconds that no other
        // writer should wait for, and never cut short when the visitor goes: ONNX Runtime reports an abort as a
        // failure, not a cancellation.
        var screened = Screen(survey, answers);

        // The response and the counts the results are read from change together, or not at all: a response stored
        // twice (refused by the unique key) never counts twice.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var response = new SurveyResponse
        {
            // Random, not time-ordered: exports give a response's day only, and a version 7 id would carry the moment.
            Id = Guid.NewGuid(),
            Survey = survey.Name,
            Version = survey.Version,
            Key = key,
            SubmittedAt = now,
            Answers = answers.ToJson(),
            Channel = channel,
            Flags = screened.Flags.Count == 0 ? null : string.Join(',', screened.Flags),
            Safeguarding = screened.Concerns.Count > 0,
        };
        db.SurveyResponses.Add(response);
        foreach (var (question, concerns) in screened.Concerns)
        {
            db.SafeguardingConcerns.Add(SafeguardingQueue.New(survey.Name, response.Id, question, raisedBy: null, concerns, now));
        }

        foreach (var quote in Quotes(survey, answers, screened.PerQuestion, now))
        {
            quote.ResponseId = response.Id;
            db.SurveyQuotes.Add(quote);
        }

        alongside?.Invoke(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            await using var check = contexts.Create();
            if (await check.SurveyResponses.AnyAsync(r => r.Key == key, cancellationToken))
            {
                return false;
            }

            throw;
        }

        await ChangeCountsAsync(db, survey, answers, 1, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _storedHere.AddOrUpdate(survey.Name, 1, static (_, count) => count + 1);
        metrics?.ResponsesStored.Add(1, new("survey", survey.Name), new("channel", SurveyChannels.Id(channel)));
        if (screened.Concerns.Count > 0)
        {
            safeguarding?.Notify();
        }

        return true;
    }

    /// <summary>
    /// Excludes a response staff judge not genuine (a burst invented to lift a small group over the threshold, or
    /// spam): it stays stored, marked, and leaves every count it added to, in one transaction with
    /// <paramref name="alongside"/> (the audit record). False when it is not there or was excluded already.
    /// </summary>
    public Task<bool> ExcludeAsync(SurveyDefinition survey, Guid responseId, Action<CoProDbContext>? alongside, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            survey,
            responseId,
            (db, _, token) => db.SurveyResponses.Where(r => r.Id == responseId && !r.Excluded).ExecuteUpdateAsync(set => set.SetProperty(r => r.Excluded, true), token),
            _ => -1,
            alongside,
            cancellationToken);

    /// <summary>
    /// Includes again a response staff had excluded: it counts as it did, in one transaction with
    /// <paramref name="alongside"/> (the audit record). False when it is not there or is not excluded.
    /// </summary>
    public Task<bool> IncludeAsync(SurveyDefinition survey, Guid responseId, Action<CoProDbContext>? alongside, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            survey,
            responseId,
            (db, _, token) => db.SurveyResponses.Where(r => r.Id == responseId && r.Excluded).ExecuteUpdateAsync(set => set.SetProperty(r => r.Excluded, false), token),
            _ => 1,
            alongside,
            cancellationToken);

    /// <summary>
    /// Deletes a response for good, with the quotes made from its words: the counts it added to go down (unless it
    /// was excluded, when they did already), in one transaction with <paramref name="alongside"/> (the audit record).
    /// Refused while a safeguarding concern on it is open: whoever deals with the concern needs the words. Once staff
    /// have recorded what they did, the concern stays, holding none of the words, so what was done stays on record.
    /// </summary>
    public async Task<ResponseDeletion> DeleteAsync(SurveyDefinition survey, Guid responseId, Action<CoProDbContext>? alongside, CancellationToken cancellationToken = default)
    {
        var deleted = await ChangeAsync(
            survey,
            responseId,
            async (db, read, token) =>
            {
                // Deleted only as read (an exclusion or inclusion in between changes what the counts must lose) and
                // only with no open concern, in the one statement, so a concern raised meanwhile refuses it too.
                var concerns = db.SafeguardingConcerns;
                var deleted = await db.SurveyResponses
                    .Where(r => r.Id == responseId && r.Excluded == read.Excluded
                        && !concerns.Any(c => c.ResponseId == responseId && c.Status == SafeguardingStatus.Open))
                    .ExecuteDeleteAsync(token);

                // PostgreSQL, retrying a delete that waited on a concern being raised, rechecks only the response's
                // row: a new statement sees the concern committed meanwhile, and the transaction is rolled back.
                if (deleted > 0 && await concerns.AnyAsync(c => c.ResponseId == responseId && c.Status == SafeguardingStatus.Open, token))
                {
                    return 0;
                }

                if (deleted > 0)
                {
                    await db.DeleteQuotesOfResponseAsync(responseId, token);
                }

                return deleted;
            },
            read => read.Excluded ? 0 : -1,
            alongside,
            cancellationToken);
        if (deleted)
        {
            return ResponseDeletion.Deleted;
        }

        await using var db = contexts.Create();
        return await db.SafeguardingConcerns.AnyAsync(c => c.ResponseId == responseId && c.Status == SafeguardingStatus.Open, cancellationToken)
            ? ResponseDeletion.ConcernOpen
            : ResponseDeletion.NotThere;
    }

    /// <summary>
    /// Changes one response by <paramref name="statement"/>, a conditional statement that returns how many rows it
    /// changed, and its counts by <paramref name="delta"/> of what was read (a removal is counted too: the disclosure
    /// audit treats an interval with removals as net changes), with <paramref name="alongside"/>, all in one
    /// transaction. False, and nothing changed, when the response is not there or the statement changed nothing.
    /// </summary>
    private async Task<bool> ChangeAsync(
        SurveyDefinition survey,
        Guid responseId,
        Func<CoProDbContext, SurveyResponse, CancellationToken, Task<int>> statement,
        Func<SurveyResponse, int> delta,
        Action<CoProDbContext>? alongside,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        await using var db = contexts.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await db.SurveyResponses.AsNoTracking().FirstOrDefaultAsync(r => r.Id == responseId && r.Survey == survey.Name, cancellationToken);
        if (response is null || await statement(db, response, cancellationToken) == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        var change = delta(response);
        if (change != 0)
        {
            await ChangeCountsAsync(db, survey, SurveyAnswers.FromJson(response.Answers), change, cancellationToken);
        }

        if (change < 0)
        {
            await CountRemovalAsync(db, survey.Name, cancellationToken);
        }

        alongside?.Invoke(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _storedHere.AddOrUpdate(survey.Name, 1, static (_, count) => count + 1);
        return true;
    }

    /// <summary>
    /// Blanks the written answers of a closed survey's responses once it has been closed
    /// <paramref name="days"/> days: the choices stay, counted as before; the words, and what the screening found
    /// in them, go, and so do quotes never approved (approved ones keep only their published wording). At most
    /// <paramref name="batch"/> responses a call; returns how many were blanked.
    /// </summary>
    public async Task<int> BlankWrittenAnswersAsync(SurveyDefinition survey, int days, int batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var today = DateOnly.FromDateTime(InUk(time.GetUtcNow().UtcDateTime));
        if (survey.Closes is not { } closes || today <= closes.AddDays(days))
        {
            return 0;
        }

        var written = survey.Questions.Where(question => question.Type == SurveyQuestionType.Text).Select(question => question.Id).ToHashSet(StringComparer.Ordinal);
        await using var db = contexts.Create();
        var responses = await db.SurveyResponses.Where(r => r.Survey == survey.Name && !r.Blanked).OrderBy(r => r.Id).Take(batch).ToListAsync(cancellationToken);
        foreach (var response in responses)
        {
            response.Answers = SurveyAnswers.FromJson(response.Answers).Without(written).ToJson();
            response.Flags = null;
            response.Blanked = true;
        }

        await db.KeepOnlyPublishedQuotesAsync(survey.Name, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return responses.Count;
    }

    /// <summary>
    /// Adds one response's answers to the running counts (<paramref name="delta"/> 1) or takes them away (-1). The
    /// same statements on SQLite (3.24 or later) and PostgreSQL.
    /// </summary>
    private static async Task ChangeCountsAsync(CoProDbContext db, SurveyDefinition survey, SurveyAnswers answers, int delta, CancellationToken cancellationToken)
    {
        foreach (var (question, option, group) in Counted(survey, answers))
        {
            if (delta > 0)
            {
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""INSERT INTO copro_survey_counts ("Survey", "Question", "Option", "Group", "Count") VALUES ({survey.Name}, {question}, {option}, {group}, 1) ON CONFLICT ("Survey", "Question", "Option", "Group") DO UPDATE SET "Count" = copro_survey_counts."Count" + 1""",
                    cancellationToken);
            }
            else
            {
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""UPDATE copro_survey_counts SET "Count" = "Count" - 1 WHERE "Survey" = {survey.Name} AND "Question" = {question} AND "Option" = {option} AND "Group" = {group} AND "Count" > 0""",
                    cancellationToken);
            }
        }
    }

    /// <summary>
    /// Every written answer screened, whatever the writer chose about publication: the flags found in any of them
    /// (in a fixed order), for each answer that may be a safeguarding concern the kinds of concern, and each answer's
    /// own flags (a quote made of it carries them).
    /// </summary>
    internal Screened Screen(SurveyDefinition survey, SurveyAnswers answers)
    {
        var kinds = new HashSet<ScreeningKind>();
        var concerns = new List<(string, string)>();
        var perQuestion = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var question in survey.Questions.Where(question => question.Type == SurveyQuestionType.Text))
        {
            if (answers.TextOf(question.Id) is not { Length: > 0 } text)
            {
                continue;
            }

            var result = screener.Screen(text);
            kinds.UnionWith(result.Kinds);
            perQuestion[question.Id] = [.. result.Kinds.Select(QuoteFlags.Label)];
            var found = result.Findings.Where(finding => finding.Kind == ScreeningKind.Safeguarding).ToList();
            if (found.Count > 0)
            {
                concerns.Add((question.Id, string.Join(", ", found.Select(finding => finding.Concern ?? "possible concern").Distinct(StringComparer.Ordinal))));
            }
        }

        return new([.. kinds.Order().Select(QuoteFlags.Label)], concerns, perQuestion);
    }

    /// <summary>What <see cref="Screen"/> found in a response's written answers.</summary>
    internal sealed record Screened(IReadOnlyList<string> Flags, IReadOnlyList<(string Question, string Concerns)> Concerns, IReadOnlyDictionary<string, IReadOnlyList<string>> PerQuestion);

    /// <summary>The key of the survey's count of removed responses: empty question and group.</summary>
    internal const string RemovedOption = "removed";

    private static Task<int> CountRemovalAsync(CoProDbContext db, string survey, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO copro_survey_counts ("Survey", "Question", "Option", "Group", "Count") VALUES ({survey}, '', {RemovedOption}, '', 1) ON CONFLICT ("Survey", "Question", "Option", "Group") DO UPDATE SET "Count" = copro_survey_counts."Count" + 1""",
            cancellationToken);

    /// <summary>The respondent group the answers chose (the survey's <c>group: yes</c> question), if any.</summary>
    private static string? GroupOf(SurveyDefinition survey, SurveyAnswers answers) =>
        survey.GroupQuestion is { } groupQuestion ? answers.TextOf(groupQuestion.Id) : null;

    /// <summary>
    /// The counts one response adds to: the survey's own count of responses (empty question and option); for each
    /// choice question it answered, the question's base (empty option) and each chosen option; each of them overall
    /// (empty group) and again within the respondent's group, if they gave one.
    /// </summary>
    internal static IEnumerable<(string Question, string Option, string Group)> Counted(SurveyDefinition survey, SurveyAnswers answers)
    {
        var group = GroupOf(survey, answers);
        yield return (string.Empty, string.Empty, string.Empty);
        if (group is not null)
        {
            yield return (string.Empty, string.Empty, group);
        }

        foreach (var question in survey.Questions.Where(question => question.HasOptions))
        {
            var values = answers.Of(question.Id);
            if (values.Count == 0)
            {
                continue;
            }

            foreach (var option in values.Prepend(string.Empty))
            {
                yield return (question.Id, option, string.Empty);
                if (group is not null)
                {
                    yield return (question.Id, option, group);
                }
            }
        }
    }

    /// <summary>
    /// The words a response may have published: each answer to a <c>publish: ask</c> question whose consent question
    /// was answered "yes", flagged for the person who decides. Nothing without a "yes" becomes a quote.
    /// </summary>
    internal static IEnumerable<SurveyQuote> Quotes(SurveyDefinition survey, SurveyAnswers answers, IReadOnlyDictionary<string, IReadOnlyList<string>> flagsOf, DateTime now)
    {
        var group = GroupOf(survey, answers);
        foreach (var question in survey.Questions.Where(question => question.AsksToPublish))
        {
            if (answers.TextOf(question.Id) is not { Length: > 0 } text || !answers.Has(question.Id + SurveyQuestion.ConsentSuffix, "yes"))
            {
                continue;
            }

            var flags = flagsOf.GetValueOrDefault(question.Id) ?? QuoteFlags.Find(text);
            yield return SurveyQuote.Consented(survey.Name, question.Id, group, text, flags, now);
        }
    }

    public static string NewKey() => Guid.NewGuid().ToString("N");

    public static bool IsKey(string? key) => key is { Length: SurveyResponse.KeyLength } && key.All(char.IsAsciiHexDigitLower);

    private static TimeZoneInfo FindUkTime() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var zone) ? zone : TimeZoneInfo.Utc;
}

/// <summary>Whether a survey takes answers today.</summary>
internal enum SurveyStatus
{
    NotYetOpen,
    Open,
    Closed,
}

/// <summary>What became of a request to delete a response.</summary>
internal enum ResponseDeletion
{
    Deleted,

    /// <summary>It is not there (deleted already), or it changed while being deleted.</summary>
    NotThere,

    /// <summary>A safeguarding concern on it is still open: nothing was deleted.</summary>
    ConcernOpen,
}
