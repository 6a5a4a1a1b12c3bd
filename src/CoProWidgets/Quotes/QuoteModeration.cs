using CoProWidgets.Audit;
using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Quotes;

/// <summary>
/// The rules of moderation. Nothing is published without a person's approval; a possible safeguarding concern cannot
/// be decided without confirming it was passed on; changed words need the reason. An automatic flag is a prompt,
/// never a veto: words still flagged can be approved as they are with a reason, which the audit log keeps. Each
/// decision is audited and published at once on this server.
/// </summary>
internal sealed class QuoteModeration(CoProDbContextFactory contexts, PublishedQuotes published, AuditLog audit, TimeProvider time)
{
    public const int MaxThemes = 5;
    public const int MaxThemeLength = 40;

    /// <summary>How many quotes have each status, and the oldest <paramref name="max"/> with <paramref name="status"/>.</summary>
    public async Task<QuoteQueue> ReadAsync(SurveyQuoteStatus status, int max, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var counts = await db.SurveyQuotes.AsNoTracking().GroupBy(q => q.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var quotes = await db.SurveyQuotes.AsNoTracking().Where(q => q.Status == status)
            .OrderBy(q => q.SubmittedAt).ThenBy(q => q.Id).Take(max).ToListAsync(cancellationToken);
        return new QuoteQueue(Enum.GetValues<SurveyQuoteStatus>().Select(s => (s, counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0)).ToList(), quotes);
    }

    public async Task<QuoteDecisionResult> DecideAsync(Guid id, QuoteDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        await using var db = contexts.Create();
        var quote = await db.SurveyQuotes.FirstOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (quote is null)
        {
            return new QuoteDecisionResult.NoSuchQuote();
        }

        if (decision.Verdict == QuoteVerdict.Delete)
        {
            db.SurveyQuotes.Remove(quote);
            audit.Add(db, decision.By, AuditActions.QuoteDeleted, Subject(quote));
            await db.SaveChangesAsync(cancellationToken);
            published.Changed(quote.Survey);
            return new QuoteDecisionResult.Decided();
        }

        var read = AsRead(decision);
        var approve = read.Verdict == QuoteVerdict.Approve;
        var original = Words(quote.Text);
        var (problems, flagged) = Check(quote, read, original);
        if (problems.Count > 0)
        {
            return new QuoteDecisionResult.Problems(quote, read, problems);
        }

        quote.Status = approve ? SurveyQuoteStatus.Approved : SurveyQuoteStatus.Rejected;
        quote.PublishedText = approve ? read.Text : null;
        quote.RedactionReason = approve && read.Text != original ? read.Reason : null;
        quote.Themes = read.Themes.Count == 0 ? null : string.Join(',', read.Themes);
        var actor = AuditLog.ActorOf(decision.By);
        quote.DecidedBy = actor[..Math.Min(actor.Length, SurveyQuote.MaxDecidedByLength)];
        quote.DecidedAt = time.GetUtcNow().UtcDateTime;
        var detail = approve
            ? (quote.RedactionReason is null ? "Approved as written." : $"Approved with changes: {quote.RedactionReason}")
            : "Rejected.";
        if (approve && flagged.Count > 0)
        {
            detail += $" Published although it looks like {string.Join(", ", flagged)}: {read.Override}";
        }

        audit.Add(db, decision.By, approve ? AuditActions.QuoteApproved : AuditActions.QuoteRejected, Subject(quote), quote.Flags is null ? detail : $"{detail} Flags: {quote.Flags}.");
        await db.SaveChangesAsync(cancellationToken);
        published.Changed(quote.Survey);
        return new QuoteDecisionResult.Decided();
    }

    /// <summary>What stands in the way of the decision, in the order a form shows its fields; and what is flagged in the words.</summary>
    private static (List<QuoteProblem> Problems, List<string> Flagged) Check(SurveyQuote quote, QuoteDecision decision, string original)
    {
        var problems = new List<QuoteProblem>();
        List<string> flagged = [];
        var text = decision.Text;
        if (decision.Verdict == QuoteVerdict.Approve)
        {
            if (text.Length == 0)
            {
                problems.Add(new(QuoteDecisionPart.Text, "TextMissing", []));
            }
            else if (text.Length > SurveyQuote.MaxTextLength)
            {
                problems.Add(new(QuoteDecisionPart.Text, "TextTooLong", [SurveyQuote.MaxTextLength]));
            }
            else if ((flagged = QuoteFlags.Find(text).Where(flag => flag != QuoteFlags.Safeguarding).ToList()).Count > 0 && decision.Override is null)
            {
                problems.Add(new(QuoteDecisionPart.Override, "StillFlagged", [flagged]));
            }

            if (text != original && decision.Reason is null)
            {
                problems.Add(new(QuoteDecisionPart.Reason, "ReasonMissing", []));
            }
        }

        if (decision.Reason?.Length > SurveyQuote.MaxReasonLength)
        {
            problems.Add(new(QuoteDecisionPart.Reason, "ReasonTooLong", [SurveyQuote.MaxReasonLength]));
        }

        if (decision.Override?.Length > SurveyQuote.MaxReasonLength)
        {
            problems.Add(new(QuoteDecisionPart.Override, "OverrideTooLong", [SurveyQuote.MaxReasonLength]));
        }

        if (decision.Themes.Count > MaxThemes || decision.Themes.Any(theme => theme.Length > MaxThemeLength))
        {
            problems.Add(new(QuoteDecisionPart.Themes, "ThemesTooMany", [MaxThemes, MaxThemeLength]));
        }

        if (quote.FlagList.Contains(QuoteFlags.Safeguarding) && !decision.SafeguardingPassedOn)
        {
            problems.Add(new(QuoteDecisionPart.Safeguarding, "SafeguardingNotPassedOn", []));
        }

        return (problems, flagged);
    }

    /// <summary>
    /// The decision as the rules read it: words compared and stored trimmed with one kind of line ending, an empty
    /// reason as none, each theme once.
    /// </summary>
    private static QuoteDecision AsRead(QuoteDecision decision) => decision with
    {
        Text = Words(decision.Text),
        Reason = Given(decision.Reason),
        Override = Given(decision.Override),
        Themes = decision.Themes.Select(theme => theme.Trim()).Where(theme => theme.Length > 0).Distinct(StringComparer.CurrentCultureIgnoreCase).ToList(),
    };

    private static string Words(string text) => text.Trim().ReplaceLineEndings("\n");

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Subject(SurveyQuote quote) => $"quote {quote.Code} (survey {quote.Survey})";
}

/// <summary>The moderation queue as read: how many quotes have each status, and those asked for, oldest first.</summary>
/// <param name="Counts">How many quotes have each status, in the order of the statuses.</param>
/// <param name="Quotes">The quotes with the status asked for.</param>
internal sealed record QuoteQueue(IReadOnlyList<(SurveyQuoteStatus Status, int Count)> Counts, IReadOnlyList<SurveyQuote> Quotes);
