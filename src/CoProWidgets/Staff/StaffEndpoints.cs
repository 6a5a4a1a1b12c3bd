using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoProWidgets.Staff;

/// <summary>
/// The staff workspace at <c>{prefix}/staff</c>, in the library's own staff layout (or the host's
/// <see cref="CoProWidgetsOptions.StaffLayout"/>), for the users the host's <see cref="CoProWidgetsOptions.StaffPolicy"/>
/// allows; it does not exist without that policy. Its pages are never cached, indexed or framed (<see cref="StaffHeaders"/>).
/// Each page maps its own routes; what one page may do beyond the staff policy, it requires itself.
/// </summary>
internal static class StaffEndpoints
{
    /// <summary>
    /// Maps the workspace for <see cref="CoProWidgetsOptions.StaffPolicy"/>, and the older sign-ups export beside it
    /// (outside <c>/staff</c>) under the same policy and headers.
    /// </summary>
    public static void Map(RouteGroupBuilder group, CoProWidgetsOptions options)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(options);
        var policy = options.StaffPolicy ?? throw new ArgumentException("The staff workspace needs StaffPolicy.", nameof(options));
        var headers = new StaffHeaders(OwnLayout: options.StaffLayout is null);
        RouteGroupBuilder Staff(string prefix)
        {
            var staff = group.MapGroup(prefix).RequireAuthorization(policy).WithMetadata(headers);
            staff.AddEndpointFilter(async (invocation, next) =>
            {
                headers.Apply(invocation.HttpContext.Response);
                return await next(invocation);
            });
            return staff;
        }

        var staff = Staff("/staff");
        StaffOverviewPage.Map(staff);
        StaffSurveyPage.Map(staff, options);
        StaffResponsesPage.Map(staff, options);
        StaffResponseEndpoints.Map(staff, options);
        StaffEntryPage.Map(staff);
        StaffKioskPage.Map(staff);
        StaffSafeguarding.Map(staff, options.ModerationPolicy);
        StaffQuotesPage.Map(staff, options);
        StaffPeoplePage.Map(staff, Staff(string.Empty), options);
        StaffOutcomesPage.Map(staff, options);
        StaffAuditPage.Map(staff);
        StaffContentPage.Map(staff);
        StaffPreviewPage.Map(staff);
        StaffWidgetsPage.Map(staff);
    }
}
