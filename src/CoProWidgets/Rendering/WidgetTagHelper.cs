using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Rendering;

/// <summary>
/// What every <c>copro-*</c> tag helper does: invoke the widget's view component, so the HTML is produced in one
/// place, and link the widget stylesheet once per page.
/// </summary>
internal static class WidgetTagHelper
{
    private static readonly object s_stylesheetKey = new();

    public static async Task RenderAsync(ViewContext viewContext, IViewComponentHelper components, TagHelperOutput output, Type component, object arguments)
    {
        ArgumentNullException.ThrowIfNull(viewContext);
        ArgumentNullException.ThrowIfNull(output);
        ((IViewContextAware)components).Contextualize(viewContext);
        var content = await components.InvokeAsync(component, arguments);

        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.SetHtmlContent(content);

        var httpContext = viewContext.HttpContext;
        var options = httpContext.RequestServices.GetRequiredService<IOptions<CoProWidgetsOptions>>().Value;
        if (options.IncludeStylesheet && httpContext.Items.TryAdd(s_stylesheetKey, true))
        {
            output.PreContent.SetHtmlContent(Stylesheet(httpContext.Request));
        }
    }

    /// <summary>The widget stylesheet's URL, versioned by the library build so caches pick up a new release.</summary>
    public static string StylesheetUrl(HttpRequest request) =>
        $"{request.PathBase}/_content/CoProWidgets/copro.css?v={Version}";

    private static string Version { get; } =
        typeof(WidgetTagHelper).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    private static TagBuilder Stylesheet(HttpRequest request)
    {
        var link = new TagBuilder("link") { TagRenderMode = TagRenderMode.StartTag };
        link.Attributes["rel"] = "stylesheet";
        link.Attributes["href"] = StylesheetUrl(request);
        return link;
    }
}
