using CoProWidgets.Content;
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
/// exactly this call from content files alone (<see cref="WidgetCache.TryReplay"/>), none of them changed since, is written from memory
/// with the same id and stylesheet link the component would have given it, without invoking the component.
/// </summary>
internal static class WidgetInvocation
{
    /// <summary>
    /// Invokes the widget in <paramref name="format"/> when given (a tag helper's <c>easy-read</c> attribute), else in
    /// the format the request's query asks for, else the standard one: the content store picks the file from it.
    /// </summary>
    public static async Task<IHtmlContent> InvokeAsync(ViewContext viewContext, Type component, object arguments, ContentFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(viewContext);
        var context = viewContext.HttpContext;
        using var scope = (format ?? RequestVariant.Format(context)) is { } asked ? ContentVariant.Use(asked) : null;
        var cache = context.RequestServices.GetRequiredService<WidgetCache>();
        if (cache.Enabled)
        {
            var key = WidgetKey.Of(context, component, arguments, WidgetIds.Peek(context));
            if (cache.TryReplay(key) is { } html)
            {
                WidgetIds.Next(context);
                var includeStylesheet = !key.Elsewhere && context.RequestServices.GetRequiredService<IOptions<CoProWidgetsOptions>>().Value.IncludeStylesheet;
                return new HtmlContentBuilder(2).AppendHtml(includeStylesheet ? StylesheetLink.FirstOnPage(context) : HtmlString.Empty).AppendHtml(html);
            }
        }

        // Resolved only here: the helper is made afresh for each call, which a widget written from memory need not pay for.
        var components = context.RequestServices.GetRequiredService<IViewComponentHelper>();
        ((IViewContextAware)components).Contextualize(viewContext);
        return await components.InvokeAsync(component, arguments);
    }
}
