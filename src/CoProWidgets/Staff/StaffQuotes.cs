using System.Security.Claims;
using CoProWidgets.Audit;
using CoProWidgets.Http;
using CoProWidgets.Rendering;
using CoProWidgets.Storage;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Staff;

/// <summary>
/// The moderation queue: what people wrote and agreed may be published, with what was flagged automatically; staff
/// approve it (redacting parts, with the reason kept), reject it, and tag it with themes. Each decision is audited.
/// Nothing is published without a person's approval, and a possible safeguarding concern cannot be decided without
/// confirming it was passed on. An automatic flag is a prompt, never a veto: words still flagged can be approved as
/// they are with a reason (such as "a service's public phone number"), which the audit log keeps.
/// </summary>
internal sealed class StaffQuotes(CoProDbContextFactory contexts, SurveyProvider surveys, PublishedQuotes published, AuditLog audit, TimeProvider time)
{
    public const string TextField = "text";
    public const string ReasonField = "reason";
    public const string ThemesField = "themes";
    public const string SafeguardingField = "safeguarding";
    public const string OverrideField = "override";
    public const int MaxThemes = 5;
    public const int MaxThemeLength = 40;
    public const int MaxShown = 100;

    public async Task<StaffQuotesViewModel> ReadAsync(string? status, CancellationToken cancellationToken)
    {
        var shown = Enum.TryParse<SurveyQuoteStatus>(status, ignoreCase: true, out var parsed) ? parsed : SurveyQuoteStatus.Pending;
        await using var db = contexts.Create();
        var counts = await db.SurveyQuotes.AsNoTracking().GroupBy(q => q.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var quotes = await db.SurveyQuotes.AsNoTracking().Where(q => q.Status == shown)
            .OrderBy(q => q.SubmittedAt).ThenBy(q => q.Id).Take(MaxShown).ToListAsync(cancellationToken);
        return new StaffQuotesViewModel
        {
            Status = shown.ToString().ToLowerInvariant(),
            Counts = Enum.GetValues<SurveyQuoteStatus>().Select(s => new StaffCountRow(s.ToString(), counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0)).ToList(),
            Quotes = quotes.Select(Describe).ToList(),
        };
    }

    /// <summary>
    /// Approves, rejects or deletes a quote (deleting takes its words at once, whatever its status, audited without
    /// them); the problems to show, or none when decided. False when there is no such quote.
    /// </summary>
    public async Task<(bool Found, IReadOnlyList<FormError> Errors, StaffQuote? Quote)> DecideAsync(ClaimsPrincipal user, Guid id, IFormCollection form, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var quote = await db.SurveyQuotes.FirstOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (quote is null)
        {
            return (false, [], null);
        }

        if (BoundedForm.Value(form, "action") == "delete")
        {
            db.SurveyQuotes.Remove(quote);
            audit.Add(db, user, AuditActions.QuoteDeleted, $"quote {quote.Code} (survey {quote.Survey})");
            await db.SaveChangesAsync(cancellationToken);
            published.Changed(quote.Survey);
            return (true, [], null);
        }

        var approve = BoundedForm.Value(form, "action") == "approve";
        var text = (form[TextField].FirstOrDefault() ?? string.Empty).Trim().ReplaceLineEndings("\n");
        var reason = BoundedForm.Value(form, ReasonField);
        var overrule = BoundedForm.Value(form, OverrideField);
        List<string> flagged = [];
        var themes = (BoundedForm.Value(form, ThemesField) ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.CurrentCultureIgnoreCase).ToList();
        var prefix = quote.Code;
        var errors = new List<FormError>();
        var original = quote.Text.Trim().ReplaceLineEndings("\n");
        if (approve)
        {
            if (text.Length == 0)
            {
                errors.Add(new($"{prefix}-{TextField}", "Enter the words to publish, or reject the quote"));
            }
            else if (text.Length > SurveyQuestion.MaxMaxLength)
            {
                errors.Add(new($"{prefix}-{TextField}", $"The words to publish must be {SurveyQuestion.MaxMaxLength} characters or fewer"));
            }
            else if ((flagged = QuoteFlags.Find(text).Where(flag => flag != QuoteFlags.Safeguarding).ToList()).Count > 0 && overrule is null)
            {
                errors.Add(new($"{prefix}-{OverrideField}", $"The words to publish still contain what looks like: {string.Join(", ", flagged)}. Replace it, for example with [removed], or say why it may be published as it is"));
            }

            if (text != original && reason is null)
            {
                errors.Add(new($"{prefix}-{ReasonField}", "Say why the words were changed, for example 'phone number removed'"));
            }
        }

        if (reason?.Length > SurveyQuote.MaxReasonLength)
        {
            errors.Add(new($"{prefix}-{ReasonField}", $"The reason must be {SurveyQuote.MaxReasonLength} characters or fewer"));
        }

        if (overrule?.Length > SurveyQuote.MaxReasonLength)
        {
            errors.Add(new($"{prefix}-{OverrideField}", $"The reason for publishing flagged words must be {SurveyQuote.MaxReasonLength} characters or fewer"));
        }

        if (themes.Count > MaxThemes || themes.Any(theme => theme.Length > MaxThemeLength))
        {
            errors.Add(new($"{prefix}-{ThemesField}", $"Give at most {MaxThemes} themes, each {MaxThemeLength} characters or fewer, separated by commas"));
        }

        if (quote.FlagList.Contains(QuoteFlags.Safeguarding) && BoundedForm.Value(form, SafeguardingField) != "yes")
        {
            errors.Add(new($"{prefix}-{SafeguardingField}", "Confirm you have passed the possible safeguarding concern to your safeguarding lead"));
        }

        if (errors.Count > 0)
        {
            return (true, errors, Describe(quote) with { Draft = text, DraftReason = reason, DraftOverride = overrule, DraftThemes = string.Join(", ", themes) });
        }

        quote.Status = approve ? SurveyQuoteStatus.Approved : SurveyQuoteStatus.Rejected;
        quote.PublishedText = approve ? text : null;
        quote.RedactionReason = approve && text != original ? reason : null;
        quote.Themes = themes.Count == 0 ? null : string.Join(',', themes);
        var actor = AuditLog.ActorOf(user);
        quote.DecidedBy = actor[..Math.Min(actor.Length, SurveyQuote.MaxDecidedByLength)];
        quote.DecidedAt = time.GetUtcNow().UtcDateTime;
        var detail = approve
            ? (quote.RedactionReason is null ? "Approved as written." : $"Approved with changes: {quote.RedactionReason}")
            : "Rejected.";
        if (approve && flagged.Count > 0)
        {
            detail += $" Published although it looks like {string.Join(", ", flagged)}: {overrule}";
        }
        audit.Add(db, user, approve ? AuditActions.QuoteApproved : AuditActions.QuoteRejected, $"quote {quote.Code} (survey {quote.Survey})", quote.Flags is null ? detail : $"{detail} Flags: {quote.Flags}.");
        await db.SaveChangesAsync(cancellationToken);
        published.Changed(quote.Survey);
        return (true, [], null);
    }

    private StaffQuote Describe(SurveyQuote quote)
    {
        var survey = surveys.Get(quote.Survey).Value;
        var question = survey?.Find(quote.Question);
        return new StaffQuote(
            quote.Id,
            quote.Code,
            survey?.Title ?? quote.Survey,
            question?.Text ?? quote.Question,
            quote.Group is { } group ? survey?.GroupQuestion?.LabelOf(group) : null,
            StaffResponses.Time(quote.SubmittedAt),
            quote.Text,
            quote.FlagList,
            quote.PublishedText,
            quote.RedactionReason,
            quote.ThemeList,
            quote.DecidedBy,
            quote.DecidedAt is { } at ? StaffResponses.Time(at) : null);
    }
}

/// <summary>One quote in the moderation queue.</summary>
/// <param name="Id">Its id, which its form posts.</param>
/// <param name="Code">The code an outcome file cites it with: <c>{quote: code}</c>.</param>
/// <param name="Survey">The survey's title.</param>
/// <param name="Question">The question it answers.</param>
/// <param name="Group">The respondent group the writer chose, if any.</param>
/// <param name="Submitted">When it was written (UK time).</param>
/// <param name="Text">The words as written.</param>
/// <param name="Flags">What was flagged automatically.</param>
/// <param name="PublishedText">The words as approved, if approved.</param>
/// <param name="RedactionReason">Why they differ from the words written.</param>
/// <param name="Themes">Its themes.</param>
/// <param name="DecidedBy">Who decided.</param>
/// <param name="DecidedAt">When (UK time).</param>
public sealed record StaffQuote(Guid Id, string Code, string Survey, string Question, string? Group, string Submitted, string Text, IReadOnlyList<string> Flags, string? PublishedText, string? RedactionReason, IReadOnlyList<string> Themes, string? DecidedBy, string? DecidedAt)
{
    /// <summary>The words to publish as last typed, when the form comes back with problems.</summary>
    public string? Draft { get; init; }

