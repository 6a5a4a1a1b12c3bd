using CoProWidgets.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Staff;

/// <summary>The content files page (<c>{prefix}/staff/content</c>): every content file and its state.</summary>
internal static class StaffContentPage
{
    public const string Route = "CoProWidgets.StaffContent";
    private const string View = "~/Views/CoProWidgets/Staff/Content.cshtml";

    public static void Map(RouteGroupBuilder staff) => staff.MapGet("/content", ShowAsync).WithName(Route);

    private static Task<IResult> ShowAsync(HttpContext context, StaffContent content, SiteLinks links, StaffPages pages, IStringLocalizer<StaffSurveysText> text) =>
        pages.RenderAsync(
            context,
            View,
            new StaffContentViewModel(content.Files()) { PreviewUrl = links.Path(context, StaffPreviewPage.Route), OverviewUrl = links.Path(context, StaffOverviewPage.Route) },
            text["Content.Title"]);
}

/// <summary>What the content files page (<c>Views/CoProWidgets/Staff/Content.cshtml</c>) shows.</summary>
/// <param name="Files">Every content file and its state.</param>
public sealed record StaffContentViewModel(IReadOnlyList<StaffContentRow> Files)
{
    /// <summary>The preview form.</summary>
    public string PreviewUrl { get; init; } = string.Empty;

    /// <summary>The staff workspace's first page.</summary>
    public string OverviewUrl { get; init; } = string.Empty;
}
