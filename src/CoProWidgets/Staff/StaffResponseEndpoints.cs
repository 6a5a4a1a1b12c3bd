using CoProWidgets.Audit;
using CoProWidgets.Http;
using CoProWidgets.Rendering;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoProWidgets.Staff;

/// <summary>
/// What staff do to one response besides excluding it: include it again (the moderation policy, like every action on
/// what people wrote), and delete it for good, with its quotes, its counts going down in the same transaction. A
/// deletion erases personal data, so it needs the people policy too, and it is refused while a safeguarding concern
/// on the response is open: the words go with the response, and whoever deals with the concern needs them.
/// </summary>
internal static class StaffResponseEndpoints
{
    public const string IncludeRoute = "CoProWidgets.StaffIncludeResponse";
    public const string DeleteRoute = "CoProWidgets.StaffDeleteResponse";
    public const string ConfirmField = "confirm";

    public static void Map(RouteGroupBuilder staff, CoProWidgetsOptions options)
    {
        staff.MapPost("/surveys/{name}/responses/{id:guid}/include", IncludeAsync).DisableAntiforgery().WithName(IncludeRoute)
            .AlsoRequire(options.ModerationPolicy);
        staff.MapPost("/surveys/{name}/responses/{id:guid}/delete", DeleteAsync).DisableAntiforgery().WithName(DeleteRoute)
            .AlsoRequire(options.ModerationPolicy).AlsoRequire(options.PeoplePolicy);
    }

    /// <summary>Where each form acting on a response posts; no deletion for someone the people policy refuses.</summary>
    public static StaffResponseActions Actions(HttpContext context, SiteLinks links, string name, Guid id, bool mayDelete) => new(
        links.Path(context, StaffEndpoints.ExcludeRoute, new { name, id }),
        links.Path(context, IncludeRoute, new { name, id }),
        mayDelete ? links.Path(context, DeleteRoute, new { name, id }) : string.Empty,
        links.Path(context, StaffSafeguarding.RaiseRoute, new { name, id }));

    /// <summary>The sentence a responses page shows after an action, from its <c>done</c> parameter.</summary>
    public static string? Notice(string? done) => done switch
    {
        "included" => "The response is included again: it counts in every figure, and in the next published snapshot.",
        "deleted" => "The response is deleted for good, with any quote made from its words; every count it added to went down. The audit log records it.",
        "raised" => "A safeguarding concern is raised on the response: it waits in the safeguarding queue for someone to record what they did.",
        _ => null,
    };

    /// <summary>Why an action was refused, from the responses page's <c>done</c> parameter, for its error summary.</summary>
    public static FormError? Problem(string? done) => done switch
    {
        "unconfirmed" => new FormError(string.Empty, "Nothing was deleted: tick the box to say you understand a deleted response cannot be brought back"),
        "concern-open" => new FormError(string.Empty, "Nothing was deleted: a safeguarding concern on this response is still open. Record what you did about it in the safeguarding queue first, then delete the response"),
        "not-deleted" => new FormError(string.Empty, "Nothing was deleted: the response is no longer here, or was excluded or included at the same moment. Find it again and delete it from there if it is still listed"),
        _ => null,
    };

    private static async Task<IResult> IncludeAsync(string name, Guid id, HttpContext context, SurveyProvider surveys, SurveyService service, AuditLog audit, SiteLinks links, StaffPages pages)
    {
        if (StaffEndpoints.Survey(surveys, name) is not { } survey)
        {
            return await pages.NotFoundAsync(context);
        }

        if (await StaffForm.ReadAsync(context) is null)
        {
            return StaffForm.Refused();
        }

        var user = context.User;
        await service.IncludeAsync(survey, id, db => audit.Add(db, user, AuditActions.ResponseIncluded, $"response {id:D} (survey {name})"), context.RequestAborted);
        return FormRedirect.SeeOther(context, links.Path(context, StaffEndpoints.ResponsesRoute, new { name, done = "included" }));
    }

    private static async Task<IResult> DeleteAsync(string name, Guid id, HttpContext context, SurveyProvider surveys, SurveyService service, AuditLog audit, SiteLinks links, StaffPages pages)
    {
        if (StaffEndpoints.Survey(surveys, name) is not { } survey)
        {
            return await pages.NotFoundAsync(context);
        }

        if (await StaffForm.ReadAsync(context) is not { } form)
        {
            return StaffForm.Refused();
        }

        if (BoundedForm.Value(form, ConfirmField) != "yes")
        {
            return FormRedirect.SeeOther(context, links.Path(context, StaffEndpoints.ResponsesRoute, new { name, done = "unconfirmed" }));
        }

        var user = context.User;
        var deletion = await service.DeleteAsync(survey, id, db => audit.Add(db, user, AuditActions.ResponseDeleted, $"response {id:D} (survey {name})"), context.RequestAborted);

        // Only a deletion that happened says so: staff acting on an erasure request must know whether it was done.
        var done = deletion switch
        {
            ResponseDeletion.Deleted => "deleted",
            ResponseDeletion.ConcernOpen => "concern-open",
            _ => "not-deleted",
        };
        return FormRedirect.SeeOther(context, links.Path(context, StaffEndpoints.ResponsesRoute, new { name, done }));
    }
}
