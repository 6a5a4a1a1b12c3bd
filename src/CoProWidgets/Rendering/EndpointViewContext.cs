using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;

namespace CoProWidgets.Rendering;

/// <summary>
/// A Razor view context for a request served by a minimal-API endpoint rather than by MVC, shared by the widget
/// fragments and the library's pages. Temp data is neither read nor written: the library keeps no state in cookies.
/// </summary>
internal static class EndpointViewContext
{
    public static ViewContext Create(HttpContext httpContext, IView? view, ViewDataDictionary viewData, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var actionContext = new ActionContext(httpContext, httpContext.GetRouteData(), new ActionDescriptor());
        return new ViewContext(
            actionContext,
            view ?? NoView.Instance,
            viewData,
            new TempDataDictionary(httpContext, NoTempData.Instance),
            writer,
            new HtmlHelperOptions());
    }

    /// <summary>Stands in where a view component is rendered on its own, outside any page.</summary>
    private sealed class NoView : IView
    {
        public static readonly NoView Instance = new();

        public string Path => string.Empty;

        public Task RenderAsync(ViewContext context) => Task.CompletedTask;
    }

    private sealed class NoTempData : ITempDataProvider
    {
        public static readonly NoTempData Instance = new();

        public IDictionary<string, object> LoadTempData(HttpContext context) => new Dictionary<string, object>();

        public void SaveTempData(HttpContext context, IDictionary<string, object> values)
        {
        }
    }
}
