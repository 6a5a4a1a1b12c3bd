using CoProWidgets.Audit;
using CoProWidgets.Http;
using CoProWidgets.Localisation;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Staff;

/// <summary>
/// A survey's staff page (<c>{prefix}/staff/surveys/{name}</c>): its counts and the links to its responses and the
/// entry form, and publishing or withdrawing its results, which need <see cref="CoProWidgetsOptions.PublishingPolicy"/>.
/// </summary>
internal static class StaffSurveyPage
{
    public const string Route = "CoProWidgets.StaffSurvey";
    public const string PublishRoute = "CoProWidgets.StaffPublishResults";
    public const string WithdrawRoute = "CoProWidgets.StaffWithdrawResults";
    private const string View = "~/Views/CoProWidgets/Staff/Survey.cshtml";

    public static void Map(RouteGroupBuilder staff, CoProWidgetsOptions options)
    {
        staff.MapGet("/surveys/{name}", ShowAsync).AddEndpointFilter<RouteHandlerBuilder, StaffSurveyFilter>().WithName(Route);
        var survey = StaffSurveyFilter.MapSurveyGroup(staff);
        survey.MapPost("/publish", PublishAsync).WithStaffForm().WithName(PublishRoute).AlsoRequire(options.PublishingPolicy);
        survey.MapPost("/withdraw", WithdrawAsync).WithStaffForm().WithName(WithdrawRoute).AlsoRequire(options.PublishingPolicy);
    }

    private static async Task<IResult> ShowAsync(string name, HttpContext context, StaffOverview overview, StaffAccess access, SiteLinks links, StaffPages pages, IOptions<CoProWidgetsOptions> options, IStringLocalizer<StaffSurveysText> text)
    {
        var survey = StaffSurveyFilter.Of(context);
        var may = await access.ReadAsync(context);
        var publishing = may.Publishing;
        var model = await overview.SurveyAsync(survey, options.Value.Results.SuppressBelow, OfferedLanguages.Of(options.Value), context.RequestAborted) with
        {
            OverviewUrl = links.Path(context, StaffOverviewPage.Route),
            ResponsesUrl = may.Moderation ? links.Path(context, StaffResponsesPage.Route, new { name }) : string.Empty,
            EnterUrl = links.Path(context, StaffEntryPage.Route, new { name }),
            KioskUrl = links.Path(context, StaffKioskPage.Route, new { name }),
            Entered = context.Request.Query["entered"] == "1",
            PublishUrl = publishing ? links.Path(context, PublishRoute, new { name }) : string.Empty,
            ReportUrl = links.Path(context, ResultsWidget.ReportRoute, new { name }),
            Published = context.Request.Query["published"].ToString() switch { "1" => true, "0" => false, _ => null },
            WithdrawUrl = publishing ? links.Path(context, WithdrawRoute, new { name }) : string.Empty,
            ConcernsUrl = may.Moderation ? links.Path(context, StaffResponsesPage.Route, new { name, concerns = "yes" }) : string.Empty,
            Withdrawn = context.Request.Query["withdrawn"].ToString() switch { "1" => true, "0" => false, _ => null },
        };
        return await pages.RenderAsync(context, View, model, text["Survey.PageTitle", survey.Title]);
    }

    /// <summary>Staff publish a survey's results now: a new snapshot if enough has arrived since the last, audited.</summary>
    private static async Task<IResult> PublishAsync(string name, HttpContext context, ResultsDisclosure disclosure, PublishedResults results, AuditLog audit, SiteLinks links)
    {
        var survey = StaffSurveyFilter.Of(context);
        var user = context.User;
        var published = disclosure.MayShow(survey)
            && await results.PublishAsync(survey, AuditLog.ActorOf(user), db => audit.Add(db, user, AuditActions.ResultsPublished, $"survey {name}"), context.RequestAborted) is not null;
        return FormRedirect.SeeOther(context, links.Path(context, Route, new { name, published = published ? 1 : 0 }));
    }

    /// <summary>Staff withdraw the latest published snapshot: the one before shows again; audited.</summary>
    private static async Task<IResult> WithdrawAsync(string name, HttpContext context, PublishedResults results, AuditLog audit, SiteLinks links)
    {
        var survey = StaffSurveyFilter.Of(context);
        var user = context.User;
        var withdrawn = await results.WithdrawAsync(survey, AuditLog.ActorOf(user), db => audit.Add(db, user, AuditActions.ResultsWithdrawn, $"survey {name}"), context.RequestAborted);
        return FormRedirect.SeeOther(context, links.Path(context, Route, new { name, withdrawn = withdrawn ? 1 : 0 }));
    }
}
