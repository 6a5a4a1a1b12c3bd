using System.ComponentModel.DataAnnotations;
using CoProWidgets.Content;
using CoProWidgets.Localisation;
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
    public async Task<IViewComponentResult> InvokeAsync(string survey, [Range(1, 5)] int? headingLevel = null, bool report = false)
    {
        if (!TryContent(SurveyProvider.Folder, survey, Service<SurveyProvider>().Get, out var definition, out var instead))
        {
            return instead;
        }

        var disclosure = Service<ResultsDisclosure>();
        var status = Service<SurveyService>().StatusOf(definition);
        var notShown = disclosure.WhyNotShown(definition);
        var published = notShown is null ? await Service<PublishedResults>().LatestAsync(definition, HttpContext.RequestAborted) : null;
        var tally = published?.Tally;
        var quotes = notShown is null ? await Service<PublishedQuotes>().ForSurveyAsync(definition.Name, HttpContext.RequestAborted) : [];
        var id = NextId();
        var level = HeadingLevel(headingLevel);
        return CachedWidget(id, [definition, published, status, quotes], () => new ResultsViewModel
        {
            Id = id,
            Title = definition.Title,
            HeadingLevel = level,
            Report = report,
            NotShown = notShown,
            Responses = tally?.Responses ?? 0,
            PublishedOn = published is null ? null : ShownCulture.LongDate(UkClock.InUk(published.PublishedAt)),
            PublishedByStaff = definition.Results == SurveyResultsShown.AfterReview,
            SuppressBelow = disclosure.SuppressBelow,
            GroupQuestion = definition.GroupQuestion?.Text,
            Questions = published is null ? [] : disclosure.Figures(definition, published),
            CsvUrl = notShown is null ? Link(ResultsWidget.CsvRoute, new { name = survey }) : null,
            Quotes = definition.Questions.Where(question => question.AsksToPublish)
                .Select(question => new ResultsQuotes(question.Text, quotes.Where(quote => quote.Question == question.Id).Select(quote => new ResultsQuote(quote.Text, disclosure.QuoteGroup(definition, tally, quote.Group))).ToList()))
                .Where(group => group.Quotes.Count > 0)
                .ToList(),
            Themes = quotes.SelectMany(quote => quote.Themes).CountBy(theme => theme, StringComparer.CurrentCultureIgnoreCase)
                .OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.CurrentCulture)
                .Select(pair => new ResultsTheme(pair.Key, pair.Value)).ToList(),
            SurveyUrl = status == SurveyStatus.Open ? Link(SurveyWidget.Route, new { name = survey }) : null,
        });
    }
}
