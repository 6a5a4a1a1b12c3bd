using CoProWidgets.Content;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.Rendering;

/// <summary>
/// A widget on a page of its own, in the host's layout, and as a bare HTML fragment: the "title, or 404" decision,
/// made once for every widget.
/// </summary>
internal static class WidgetPages
{
    /// <summary>
    /// The page: titled by what the widget shows, or 404 (with the widget's own error, where errors are shown) when its
    /// content has no good version. An invalid name gets the plain 404 page without any content lookup.
    /// </summary>
    public static Task<IResult> ShowAsync(HttpContext context, IWidget widget, string? name, string view, object? model, string missingTitle)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(widget);
        var pages = context.RequestServices.GetRequiredService<LibraryPageRenderer>();
        if (name is not null && !ContentName.IsValid(name))
        {
            return pages.NotFoundAsync(context);
        }

        var title = widget.Title(name);
        return pages.RenderAsync(context, view, model, title ?? missingTitle, title is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK);
    }

    /// <summary>The widget's HTML alone, as its tag helper renders it; 404 when there is nothing to show.</summary>
    public static async Task<IResult> FragmentAsync(HttpContext context, IWidget widget, string? name, int? headingLevel)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(widget);
        if ((name is not null && !ContentName.IsValid(name)) || widget.Call(name, headingLevel) is not { } call)
        {
            return Results.NotFound();
        }

        var html = await context.RequestServices.GetRequiredService<WidgetHtmlRenderer>().RenderAsync(context, call);
        var found = widget.Title(name) is not null;
        return Results.Content(html.ToString(), "text/html; charset=utf-8", statusCode: found ? StatusCodes.Status200OK : StatusCodes.Status404NotFound);
    }
}
