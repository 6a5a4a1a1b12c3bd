using CoProWidgets.Http;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Staff;

/// <summary>The form for a response staff enter for someone (<c>{prefix}/staff/surveys/{name}/enter</c>): on paper, by phone, in person.</summary>
internal static class StaffEntryPage
{
    public const string Route = "CoProWidgets.StaffEnter";
    private const string View = "~/Views/CoProWidgets/Staff/Enter.cshtml";

    public static void Map(RouteGroupBuilder staff)
    {
        var survey = StaffSurveyFilter.MapSurveyGroup(staff);
        survey.MapGet("/enter", ShowAsync).WithName(Route);

        // As large as the survey's own form may be: its written answers can be long.
        survey.MapPost("/enter", EnterAsync).WithStaffForm(context =>
            64 * 1024 + StaffSurveyFilter.Of(context).Questions.Sum(q => q.Type == SurveyQuestionType.Text ? q.MaxLength * 4 : 0));
    }

    private static async Task<IResult> ShowAsync(HttpContext context, StaffEntry entry, SiteLinks links, StaffPages pages, IStringLocalizer<StaffSurveysText> text)
    {
        var model = entry.Show(StaffSurveyFilter.Of(context), SurveyAnswers.Empty, null, [], SurveyService.NewKey());
        return await RenderAsync(context, model, links, pages, text, StatusCodes.Status200OK);
    }

    /// <summary>Stores a response staff entered, then shows the survey's page; or shows the form again with its problems.</summary>
    private static async Task<IResult> EnterAsync(string name, HttpContext context, StaffEntry entry, SiteLinks links, StaffPages pages, IStringLocalizer<StaffSurveysText> text)
    {
        var survey = StaffSurveyFilter.Of(context);
        var (errors, answers, channel, key) = await entry.EnterAsync(context, survey, StaffForm.Of(context));
        if (errors.Count > 0)
        {
            return await RenderAsync(context, entry.Show(survey, answers, channel, errors, key), links, pages, text, StatusCodes.Status400BadRequest);
        }

        return FormRedirect.SeeOther(context, links.Path(context, StaffSurveyPage.Route, new { name, entered = 1 }));
    }

    private static Task<IResult> RenderAsync(HttpContext context, StaffEntryViewModel model, SiteLinks links, StaffPages pages, IStringLocalizer<StaffSurveysText> text, int status) =>
        pages.RenderAsync(
            context,
            View,
            model with
            {
                Action = links.Path(context, Route, new { name = model.Name }),
                SurveyUrl = links.Path(context, StaffSurveyPage.Route, new { name = model.Name }),
            },
            StaffTitles.Of(text, model.Errors, text["Enter.Title", model.Title]),
            status);
}
