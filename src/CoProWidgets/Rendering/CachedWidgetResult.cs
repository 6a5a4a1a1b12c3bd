using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace CoProWidgets.Rendering;

/// <summary>
/// A widget's view, served from <see cref="WidgetCache"/> when it was rendered before from the same sources, and
/// otherwise rendered (to a string, kept for next time) and written.
/// </summary>
internal sealed class CachedWidgetResult(WidgetCache cache, WidgetKey key, WidgetSources sources, Func<IViewComponentResult> render) : IViewComponentResult
{
    public void Execute(ViewComponentContext context) => ExecuteAsync(context).GetAwaiter().GetResult();

    public async Task ExecuteAsync(ViewComponentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (cache.TryGet<string>(key, sources, out var html))
        {
            await context.Writer.WriteAsync(html);
            return;
        }

        await using var writer = new StringWriter();
        var viewContext = new ViewContext(context.ViewContext, context.ViewContext.View, context.ViewData, writer);
        await render().ExecuteAsync(new ViewComponentContext(context.ViewComponentDescriptor, context.Arguments, context.HtmlEncoder, viewContext, writer));
        html = writer.ToString();
        cache.Set(key, sources, html);
        await context.Writer.WriteAsync(html);
    }
}
