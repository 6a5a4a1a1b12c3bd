using CoProWidgets.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Staff;

/// <summary>The workspace's first page (<c>{prefix}/staff</c>): every survey, and the other pages the user may use.</summary>
internal static class StaffOverviewPage
{
    public const string Route = "CoProWidgets.Staff";
    private const string View = "~/Views/CoProWidgets/Staff/Index.cshtml";

    public static void Map(RouteGroupBuilder staff) => staff.MapGet("/", ShowAsync).WithName(Route);

    private static async Task<IResult> ShowAsync(HttpContext context, StaffOverview overview, StaffAccess access, SiteLinks links, StaffPages pages, IStringLocalizer<StaffSurveysText> text)
    {
        var rows = await overview.SurveysAsync(context.RequestAborted);
        var may = await access.ReadAsync(context);
        var model = new StaffOverviewViewModel(rows, rows.Select(row => links.Path(context, StaffSurveyPage.Route, new { name = row.Name })).ToList())
        {
            ContentUrl = links.Path(context, StaffContentPage.Route),
            WidgetsUrl = links.Path(context, StaffWidgetsPage.Route),
            PeopleUrl = may.People ? links.Path(context, StaffPeoplePage.Route) : string.Empty,
            OutcomesUrl = links.Path(context, StaffOutcomesPage.Route),
            QuotesUrl = may.Moderation ? links.Path(context, StaffQuotesPage.Route) : string.Empty,
            AuditUrl = links.Path(context, StaffAuditPage.Route),
        };
        return await pages.RenderAsync(context, View, model, text["Workspace.Title"]);
    }
}

/// <summary>What the staff workspace's first page (<c>Views/CoProWidgets/Staff/Index.cshtml</c>) shows.</summary>
/// <param name="Surveys">Every survey, by title.</param>
/// <param name="Links">Each survey's staff page, in the same order.</param>
public sealed record StaffOverviewViewModel(IReadOnlyList<StaffSurveyRow> Surveys, IReadOnlyList<string> Links)
{
    /// <summary>The page of content files and their state.</summary>
    public string ContentUrl { get; init; } = string.Empty;

    /// <summary>The page for placing the widgets on other sites.</summary>
    public string WidgetsUrl { get; init; } = string.Empty;

    /// <summary>The page of people who signed up.</summary>
    public string PeopleUrl { get; init; } = string.Empty;

    /// <summary>The page of outcomes and email.</summary>
    public string OutcomesUrl { get; init; } = string.Empty;

    /// <summary>The moderation queue.</summary>
    public string QuotesUrl { get; init; } = string.Empty;

    /// <summary>The audit log.</summary>
    public string AuditUrl { get; init; } = string.Empty;
}
