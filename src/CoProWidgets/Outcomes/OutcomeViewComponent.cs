using CoProWidgets.Content;
using CoProWidgets.GetInvolved;
using CoProWidgets.Quotes;
using CoProWidgets.Rendering;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Mvc;

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
    public async Task<IViewComponentResult> InvokeAsync(string name, int? headingLevel = null)
    {
        if (!ContentName.IsValid(name))
        {
            return InvalidName(OutcomeProvider.Folder, name);
        }

        var snapshot = Service<OutcomeProvider>().Get(name);
        if (snapshot.Error is not null && (ShowErrors || snapshot.Value is null))
        {
            return ErrorOrNothing(snapshot.Error, snapshot.Value is not null);
        }

        if (snapshot.Value is not { Outcome: var outcome } item)
        {
            return Nothing();
        }

        var options = Options;
        var level = Math.Clamp(headingLevel ?? options.DefaultHeadingLevel, 1, 5);
        var section = Math.Min(level + 1, 6);
        var id = WidgetIds.Next(HttpContext);
        var getInvolved = Service<GetInvolvedProvider>();
        var resultsUrl = ResultsUrl(outcome.Survey);
        var quotes = outcome.Survey is { } survey && outcome.Has(OutcomeSection.Said)
            ? await Service<PublishedQuotes>().ForSurveyAsync(survey, HttpContext.RequestAborted)
            : [];
        return CachedWidget(id, $"{name}|{level}", [item, OutcomeAreas.Source(getInvolved), resultsUrl, ShowErrors, quotes], () => new OutcomeViewModel
        {
            Id = id,
            HeadingLevel = level,
            Title = outcome.Title,
            Date = outcome.Date,
            StatusId = OutcomeText.Id(outcome.Status),
            Status = OutcomeText.Label(outcome.Status),
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

        return ResultsViewComponent.NotShown(definition, Service<SurveyService>().StatusOf(definition)) is null ? Link(ResultsWidget.PageRoute, new { name = survey }) : null;
    }
}
