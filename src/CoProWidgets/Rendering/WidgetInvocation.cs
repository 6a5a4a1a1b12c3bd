using CoProWidgets.Http;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Rendering;

/// <summary>
/// Calls a widget's view component for the tag helpers and the library's endpoints. A widget whose HTML was kept for
/// exactly this call (<see cref="WidgetHtmlCache.SetReplay"/>) and whose content has not changed is written from memory
/// with the same id and stylesheet link the component would have given it, without invoking the component.
/// </summary>
internal static class WidgetInvocation
{
    public static async Task<IHtmlContent> InvokeAsync(ViewContext viewContext, Type component, object arguments)
    {
        ArgumentNullException.ThrowIfNull(viewContext);
        var context = viewContext.HttpContext;
        var cache = context.RequestServices.GetRequiredService<WidgetHtmlCache>();
        if (cache.Enabled)
        {
            var elsewhere = ElsewhereForm.Of(context) is not null;
            var key = new CallKey(component, arguments, WidgetIds.Peek(context), context.Request.PathBase.Value ?? string.Empty, elsewhere);
            if (cache.TryReplay(key) is { } html)
            {
                WidgetIds.Next(context);
                var includeStylesheet = !elsewhere && context.RequestServices.GetRequiredService<IOptions<CoProWidgetsOptions>>().Value.IncludeStylesheet;
                return new HtmlContentBuilder(2).AppendHtml(includeStylesheet ? StylesheetLink.FirstOnPage(context) : HtmlString.Empty).AppendHtml(html);
            }
        }

        // Resolved only here: the helper is made afresh for each call, which a widget written from memory need not pay for.
        var components = context.RequestServices.GetRequiredService<IViewComponentHelper>();
        ((IViewContextAware)components).Contextualize(viewContext);
        return await components.InvokeAsync(component, arguments);
    }
}
