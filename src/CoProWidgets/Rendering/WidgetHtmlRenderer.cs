using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.Rendering;

/// <summary>
/// Renders a widget's view component outside a Razor page, for the library's endpoints. The HTML is the same the
/// tag helpers produce, because both go through the same view component and view.
/// </summary>
internal sealed class WidgetHtmlRenderer(IModelMetadataProvider metadata)
{
    public Task<RenderedHtml> RenderAsync(HttpContext httpContext, WidgetCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return RenderAsync(httpContext, call.Component, call.Arguments);
    }

    public Task<RenderedHtml> RenderAsync(HttpContext httpContext, Type component, object arguments)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return RenderedHtml.CaptureAsync(async writer =>
        {
            var viewContext = EndpointViewContext.Create(httpContext, view: null, new ViewDataDictionary(metadata, new ModelStateDictionary()), writer);
            var content = await WidgetInvocation.InvokeAsync(viewContext, component, arguments);
            content.WriteTo(writer, HtmlEncoder.Default);
        });
    }
}
