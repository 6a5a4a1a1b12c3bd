using CoProWidgets.Audit;
using CoProWidgets.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Staff;

/// <summary>The audit log (<c>{prefix}/staff/audit</c>), a page at a time, newest first.</summary>
internal static class StaffAuditPage
{
    public const string Route = "CoProWidgets.StaffAudit";
    private const string View = "~/Views/CoProWidgets/Staff/Audit.cshtml";

    public static void Map(RouteGroupBuilder staff) => staff.MapGet("/audit", ShowAsync).WithName(Route);

    private static async Task<IResult> ShowAsync(int? page, HttpContext context, AuditLog audit, SiteLinks links, StaffPages pages, IOptions<CoProWidgetsOptions> options, IStringLocalizer<StaffText> text, IStringLocalizer<AuditText> actions)
    {
        var (entries, shown, count) = await audit.ReadAsync(page ?? 1, context.RequestAborted);
        var model = new StaffAuditViewModel(entries.Select(entry => new StaffAuditRow(StaffFormat.Time(entry.At), entry.Actor, AuditActionWords.Describe(actions, entry.Action), entry.Subject, entry.Detail)).ToList(), shown, count, options.Value.AuditLogDays)
        {
            OverviewUrl = links.Path(context, StaffOverviewPage.Route),
            PageUrl = links.Path(context, Route),
        };
        return await pages.RenderAsync(context, View, model, text["Audit.Title"]);
    }
}

/// <summary>One staff action in the audit log.</summary>
/// <param name="At">When (UK time).</param>
/// <param name="Actor">Who.</param>
/// <param name="Action">What, in words (in English the stored name, such as <c>response-entered</c>).</param>
/// <param name="Subject">What it was done to.</param>
/// <param name="Detail">Anything else recorded.</param>
public sealed record StaffAuditRow(string At, string Actor, string Action, string Subject, string? Detail);

/// <summary>What the audit log page (<c>Views/CoProWidgets/Staff/Audit.cshtml</c>) shows.</summary>
/// <param name="Entries">A page of entries, newest first.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="Pages">How many pages there are.</param>
/// <param name="KeptDays">How many days entries are kept.</param>
public sealed record StaffAuditViewModel(IReadOnlyList<StaffAuditRow> Entries, int Page, int Pages, int KeptDays)
{
    /// <summary>The staff workspace's first page.</summary>
    public string OverviewUrl { get; init; } = string.Empty;

    /// <summary>This page, for the page links.</summary>
    public string PageUrl { get; init; } = string.Empty;
}
