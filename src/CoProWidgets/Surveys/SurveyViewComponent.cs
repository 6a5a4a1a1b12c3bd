using CoProWidgets.Content;
using CoProWidgets.GetInvolved;
using CoProWidgets.Http;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Mvc;

namespace CoProWidgets.Surveys;

/// <summary>
/// A survey as a view component: <c>@await Component.InvokeAsync("CoProSurvey", new { name = "having-a-say" })</c>. Its
/// view is <c>Views/Shared/Components/CoProSurvey/Default.cshtml</c>; a host overrides it by placing a file at that path.
/// </summary>
[ViewComponent(Name = ComponentName)]
public sealed class SurveyViewComponent : WidgetViewComponent
{
    /// <summary>The view component's name, <c>CoProSurvey</c>.</summary>
    public const string ComponentName = "CoProSurvey";

    /// <summary>The query parameter that, after submitting, makes the widget thank the respondent; its value is the survey's name.</summary>
    public const string ThanksParameter = "copro-survey-thanks";

    /// <summary>Renders <c>surveys/&lt;name&gt;.md</c>: its first page, or the step the respondent has reached.</summary>
    /// <param name="name">The survey file's name, without <c>.md</c>.</param>
    /// <param name="headingLevel">The level of the survey's title heading, 1 to 5; by default <see cref="CoProWidgetsOptions.DefaultHeadingLevel"/>.</param>
    public IViewComponentResult Invoke(string name, int? headingLevel = null)
    {
        if (!TryContent(SurveyProvider.Folder, name, Service<SurveyProvider>().Get, out var survey, out var instead))
        {
            return instead;
        }

        var progress = SurveyProgress.Of(HttpContext, name);
        var step = progress?.Step ?? (Request.Query[ThanksParameter] == name ? SurveyStep.Thanks : SurveyStep.Questions);
        var status = Service<SurveyService>().StatusOf(survey);
        if (step is not (SurveyStep.Thanks or SurveyStep.SavedLinkGone) && status != SurveyStatus.Open)
        {
            step = status == SurveyStatus.Closed ? SurveyStep.Closed : SurveyStep.NotYetOpen;
        }

        var id = NextId();
        var level = HeadingLevel(headingLevel);
        // Only the answers to questions asked are shown or carried: answers to questions hidden by a change are gone.
        var route = survey.Route(progress?.Answers ?? SurveyAnswers.Empty);
        var answers = route.Answers;
        var page = Math.Clamp(progress?.Page ?? 0, 0, survey.Pages.Count - 1);
        page = route.IsShown(page) ? page : route.Pages[0];
        var (number, count) = SurveyTitles.Position(route, page);
        var errors = progress?.Errors ?? [];
        var model = new SurveyViewModel
        {
            Id = id,
            Title = survey.Title,
            HeadingLevel = level,
            Step = step,
            Intro = page == 0 && step == SurveyStep.Questions ? survey.Intro : null,
            Page = page + 1,
            PageNumber = number,
            PageCount = count,
            PageName = SurveyTitles.PageName(survey, route, page),
            CanGoBack = route.Before(page) is not null,
            Questions = step == SurveyStep.Questions ? SurveyQuestionViews.Of(id, route.On(page), answers, errors, progress?.Focus) : [],
            Summary = step == SurveyStep.Check ? SurveyQuestionViews.Summary(survey, route) : [],
            Carried = step is SurveyStep.Questions or SurveyStep.Check or SurveyStep.Saved ? Carried(survey, answers, step == SurveyStep.Questions ? page : -1) : [],
            Changing = step == SurveyStep.Questions ? progress?.Changing?.Value : null,
            Saved = SurveySavedView.Of(HttpContext, name),
            AtKiosk = KioskMode.Of(HttpContext) is not null,
            Errors = errors,
            Action = KioskMode.Of(HttpContext)?.Action ?? FormAction(Link(SurveyWidget.Route, new { name })),
            ReturnUrl = progress?.ReturnUrl ?? FormRedirect.ThisPage(Request, ThanksParameter),
            Key = progress?.Key ?? SurveyService.NewKey(),
            Antiforgery = AntiforgeryField(),
            ThankYou = survey.ThankYou,
            // Only the thank-you step links to the sign-up page, so only it looks for the file.
            // Never at a kiosk: the next person would find the page with someone's details on it.
            SignUpUrl = step == SurveyStep.Thanks && KioskMode.Of(HttpContext) is null && Service<GetInvolvedProvider>().Exists ? SignUpPage() : null,
            When = step switch
            {
                SurveyStep.NotYetOpen => survey.Opens is { } opens ? SurveyDateBounds.Long(opens) : null,
                SurveyStep.Closed => survey.Closes is { } closes ? SurveyDateBounds.Long(closes) : null,
                _ => null,
            },
        };
        return Widget(model);
    }

    private string SignUpPage() => Options.GetInvolved.SignUpPage is { Length: > 0 } page ? page : Link(GetInvolvedWidget.SignUpRoute);

    private static List<KeyValuePair<string, string>> Carried(SurveyDefinition survey, SurveyAnswers answers, int shownPage) =>
        survey.Questions
            .Where(question => question.Page != shownPage)
            .SelectMany(question => answers.Of(question.Id).Select(value => new KeyValuePair<string, string>(SurveyAnswers.FieldPrefix + question.Id, value)))
            .ToList();
}
