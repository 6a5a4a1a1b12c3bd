using CoProWidgets.Audit;
using CoProWidgets.Http;
using CoProWidgets.Rendering;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Staff;

/// <summary>
/// What staff do to one response: exclude it as not genuine, include it again (the moderation policy, like every
/// action on what people wrote), and delete it for good, with its quotes, its counts going down in the same
/// transaction. A deletion erases personal data, so it needs the people policy too, and it is refused while a
/// safeguarding concern on the response is open: the words go with the response, and whoever deals with the concern
/// needs them.
/// </summary>
internal static class StaffResponseEndpoints
{
    public const string ExcludeRoute = "CoProWidgets.StaffExcludeResponse";
    public const string IncludeRoute = "CoProWidgets.StaffIncludeResponse";
    public const string DeleteRoute = "CoProWidgets.StaffDeleteResponse";
    public const string ConfirmField = "confirm";

    public static void Map(RouteGroupBuilder staff, CoProWidgetsOptions options)
    {
        var survey = StaffSurveyFilter.MapSurveyGroup(staff);
        survey.MapPost("/responses/{id:guid}/exclude", ExcludeAsync).WithStaffForm().WithName(ExcludeRoute)
            .AlsoRequire(options.ModerationPolicy);
        survey.MapPost("/responses/{id:guid}/include", IncludeAsync).WithStaffForm().WithName(IncludeRoute)
            .AlsoRequire(options.ModerationPolicy);
        survey.MapPost("/responses/{id:guid}/delete", DeleteAsync).WithStaffForm().WithName(DeleteRoute)
            .AlsoRequire(options.ModerationPolicy).AlsoRequire(options.PeoplePolicy);
    }

    /// <summary>Where each form acting on a response posts; no deletion for someone the people policy refuses.</summary>
    public static StaffResponseActions Actions(HttpContext context, SiteLinks links, string name, Guid id, bool mayDelete) => new(
        links.Path(context, ExcludeRoute, new { name, id }),
        links.Path(context, IncludeRoute, new { name, id }),
        mayDelete ? links.Path(context, DeleteRoute, new { name, id }) : string.Empty,
        links.Path(context, StaffSafeguarding.RaiseRoute, new { name, id }));

    /// <summary>The sentence a responses page shows after an action, from its <c>done</c> parameter.</summary>
    public static string? Notice(string? done, IStringLocalizer<StaffSurveysText> text) => done switch
    {
        "included" => text["Responses.Notice.Included"].Value,
        "deleted" => text["Responses.Notice.Deleted"].Value,
        "raised" => text["Responses.Notice.Raised"].Value,
        _ => null,
    };

    /// <summary>Why an action was refused, from the responses page's <c>done</c> parameter, for its error summary.</summary>
    public static FormError? Problem(string? done, IStringLocalizer<StaffSurveysText> text) => done switch
    {
        "unconfirmed" => new FormError(string.Empty, text["Responses.Error.Unconfirmed"]),
        "concern-open" => new FormError(string.Empty, text["Responses.Error.ConcernOpen"]),
        "not-deleted" => new FormError(string.Empty, text["Responses.Error.NotDeleted"]),
        _ => null,
    };

    /// <summary>Staff exclude a response as not genuine: kept and marked, counted nowhere; audited.</summary>
    private static async Task<IResult> ExcludeAsync(string name, Guid id, HttpContext context, SurveyService service, AuditLog audit, SiteLinks links)
    {
        var user = context.User;
        await service.ExcludeAsync(StaffSurveyFilter.Of(context), id, db => audit.Add(db, user, AuditActions.ResponseExcluded, $"response {id:D} (survey {name})"), context.RequestAborted);
        return FormRedirect.SeeOther(context, links.Path(context, StaffResponsesPage.Route, new { name, excluded = 1 }));
    }

    private static async Task<IResult> IncludeAsync(string name, Guid id, HttpContext context, SurveyService service, AuditLog audit, SiteLinks links)
    {
        var user = context.User;
        await service.IncludeAsync(StaffSurveyFilter.Of(context), id, db => audit.Add(db, user, AuditActions.ResponseIncluded, $"response {id:D} (survey {name})"), context.RequestAborted);
        return FormRedirect.SeeOther(context, links.Path(context, StaffResponsesPage.Route, new { name, done = "included" }));
    }

    private static async Task<IResult> DeleteAsync(string name, Guid id, HttpContext context, SurveyService service, AuditLog audit, SiteLinks links)
    {
        if (BoundedForm.Value(StaffForm.Of(context), ConfirmField) != "yes")
        {
            return FormRedirect.SeeOther(context, links.Path(context, StaffResponsesPage.Route, new { name, done = "unconfirmed" }));
        }

        var user = context.User;
        var deletion = await service.DeleteAsync(StaffSurveyFilter.Of(context), id, db => audit.Add(db, user, AuditActions.ResponseDeleted, $"response {id:D} (survey {name})"), context.RequestAborted);

        // Only a deletion that happened says so: staff acting on an erasure request must know whether it was done.
        var done = deletion switch
        {
            ResponseDeletion.Deleted => "deleted",
            ResponseDeletion.ConcernOpen => "concern-open",
            _ => "not-deleted",
        };
        return FormRedirect.SeeOther(context, links.Path(context, StaffResponsesPage.Route, new { name, done }));
    }
}
