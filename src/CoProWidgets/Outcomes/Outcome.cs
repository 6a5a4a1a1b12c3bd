using CoProWidgets.Content;
using CoProWidgets.Localisation;
using CoProWidgets.Quotes;
using CoProWidgets.Rendering;
using Markdig.Syntax;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Outcomes;

/// <summary>
/// One "you said, we did" outcome, as <c>outcomes/&lt;name&gt;.md</c> defines it: what people said, what was done and
/// what happens next, with its status and the areas it concerns.
/// </summary>
internal sealed class Outcome
{
    private readonly Dictionary<OutcomeSection, IReadOnlyList<Block>> _sections;
    private readonly Dictionary<OutcomeSection, ByHeadingLevel<IHtmlContent>> _rendered;
    private readonly MarkdownRenderer _markdown;
    private readonly bool _cites;

    public Outcome(MarkdownRenderer markdown, Dictionary<OutcomeSection, IReadOnlyList<Block>> sections)
    {
        _markdown = markdown;
        _sections = sections;
        _rendered = sections.ToDictionary(section => section.Key, section => new ByHeadingLevel<IHtmlContent>(level => markdown.RenderBelow(section.Value, level)));
        _cites = sections.TryGetValue(OutcomeSection.Said, out var said) && QuoteCitations.AnyIn(said);
    }

    public required string Name { get; init; }

    public required string Title { get; init; }

    public required DateOnly Date { get; init; }

    public required OutcomeStatus Status { get; init; }

    /// <summary>The day the status last changed (<c>status-date</c>), if the file says.</summary>
    public DateOnly? StatusDate { get; init; }

    /// <summary>The dated progress steps, oldest first.</summary>
    public IReadOnlyList<OutcomeStep> Steps { get; init; } = [];

    /// <summary>The latest day the content speaks of: its date, its status date or its latest step.</summary>
    public DateOnly ContentDate => new[] { Date, StatusDate ?? Date, Steps.Count == 0 ? Date : Steps[^1].Date }.Max();

    /// <summary>The ids of the areas of interest it concerns, as <c>get-involved.md</c> names them.</summary>
    public required IReadOnlyList<string> Areas { get; init; }

    /// <summary>The survey whose answers led to it, if any.</summary>
    public string? Survey { get; init; }

    /// <summary>Who the change affects, in the editor's words.</summary>
    public string? Affects { get; init; }

    /// <summary>When it happens or happened, in the editor's words.</summary>
    public string? When { get; init; }

    /// <summary>Where to find out more: a page on the site or an https address.</summary>
    public string? MoreUrl { get; init; }

    /// <summary>Whether publishing it or changing its status emails the people who follow its areas.</summary>
    public required bool Notify { get; init; }

    /// <summary>One or two sentences for the feed, emails and the Atom summary, as plain text.</summary>
    public required string Summary { get; init; }

    /// <summary>Whether the body links anywhere, which counts as saying where to find out more.</summary>
    public required bool HasLinks { get; init; }

    public bool Has(OutcomeSection section) => _sections.ContainsKey(section);

    /// <summary>A section as sanitized HTML, its own headings placed below a section heading at <paramref name="headingLevel"/>.</summary>
    public IHtmlContent? Section(OutcomeSection section, int headingLevel)
    {
        return _rendered.TryGetValue(section, out var rendered) ? rendered.At(headingLevel) : null;
    }

    /// <summary>
    /// The "You said" section as <see cref="Section"/> gives it, with each quote it cites written as approved now
    /// (<see cref="QuoteCitations"/>): rendered afresh when it cites any, since the approved quotes change.
    /// </summary>
    public IHtmlContent? Said(int headingLevel, IReadOnlyList<PublishedQuote> quotes) =>
        _cites ? _markdown.RenderBelow(_sections[OutcomeSection.Said], headingLevel, extension: new QuoteCitations(quotes)) : Section(OutcomeSection.Said, headingLevel);
}

/// <summary>A dated progress step ("milestone").</summary>
/// <param name="Date">The day it happened.</param>
/// <param name="Text">What happened.</param>
/// <param name="Key">What its announcement is recorded under: <c>s2026-11-15-1</c>.</param>
internal sealed record OutcomeStep(DateOnly Date, string Text, string Key);

/// <summary>Where an outcome stands.</summary>
internal enum OutcomeStatus
{
    /// <summary>Still listening: gathering what people say.</summary>
    Listening,

    /// <summary>A change is agreed and planned.</summary>
    Planned,

    /// <summary>The change is being made.</summary>
    InProgress,

    /// <summary>The change has been made.</summary>
    Done,
}

/// <summary>The parts of an outcome, each under its own heading.</summary>
internal enum OutcomeSection
{
    /// <summary>What people said.</summary>
    Said,

    /// <summary>What was done about it.</summary>
    Did,

    /// <summary>What happens next.</summary>
    Next,
}

/// <summary>Words for statuses and sections.</summary>
internal static class OutcomeText
{
    /// <summary>An outcome's latest progress step in words, "15 November 2026: what happened", or null.</summary>
    public static string? Latest(Outcome outcome, IStringLocalizer<OutcomesText> text) =>
        outcome.Steps.Count == 0 ? null : text["Latest", ShownCulture.LongDate(outcome.Steps[^1].Date), outcome.Steps[^1].Text].Value;

    /// <summary>The status in the language shown, such as "In progress".</summary>
    public static string Label(OutcomeStatus status, IStringLocalizer text) => text["Status." + status].Value;

    /// <summary>A section's heading in the language shown, such as "You said".</summary>
    public static string Heading(OutcomeSection section, IStringLocalizer<OutcomesText> text) => text["Section." + section].Value;

    /// <summary>
    /// The status in the language shown, for the staff pages and the emails, which have no outcomes localizer to hand
    /// (an email is rendered in its reader's language, by a background job).
    /// </summary>
    public static string Label(OutcomeStatus status) => Label(status, LibraryText.For(typeof(OutcomesText)));

    /// <summary>The status as written in front matter and in the feed's address: listening, planned, in-progress, done.</summary>
    public static string Id(OutcomeStatus status) => status == OutcomeStatus.InProgress ? "in-progress" : status.ToString().ToLowerInvariant();

    public static OutcomeStatus? Parse(string? id) =>
        Enum.GetValues<OutcomeStatus>().Cast<OutcomeStatus?>().FirstOrDefault(status => Id(status!.Value) == id);

    public static string Heading(OutcomeSection section) => section switch
    {
        OutcomeSection.Said => "You said",
        OutcomeSection.Did => "We did",
        _ => "What happens next",
    };
}
