using CoProWidgets.Content;
using Microsoft.AspNetCore.Html;

namespace CoProWidgets.Outcomes;

/// <summary>
/// What the outcomes feed's view (<c>Views/Shared/Components/CoProOutcomes/Default.cshtml</c>) renders: one page of
/// outcomes, newest first, with the filters chosen. Everything in it is text for the view to encode.
/// </summary>
public sealed class OutcomesViewModel
{
    /// <summary>The query parameter of the area filter.</summary>
    public const string AreaParameter = "copro-area";

    /// <summary>The query parameter of the status filter.</summary>
    public const string StatusParameter = "copro-status";

    /// <summary>The query parameter of the page number.</summary>
    public const string PageParameter = "copro-page";

    /// <summary>An id unique on the page, the start of every id inside the widget.</summary>
    public required string Id { get; init; }

    /// <summary>The level (1 to 5) of the title heading.</summary>
    public required int HeadingLevel { get; init; }

    /// <summary>The outcomes on this page.</summary>
    public required IReadOnlyList<OutcomeSummary> Items { get; init; }

    /// <summary>How many outcomes match the filters, on every page.</summary>
    public required int Matching { get; init; }

    /// <summary>How many outcomes there are at all.</summary>
    public required int Total { get; init; }

    /// <summary>The page shown, from 1.</summary>
    public required int PageNumber { get; init; }

    /// <summary>The links to every page, when there is more than one.</summary>
    public IReadOnlyList<OutcomesPageLink> Pages { get; init; } = [];

    /// <summary>The areas to filter by, with the chosen one selected.</summary>
    public required IReadOnlyList<OutcomesFilterOption> Areas { get; init; }

    /// <summary>The statuses to filter by, with the chosen one selected.</summary>
    public required IReadOnlyList<OutcomesFilterOption> Statuses { get; init; }

    /// <summary>Whether any filter is applied.</summary>
    public bool Filtered => Areas.Any(option => option.Selected) || Statuses.Any(option => option.Selected);

    /// <summary>The address of this page without the feed's parameters: where the filter form goes and "show all" links.</summary>
    public required string PageUrl { get; init; }

    /// <summary>Other query parameters of this page, kept as hidden fields when filtering.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> KeptQuery { get; init; } = [];

    /// <summary>The Atom feed's address.</summary>
    public required string FeedUrl { get; init; }

    /// <summary>Outcome files that cannot be used; shown only where content errors are (in Development, by default).</summary>
    public IReadOnlyList<ContentError> ContentErrors { get; init; } = [];
}

/// <summary>One outcome in the feed.</summary>
public sealed class OutcomeSummary
{
    /// <summary>The outcome file's name.</summary>
    public required string Name { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The address of its own page.</summary>
    public required string Url { get; init; }

    /// <summary>The day it was published.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The status's id: listening, planned, in-progress or done.</summary>
    public required string StatusId { get; init; }

    /// <summary>The status in words.</summary>
    public required string Status { get; init; }

    /// <summary>The areas it concerns, in words.</summary>
    public required IReadOnlyList<string> Areas { get; init; }

    /// <summary>A sentence or two about it, as plain text.</summary>
    public required string Summary { get; init; }

    /// <summary>The latest progress step, as "15 November 2026: what happened", or null.</summary>
    public string? LatestStep { get; init; }

    /// <summary>What the communication checklist found missing; shown only where content errors are.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>A choice in one of the feed's filters.</summary>
/// <param name="Value">What is sent.</param>
/// <param name="Label">What is shown.</param>
/// <param name="Selected">Whether it is the current choice.</param>
public sealed record OutcomesFilterOption(string Value, string Label, bool Selected);

/// <summary>A link to one page of the feed.</summary>
/// <param name="Number">The page number, from 1.</param>
/// <param name="Url">Its address.</param>
/// <param name="Current">Whether it is the page shown.</param>
public sealed record OutcomesPageLink(int Number, string Url, bool Current);

/// <summary>
/// What one outcome's view (<c>Views/Shared/Components/CoProOutcome/Default.cshtml</c>) renders. The sections are
/// sanitized HTML; everything else is text for the view to encode.
/// </summary>
public sealed class OutcomeViewModel
{
    /// <summary>An id unique on the page, the start of every id inside the widget.</summary>
    public required string Id { get; init; }

    /// <summary>The level (1 to 5) of the title heading; sections are one below it.</summary>
    public required int HeadingLevel { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The day it was published.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The status's id: listening, planned, in-progress or done.</summary>
    public required string StatusId { get; init; }

    /// <summary>The status in words.</summary>
    public required string Status { get; init; }

    /// <summary>The areas it concerns, in words.</summary>
    public required IReadOnlyList<string> Areas { get; init; }

    /// <summary>Who it affects, if the editor said.</summary>
    public string? Affects { get; init; }

    /// <summary>When it happens, if the editor said.</summary>
    public string? When { get; init; }

    /// <summary>Where to find out more, if the editor said.</summary>
    public string? MoreUrl { get; init; }

    /// <summary>What people said (sanitized HTML), or null.</summary>
    public IHtmlContent? Said { get; init; }

    /// <summary>What was done (sanitized HTML), or null.</summary>
    public IHtmlContent? Did { get; init; }

    /// <summary>What happens next (sanitized HTML), or null.</summary>
    public IHtmlContent? Next { get; init; }

    /// <summary>Where the related survey's results are, if it has any to show.</summary>
    public string? ResultsUrl { get; init; }

    /// <summary>Where every outcome is listed (the Atom feed's companion page is the host's; this is the feed).</summary>
    public required string FeedUrl { get; init; }

    /// <summary>The dated progress steps, oldest first.</summary>
    public IReadOnlyList<OutcomeProgress> Steps { get; init; } = [];

    /// <summary>What the communication checklist found missing; shown only where content errors are.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>A dated progress step, as the outcome page shows it.</summary>
/// <param name="Date">The day it happened.</param>
/// <param name="Text">What happened.</param>
public sealed record OutcomeProgress(DateOnly Date, string Text);
