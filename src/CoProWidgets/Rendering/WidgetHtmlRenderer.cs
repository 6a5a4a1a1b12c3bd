using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.Rendering;

/// <summary>
/// Renders a widget's view component outside a Razor page, for the library's endpoints. The HTML is the same the
/// tag helpers produce, because both go through the same view component and view.
/// </summary>
internal sealed class WidgetHtmlRenderer(IModelMetadataProvider metadata)
{
    public async Task<string> RenderAsync(HttpContext httpContext, Type component, object arguments)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        await using var writer = new StringWriter();
        var actionContext = new ActionContext(httpContext, httpContext.GetRouteData(), new ActionDescriptor());
        var viewContext = new ViewContext(
            actionContext,
            NullView.Instance,
            new ViewDataDictionary(metadata, new ModelStateDictionary()),
            new TempDataDictionary(httpContext, NullTempDataProvider.Instance),
            writer,
            new HtmlHelperOptions());

        var components = httpContext.RequestServices.GetRequiredService<IViewComponentHelper>();
        ((IViewContextAware)components).Contextualize(viewContext);
        var content = await components.InvokeAsync(component, arguments);
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    private sealed class NullView : IView
    {
        public static readonly NullView Instance = new();

        public string Path => string.Empty;

        public Task RenderAsync(ViewContext context) => Task.CompletedTask;
    }

    private sealed class NullTempDataProvider : ITempDataProvider
    {
        public static readonly NullTempDataProvider Instance = new();

        public IDictionary<string, object> LoadTempData(HttpContext context) => new Dictionary<string, object>();

        public void SaveTempData(HttpContext context, IDictionary<string, object> values)
        {
        }
    }
}
