using CoProWidgets.Localisation;
using CoProWidgets.Surveys;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// What of a survey's results may be shown, and why not: the one home of the rules, asked by the results widget, its
/// page and CSV, an outcome that links to them, the schedule that publishes them and the staff pages. Whether a survey's
/// results may be shown today follows from its front matter and the UK date; which figures of a published snapshot
/// are shown follows from <see cref="Suppression"/>; a quote names its writer's group only where those figures do.
/// </summary>
internal sealed class ResultsDisclosure(SurveyService surveys, IOptions<CoProWidgetsOptions> options, IStringLocalizer<ResultsText> text)
{
    private readonly ResultsWords _words = new(text);

    /// <summary>The fewest responses a shown figure rests on.</summary>
    public int SuppressBelow => options.Value.Results.SuppressBelow;

    /// <summary>Whether a survey's results may be shown today.</summary>
    public bool MayShow(SurveyDefinition survey) => WhyNotShown(survey) is null;

    /// <summary>
    /// Why a survey's results may not be shown today, in a sentence the widget shows in their place (not yet open, or
    /// published only after closing), or null when they may.
    /// </summary>
    public string? WhyNotShown(SurveyDefinition survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return surveys.StatusOf(survey) switch
        {
            SurveyStatus.NotYetOpen => text["NotShown.NotYetOpen", ShownCulture.LongDate(survey.Opens.GetValueOrDefault())].Value,
            SurveyStatus.Open when survey.Results == SurveyResultsShown.AfterClosing => survey.Closes is { } closes
                ? text["NotShown.OpenUntil", ShownCulture.LongDate(closes)].Value
                : text["NotShown.Open"].Value,
            _ => null,
        };
    }

    /// <summary>
    /// The figures of every published question as a snapshot shows them, with the rows it hides marked and saying why
    /// not (<see cref="Suppression.NotShown"/>); with no snapshot, every question with no responses.
    /// </summary>
    public IReadOnlyList<ResultsQuestion> Figures(SurveyDefinition survey, PublishedSnapshot? published) =>
        ResultsBuilder.Build(survey, published?.Tally ?? SurveyTally.Empty, SuppressBelow, published?.Hidden, published?.Held, _words);

    /// <summary>
    /// The label of a quote writer's group, only where the published figures show that group (it rests on at least
    /// the threshold), so a quote never narrows a small group down; otherwise null.
    /// </summary>
    public string? QuoteGroup(SurveyDefinition survey, SurveyTally? published, string? group)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return group is null || survey.GroupQuestion is not { } question || published is null || published.Of(question.Id, group, string.Empty) < SuppressBelow
            ? null
            : question.ShownLabelOf(group);
    }
}