    /// <summary>The reason as last typed.</summary>
    public string? DraftReason { get; init; }

    /// <summary>The reason for publishing flagged words as they are, as last typed.</summary>
    public string? DraftOverride { get; init; }

    /// <summary>The themes as last typed.</summary>
    public string? DraftThemes { get; init; }
}

/// <summary>What the moderation page (<c>Views/CoProWidgets/Staff/Quotes.cshtml</c>) shows.</summary>
public sealed record StaffQuotesViewModel
{
    /// <summary>The status shown: pending, approved or rejected.</summary>
    public required string Status { get; init; }

    /// <summary>How many quotes have each status.</summary>
    public required IReadOnlyList<StaffCountRow> Counts { get; init; }

    /// <summary>The quotes with that status, oldest first.</summary>
    public required IReadOnlyList<StaffQuote> Quotes { get; init; }

    /// <summary>Problems with the last decision, for the error summary.</summary>
    public IReadOnlyList<FormError> Errors { get; init; } = [];

    /// <summary>Whether the page follows a decision.</summary>
    public string? Decided { get; init; }

    /// <summary>This page, for the status links.</summary>
    public string PageUrl { get; init; } = string.Empty;

    /// <summary>The staff workspace's first page.</summary>
    public string OverviewUrl { get; init; } = string.Empty;

    /// <summary>Each quote's decision address, by id.</summary>
    public IReadOnlyDictionary<Guid, string> DecideUrls { get; init; } = new Dictionary<Guid, string>();
}
