using System.Security.Claims;
using CoProWidgets.Http;
using CoProWidgets.Quotes;
using CoProWidgets.Rendering;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Staff;

/// <summary>
/// The moderation page's side of the queue: what people wrote and agreed may be published, with what was flagged
/// automatically, for staff to approve (redacting parts, with the reason kept), reject or delete, and tag with themes.
/// It turns the page's form into a <see cref="QuoteDecision"/> and the rules' answer into what the page shows; the
/// rules themselves are <see cref="QuoteModeration"/>'s.
/// </summary>
internal sealed class StaffQuotes(QuoteModeration moderation, SurveyProvider surveys, IStringLocalizer<StaffText> text)
{
    public const string TextField = "text";
    public const string ReasonField = "reason";
    public const string ThemesField = "themes";
    public const string SafeguardingField = "safeguarding";
    public const string OverrideField = "override";
    public const int MaxShown = 100;

    public async Task<StaffQuotesViewModel> ReadAsync(string? status, CancellationToken cancellationToken)
    {
        var shown = Enum.TryParse<SurveyQuoteStatus>(status, ignoreCase: true, out var parsed) ? parsed : SurveyQuoteStatus.Pending;
        var queue = await moderation.ReadAsync(shown, MaxShown, cancellationToken);
        return new StaffQuotesViewModel
        {
            Status = shown.ToString().ToLowerInvariant(),
            Counts = queue.Counts.Select(count => new StaffCountRow(count.Status.ToString(), count.Count)).ToList(),
            Quotes = queue.Quotes.Select(Describe).ToList(),
        };
    }

    /// <summary>
    /// Approves, rejects or deletes a quote as the form asks; the problems to show, or none when decided. False when
    /// there is no such quote.
    /// </summary>
    public async Task<(bool Found, IReadOnlyList<FormError> Errors, StaffQuote? Quote)> DecideAsync(ClaimsPrincipal user, Guid id, IFormCollection form, CancellationToken cancellationToken)
    {
        var verdict = BoundedForm.Value(form, "action") switch
        {
            "delete" => QuoteVerdict.Delete,
            "approve" => QuoteVerdict.Approve,
            _ => QuoteVerdict.Reject,
        };
        var decision = new QuoteDecision(verdict, user)
        {
            Text = form[TextField].FirstOrDefault() ?? string.Empty,
            Reason = BoundedForm.Value(form, ReasonField),
            Override = BoundedForm.Value(form, OverrideField),
            Themes = (BoundedForm.Value(form, ThemesField) ?? string.Empty).Split(','),
            SafeguardingPassedOn = BoundedForm.Value(form, SafeguardingField) == "yes",
        };

        return await moderation.DecideAsync(id, decision, cancellationToken) switch
        {
            QuoteDecisionResult.NoSuchQuote => (false, [], null),
            QuoteDecisionResult.Problems problems => (true, problems.List.Select(problem => Error(problems.Quote, problem)).ToList(), Describe(problems.Quote) with
            {
                Draft = problems.AsRead.Text,
                DraftReason = problems.AsRead.Reason,
                DraftOverride = problems.AsRead.Override,
                DraftThemes = string.Join(", ", problems.AsRead.Themes),
            }),
            _ => (true, [], null),
        };
    }

    /// <summary>A problem with a decision, in words, beside the field of the quote's form it is about.</summary>
    private FormError Error(SurveyQuote quote, QuoteProblem problem)
    {
        var arguments = problem.Arguments.Select(argument => argument is IEnumerable<string> flags ? text.List(flags.Select(flag => Flag(text, flag))) : argument).ToArray();
        return new($"{quote.Code}-{Field(problem.Part)}", text[$"QuoteProblems.{problem.Key}", arguments]);
    }

    /// <summary>
    /// A stored flag (<see cref="QuoteFlags"/>) in words; one this version does not know is shown as stored. The
    /// stored labels themselves never change, so quotes flagged long ago still read right.
    /// </summary>
    public static string Flag(IStringLocalizer<StaffText> text, string flag)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = flag switch
        {
            QuoteFlags.Email => "Email",
            QuoteFlags.Phone => "Phone",
            QuoteFlags.NhsNumber => "NhsNumber",
            QuoteFlags.Postcode => "Postcode",
            QuoteFlags.StreetAddress => "StreetAddress",
            QuoteFlags.WardBedBay => "WardBedBay",
            QuoteFlags.Date => "Date",
            QuoteFlags.NamedPerson => "NamedPerson",
            QuoteFlags.Safeguarding => "Safeguarding",
            _ => null,
        };
        return key is null ? flag : text[$"QuoteFlags.{key}"];
    }

    private static string Field(QuoteDecisionPart part) => part switch
    {
        QuoteDecisionPart.Text => TextField,
        QuoteDecisionPart.Reason => ReasonField,
        QuoteDecisionPart.Override => OverrideField,
        QuoteDecisionPart.Themes => ThemesField,
        QuoteDecisionPart.Safeguarding => SafeguardingField,
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Every part of a decision has its field"),
    };

    private StaffQuote Describe(SurveyQuote quote)
    {
        var survey = surveys.Get(quote.Survey).Value;
        var question = survey?.Find(quote.Question);
        return new StaffQuote(
            quote.Id,
            quote.Code,
            survey?.Title ?? quote.Survey,
            question?.Text ?? quote.Question,
            quote.Group is { } group ? survey?.GroupQuestion?.ShownLabelOf(group) : null,
            StaffFormat.Time(quote.SubmittedAt),
            quote.Text,
            quote.FlagList,
            quote.PublishedText,
            quote.RedactionReason,
            quote.ThemeList,
            quote.DecidedBy,
            quote.DecidedAt is { } at ? StaffFormat.Time(at) : null);
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
