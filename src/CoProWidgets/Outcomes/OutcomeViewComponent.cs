using System.ComponentModel.DataAnnotations;
using CoProWidgets.Content;
using CoProWidgets.GetInvolved;
using CoProWidgets.Quotes;
using CoProWidgets.Rendering;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Outcomes;

/// <summary>
/// One outcome in full as a view component: <c>@await Component.InvokeAsync("CoProOutcome", new { name = "evening-appointments" })</c>.
/// Its view is <c>Views/Shared/Components/CoProOutcome/Default.cshtml</c>; a host overrides it by placing a file at that path.
/// </summary>
[ViewComponent(Name = ComponentName)]
public sealed class OutcomeViewComponent : WidgetViewComponent
{
    /// <summary>The view component's name, <c>CoProOutcome</c>.</summary>
    public const string ComponentName = "CoProOutcome";

    /// <summary>Renders <c>outcomes/&lt;name&gt;.md</c>: what people said, what was done and what happens next.</summary>
    /// <param name="name">The outcome file's name, without <c>.md</c>.</param>
    /// <param name="headingLevel">The level of the title heading, 1 to 5; by default <see cref="CoProWidgetsOptions.DefaultHeadingLevel"/>.</param>
    public async Task<IViewComponentResult> InvokeAsync(string name, [Range(1, 5)] int? headingLevel = null)
    {
        if (!TryContent(OutcomeProvider.Folder, name, Service<OutcomeProvider>().Get, out var item, out var instead))
        {
            return instead;
        }

        var outcome = item.Outcome;
        var level = HeadingLevel(headingLevel);
        var section = Math.Min(level + 1, 6);
        var id = NextId();
        var getInvolved = Service<GetInvolvedProvider>();
        var text = Service<IStringLocalizer<OutcomesText>>();
        var resultsUrl = ResultsUrl(outcome.Survey);
        var quotes = outcome.Survey is { } survey && outcome.Has(OutcomeSection.Said)
            ? await Service<PublishedQuotes>().ForSurveyAsync(survey, HttpContext.RequestAborted)
            : [];
        return CachedWidget(id, [item, OutcomeAreas.Source(getInvolved), resultsUrl, ShowErrors, quotes], () => new OutcomeViewModel
        {
            Id = id,
            HeadingLevel = level,
            Title = outcome.Title,
            Date = outcome.Date,
            StatusId = OutcomeText.Id(outcome.Status),
            Status = OutcomeText.Label(outcome.Status, text),
            Areas = OutcomeAreas.Describe(outcome.Areas, OutcomeAreas.Labels(getInvolved)),
            Affects = outcome.Affects,
            When = outcome.When,
            MoreUrl = outcome.MoreUrl,
            Said = outcome.Said(section, quotes),
            Did = outcome.Section(OutcomeSection.Did, section),
            Next = outcome.Section(OutcomeSection.Next, section),
            Steps = outcome.Steps.Select(step => new OutcomeProgress(step.Date, step.Text)).ToList(),
            ResultsUrl = resultsUrl,
            FeedUrl = Link(OutcomeEndpoints.FeedRoute),
            Warnings = ShowErrors ? item.Warnings : [],
        });
    }

    private string? ResultsUrl(string? survey)
    {
        if (survey is null || Service<SurveyProvider>().Get(survey).Value is not { } definition)
        {
            return null;
        }

        return Service<ResultsDisclosure>().MayShow(definition) ? Link(ResultsWidget.PageRoute, new { name = survey }) : null;
    }
}
