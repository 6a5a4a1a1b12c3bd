using System.Globalization;
using CoProWidgets.Content;
using CoProWidgets.Rendering;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Mvc;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// A survey's results as a view component: <c>@await Component.InvokeAsync("CoProResults", new { survey = "having-a-say" })</c>.
/// Its view is <c>Views/Shared/Components/CoProResults/Default.cshtml</c>; a host overrides it by placing a file at that path.
/// </summary>
[ViewComponent(Name = ComponentName)]
public sealed class ResultsViewComponent : WidgetViewComponent
{
    /// <summary>The view component's name, <c>CoProResults</c>.</summary>
    public const string ComponentName = "CoProResults";

    /// <summary>Renders the results of <c>surveys/&lt;survey&gt;.md</c>, when its front matter allows them to be shown.</summary>
    /// <param name="survey">The survey file's name, without <c>.md</c>.</param>
    /// <param name="headingLevel">The level of the title heading, 1 to 5; by default <see cref="CoProWidgetsOptions.DefaultHeadingLevel"/>.</param>
    public async Task<IViewComponentResult> InvokeAsync(string survey, int? headingLevel = null)
    {
        if (!ContentName.IsValid(survey))
        {
            return InvalidName(SurveyProvider.Folder, survey);
        }

        var snapshot = Service<SurveyProvider>().Get(survey);
        if (snapshot.Error is not null && (ShowErrors || snapshot.Value is null))
        {
            return ErrorOrNothing(snapshot.Error, snapshot.Value is not null);
        }

        if (snapshot.Value is not { } definition)
        {
            return Nothing();
        }

        var options = Options;
        var status = Service<SurveyService>().StatusOf(definition);
        var notShown = NotShown(definition, status);
        var published = notShown is null ? await Service<PublishedResults>().LatestAsync(definition, HttpContext.RequestAborted) : null;
        var tally = published?.Tally;
        var id = WidgetIds.Next(HttpContext);
        var level = Math.Clamp(headingLevel ?? options.DefaultHeadingLevel, 1, 5);
        return CachedWidget(id, $"{survey}|{level}", [definition, published, status], () => new ResultsViewModel
        {
            Id = id,
            Title = definition.Title,
            HeadingLevel = level,
            NotShown = notShown,
            Responses = tally?.Responses ?? 0,
            PublishedOn = published is null ? null : SurveyService.InUk(published.PublishedAt).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")),
            PublishedByStaff = definition.Results == SurveyResultsShown.AfterReview,
            SuppressBelow = options.Results.SuppressBelow,
            GroupQuestion = definition.GroupQuestion?.Text,
            Questions = tally is null ? [] : ResultsBuilder.Build(definition, tally, options.Results.SuppressBelow),
            CsvUrl = notShown is null ? Link(ResultsWidget.CsvRoute, new { name = survey }) : null,
            SurveyUrl = status == SurveyStatus.Open ? Link(SurveyWidget.Route, new { name = survey }) : null,
        });
    }

    /// <summary>Why a survey's results may not be shown today, or null when they may.</summary>
    internal static string? NotShown(SurveyDefinition survey, SurveyStatus status) => status switch
    {
        SurveyStatus.NotYetOpen => $"The survey opens on {Date(survey.Opens)}. Results will be published here once people have answered.",
        SurveyStatus.Open when survey.Results == SurveyResultsShown.AfterClosing => survey.Closes is { } closes
            ? $"The survey is still open. Results will be published here after it closes on {Date(closes)}."
            : "The survey is still open. Results will be published here after it closes.",
        _ => null,
    };

    private static string? Date(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
