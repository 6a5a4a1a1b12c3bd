using CoProWidgets.Content;
using CoProWidgets.Quotes;
using CoProWidgets.Rendering;
using CoProWidgets.Safeguarding;
using CoProWidgets.Screening;
using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Surveys;

/// <summary>
/// Whether a survey takes answers now, and storing each response exactly once, screened, with the quotes it offers.
/// What staff change in a response is in <c>SurveyService.Changes.cs</c>; the counts every change keeps in step, in
/// <c>SurveyService.Counts.cs</c>.
/// </summary>
internal sealed partial class SurveyService(CoProDbContextFactory contexts, TimeProvider time, UkClock clock, AnswerScreener screener, CoProWidgetsMetrics? metrics = null, WakeSignal<SafeguardingNotifier>? safeguarding = null)
{
    /// <summary>Where a survey stands today, in UK time: dates in survey files are UK dates.</summary>
    public SurveyStatus StatusOf(SurveyDefinition survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var today = clock.Today;
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

        // Only what the person was asked is ever stored, screened or counted, whichever form the answers came from.
        answers = survey.Route(answers).Answers;
        await using var db = contexts.Create();
        if (await db.SurveyResponses.AnyAsync(r => r.Key == key, cancellationToken))
        {
            // Saved again after it was sent (Back, then Save): what was saved has no more use.
            await SavedSurveys.DeleteForAsync(db, survey.Name, key, cancellationToken);
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
            Language = Localisation.LanguageTag.Current,
            Format = ContentVariant.NameOf(ContentVariant.CurrentFormat),
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
        await SavedSurveys.DeleteForAsync(db, survey.Name, key, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        metrics?.ResponsesStored.Add(1, new("survey", survey.Name), new("channel", SurveyChannels.Id(channel)));
        if (screened.Concerns.Count > 0)
        {
            safeguarding?.Notify();
        }

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
        var today = clock.Today;
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
}

/// <summary>Whether a survey takes answers today.</summary>
internal enum SurveyStatus
{
    NotYetOpen,
    Open,
    Closed,
}
