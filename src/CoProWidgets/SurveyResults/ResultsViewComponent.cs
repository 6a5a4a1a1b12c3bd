using CoProWidgets.Content;
using CoProWidgets.Quotes;
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
    /// <param name="report">Whether to show the detail by group open, for the printable report.</param>
    public async Task<IViewComponentResult> InvokeAsync(string survey, int? headingLevel = null, bool report = false)
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
        var quotes = notShown is null ? await Service<PublishedQuotes>().ForSurveyAsync(definition.Name, HttpContext.RequestAborted) : [];
        var id = WidgetIds.Next(HttpContext);
        var level = Math.Clamp(headingLevel ?? options.DefaultHeadingLevel, 1, 5);
        return CachedWidget(id, $"{survey}|{level}|{report}", [definition, published, status, quotes], () => new ResultsViewModel
        {
            Id = id,
            Title = definition.Title,
            HeadingLevel = level,
            Report = report,
            NotShown = notShown,
            Responses = tally?.Responses ?? 0,
            PublishedOn = published is null ? null : UkDate.Long(SurveyService.InUk(published.PublishedAt)),
            PublishedByStaff = definition.Results == SurveyResultsShown.AfterReview,
            SuppressBelow = options.Results.SuppressBelow,
            GroupQuestion = definition.GroupQuestion?.Text,
            Questions = tally is null ? [] : ResultsBuilder.Build(definition, tally, options.Results.SuppressBelow, published?.Hidden),
            CsvUrl = notShown is null ? Link(ResultsWidget.CsvRoute, new { name = survey }) : null,
            Quotes = Quoted(definition, tally, quotes, options.Results.SuppressBelow),
            Themes = quotes.SelectMany(quote => quote.Themes).CountBy(theme => theme, StringComparer.CurrentCultureIgnoreCase)
                .OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.CurrentCulture)
                .Select(pair => new ResultsTheme(pair.Key, pair.Value)).ToList(),
            SurveyUrl = status == SurveyStatus.Open ? Link(SurveyWidget.Route, new { name = survey }) : null,
        });
    }

    /// <summary>
    /// The approved quotes by question, each labelled with the writer's group only where the published results show
    /// that group (it rests on at least the threshold), so a quote never narrows a small group down.
    /// </summary>
    private static List<ResultsQuotes> Quoted(SurveyDefinition survey, SurveyTally? tally, IReadOnlyList<PublishedQuote> quotes, int suppressBelow)
    {
        var groupQuestion = survey.GroupQuestion;
        string? Label(string? group) =>
            group is null || groupQuestion is null || tally is null || tally.Of(groupQuestion.Id, group, string.Empty) < suppressBelow ? null : groupQuestion.LabelOf(group);
        return survey.Questions.Where(question => question.AsksToPublish)
            .Select(question => new ResultsQuotes(question.Text, quotes.Where(quote => quote.Question == question.Id).Select(quote => new ResultsQuote(quote.Text, Label(quote.Group))).ToList()))
            .Where(group => group.Quotes.Count > 0)
            .ToList();
    }

    /// <summary>Why a survey's results may not be shown today, or null when they may.</summary>
    internal static string? NotShown(SurveyDefinition survey, SurveyStatus status) => status switch
    {
        SurveyStatus.NotYetOpen => $"The survey opens on {UkDate.Long(survey.Opens)}. Results will be published here once people have answered.",
        SurveyStatus.Open when survey.Results == SurveyResultsShown.AfterClosing => survey.Closes is { } closes
            ? $"The survey is still open. Results will be published here after it closes on {UkDate.Long(closes)}."
            : "The survey is still open. Results will be published here after it closes.",
        _ => null,
    };
}
