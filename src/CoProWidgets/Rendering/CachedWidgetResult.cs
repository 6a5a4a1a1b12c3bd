using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace CoProWidgets.Rendering;

/// <summary>
/// A widget's view, served from <see cref="WidgetCache"/> when it was rendered before from the same sources, and
/// otherwise rendered (captured, kept for next time) and written.
/// </summary>
internal sealed class CachedWidgetResult(WidgetCache cache, WidgetKey key, WidgetSources sources, Func<IViewComponentResult> render) : IViewComponentResult
{
    public void Execute(ViewComponentContext context) => ExecuteAsync(context).GetAwaiter().GetResult();

    public async Task ExecuteAsync(ViewComponentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!cache.TryGet<RenderedHtml>(key, sources, out var html))
        {
            html = await RenderedHtml.CaptureAsync(writer => render().ExecuteAsync(new ViewComponentContext(
                context.ViewComponentDescriptor,
                context.Arguments,
                context.HtmlEncoder,
                new ViewContext(context.ViewContext, context.ViewContext.View, context.ViewData, writer),
                writer)));
            cache.Set(key, sources, html);
        }

        html.WriteTo(context.Writer, context.HtmlEncoder);
    }
}
