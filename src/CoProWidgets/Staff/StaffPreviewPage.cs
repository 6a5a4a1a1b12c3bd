using CoProWidgets.Content;
using CoProWidgets.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Staff;

/// <summary>The preview of a content file (<c>{prefix}/staff/content/preview</c>): the form, and the widget rendered from the text posted.</summary>
internal static class StaffPreviewPage
{
    public const string Route = "CoProWidgets.StaffPreview";
    private const string View = "~/Views/CoProWidgets/Staff/Preview.cshtml";

    public static void Map(RouteGroupBuilder staff)
    {
        staff.MapGet("/content/preview", (HttpContext context, StaffPreview preview, SiteLinks links, StaffPages pages, IStringLocalizer<StaffSurveysText> text) =>
            RenderAsync(context, new StaffPreviewViewModel { Kinds = preview.Kinds(null) }, links, pages, text, StatusCodes.Status200OK)).WithName(Route);
        staff.MapPost("/content/preview", PreviewAsync).WithStaffForm(StaffPreview.MaxFormBytes);
    }

    private static async Task<IResult> PreviewAsync(HttpContext context, StaffPreview preview, SiteLinks links, StaffPages pages, IStringLocalizer<StaffSurveysText> text)
    {
        var model = await preview.PreviewAsync(StaffForm.Of(context), context.RequestAborted);
        var status = model.Errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

        // The widget renders from the previewed text only inside this scope, for this request.
        using var scope = model.Path is { } path ? ContentStore.Preview(path, model.PreviewText!) : null;
        return await RenderAsync(context, model, links, pages, text, status);
    }

    private static Task<IResult> RenderAsync(HttpContext context, StaffPreviewViewModel model, SiteLinks links, StaffPages pages, IStringLocalizer<StaffSurveysText> text, int status) =>
        pages.RenderAsync(
            context,
            View,
            model with { Action = links.Path(context, Route), ContentUrl = links.Path(context, StaffContentPage.Route) },
            StaffTitles.Of(text, model.Errors, text["Preview.Title"]),
            status);
}
