using CoProWidgets.Content;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoProWidgets.Staff;

/// <summary>
/// Every staff address under <c>/surveys/{name}</c> names a survey with a good version, or is the workspace's "not
/// found" page, before its form is read or anything is done. The survey found is kept for the handler
/// (<see cref="Of"/>), so each page asks the provider once.
/// </summary>
internal sealed class StaffSurveyFilter(SurveyProvider surveys, StaffPages pages) : IEndpointFilter
{
    private static readonly object s_key = new();

    /// <summary>The group of a page's routes under <c>/surveys/{name}</c>, each behind this filter.</summary>
    public static RouteGroupBuilder MapSurveyGroup(RouteGroupBuilder staff) =>
        staff.MapGroup("/surveys/{name}").AddEndpointFilter<RouteGroupBuilder, StaffSurveyFilter>();

    /// <summary>The survey the filter found for this request.</summary>
    public static SurveyDefinition Of(HttpContext context) =>
        context.Items[s_key] as SurveyDefinition ?? throw new InvalidOperationException("The route is not behind StaffSurveyFilter.");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(next);
        var context = invocation.HttpContext;
        if (context.Request.RouteValues["name"] is not string name || !ContentName.IsValid(name) || surveys.Get(name).Value is not { } survey)
        {
            return await pages.NotFoundAsync(context);
        }

        context.Items[s_key] = survey;
        return await next(invocation);
    }
}
