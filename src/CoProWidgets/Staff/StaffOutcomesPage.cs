using CoProWidgets.Content;
using CoProWidgets.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Staff;

/// <summary>
/// Outcomes and email (<c>{prefix}/staff/outcomes</c>): each outcome's notifications, failed emails to send again, and
/// the post and phone lists of an outcome, which name people and so need the people policy.
/// </summary>
internal static class StaffOutcomesPage
{
    public const string Route = "CoProWidgets.StaffOutcomes";
    public const string RetryEmailRoute = "CoProWidgets.StaffRetryEmail";
    public const string ContactsRoute = "CoProWidgets.StaffOutcomeContacts";
    private const string View = "~/Views/CoProWidgets/Staff/Outcomes.cshtml";

    public static void Map(RouteGroupBuilder staff, CoProWidgetsOptions options)
    {
        staff.MapGet("/outcomes", ShowAsync).WithName(Route);
        staff.MapPost("/outcomes/{name}/{way:regex(^(post|phone)$)}-list.csv", async (string name, string way, HttpContext context, StaffOutcomes outcomes) =>
            ContentName.IsValid(name) && await outcomes.WriteContactsAsync(context, name, way) ? Results.Empty : Results.NotFound())
            .WithStaffForm().WithName(ContactsRoute).AlsoRequire(options.PeoplePolicy);
        staff.MapPost("/email/{id:guid}/retry", RetryEmailAsync).WithStaffForm().WithName(RetryEmailRoute);
    }

    private static async Task<IResult> ShowAsync(HttpContext context, StaffOutcomes outcomes, StaffAccess access, SiteLinks links, StaffPages pages, IStringLocalizer<StaffText> text)
    {
        var model = await outcomes.ReadAsync(context.RequestAborted);
        if (!(await access.ReadAsync(context)).People)
        {
            // Without the people policy: no contact lists, and no failed email's address.
            return await pages.RenderAsync(context, View, model with
            {
                Retried = context.Request.Query["retried"].ToString() switch { "1" => true, "0" => false, _ => null },
                OverviewUrl = links.Path(context, StaffOverviewPage.Route),
                FailedEmails = model.FailedEmails.Select(email => email with { Recipient = text["Outcomes.AddressHidden"] }).ToList(),
                RetryUrls = model.FailedEmails.ToDictionary(email => email.Id, email => links.Path(context, RetryEmailRoute, new { id = email.Id })),
            }, text["Outcomes.Title"]);
        }

        model = model with
        {
            Retried = context.Request.Query["retried"].ToString() switch { "1" => true, "0" => false, _ => null },
            OverviewUrl = links.Path(context, StaffOverviewPage.Route),
            RetryUrls = model.FailedEmails.ToDictionary(email => email.Id, email => links.Path(context, RetryEmailRoute, new { id = email.Id })),
            PostListUrls = model.Outcomes.ToDictionary(outcome => outcome.Name, outcome => links.Path(context, ContactsRoute, new { name = outcome.Name, way = "post" }), StringComparer.Ordinal),
            PhoneListUrls = model.Outcomes.ToDictionary(outcome => outcome.Name, outcome => links.Path(context, ContactsRoute, new { name = outcome.Name, way = "phone" }), StringComparer.Ordinal),
        };
        return await pages.RenderAsync(context, View, model, text["Outcomes.Title"]);
    }

    private static async Task<IResult> RetryEmailAsync(Guid id, HttpContext context, StaffOutcomes outcomes, SiteLinks links)
    {
        var retried = await outcomes.RetryAsync(context.User, id, context.RequestAborted);
        return FormRedirect.SeeOther(context, links.Path(context, Route, new { retried = retried ? 1 : 0 }));
    }
}
