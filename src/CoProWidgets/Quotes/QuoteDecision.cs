using System.Security.Claims;

namespace CoProWidgets.Quotes;

/// <summary>
/// A person's decision on a quote, however it was asked for (the staff page turns its form into one): approve the
/// words to publish (edited, to redact, with the reason), reject the quote, or delete its words at once.
/// </summary>
/// <param name="Verdict">What is decided.</param>
/// <param name="By">Who decides, as the audit log names them.</param>
internal sealed record QuoteDecision(QuoteVerdict Verdict, ClaimsPrincipal By)
{
    /// <summary>The words to publish, when approving: the words as written, or edited.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Why the words to publish differ from the words written, or null.</summary>
    public string? Reason { get; init; }

    /// <summary>Why words still flagged may be published as they are (such as "a service's public phone number"), or null.</summary>
    public string? Override { get; init; }

    /// <summary>The themes to tag the quote with.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Whether the decider confirms a possible safeguarding concern was passed to the safeguarding lead.</summary>
    public bool SafeguardingPassedOn { get; init; }
}

/// <summary>What a <see cref="QuoteDecision"/> does to the quote.</summary>
internal enum QuoteVerdict
{
    Approve,
    Reject,

    /// <summary>Takes the words at once, whatever the quote's status, audited without them.</summary>
    Delete,
}

/// <summary>The part of a decision a problem is about, so whoever asked can show it beside what they asked with.</summary>
internal enum QuoteDecisionPart
{
    Text,
    Reason,
    Override,
    Themes,
    Safeguarding,
}

/// <summary>
/// Why a decision cannot be made as it stands: what to change, in the GOV.UK style, as a key of the words whoever
/// asked shows it in (the staff page's <c>QuoteProblems.*</c>), so the rules know no language.
/// </summary>
/// <param name="Part">The part of the decision it is about.</param>
/// <param name="Key">Which problem, such as <c>TextMissing</c>.</param>
/// <param name="Arguments">The numbers the words give, or the flags (a list of <see cref="QuoteFlags"/> labels) still found.</param>
internal sealed record QuoteProblem(QuoteDecisionPart Part, string Key, IReadOnlyList<object> Arguments);

/// <summary>What became of a decision.</summary>
internal abstract record QuoteDecisionResult
{
    private QuoteDecisionResult()
    {
    }

    /// <summary>There is no such quote (it was deleted meanwhile, or never was).</summary>
    public sealed record NoSuchQuote : QuoteDecisionResult;

    /// <summary>The decision is made, audited and published.</summary>
    public sealed record Decided : QuoteDecisionResult;

    /// <summary>Nothing changed: the quote, the decision as the rules read it (words trimmed, themes once each), and why.</summary>
    public sealed record Problems(SurveyQuote Quote, QuoteDecision AsRead, IReadOnlyList<QuoteProblem> List) : QuoteDecisionResult;
}
