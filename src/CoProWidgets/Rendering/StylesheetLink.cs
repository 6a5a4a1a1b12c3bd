using System.Reflection;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace CoProWidgets.Rendering;

/// <summary>
/// Links the widget stylesheet before the first widget in a response, whichever way the widget was placed (tag
/// helper, view component or endpoint), so a host needs no extra line in its layout.
/// </summary>
internal sealed class StylesheetLink(IViewComponentResult inner) : IViewComponentResult
{
    private static readonly object s_key = new();

    /// <summary>The widget stylesheet's URL, versioned by the package version so caches pick up a new release.</summary>
    public static string Url(HttpRequest request) => $"{request.PathBase}/_content/CoProWidgets/copro.css?v={Version}";

    // The informational version without its "+commit" suffix: the package version, stable between builds of a release.
    internal static string Version { get; } = Uri.EscapeDataString(
        (typeof(StylesheetLink).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0").Split('+')[0]);

    /// <summary>Wraps a widget's result so it links the stylesheet if it is the first widget in the response.</summary>
    public static IViewComponentResult FirstOnPage(HttpContext context, IViewComponentResult result) =>
        context.Items.TryAdd(s_key, true) ? new StylesheetLink(result) : result;

    /// <summary>The link element, when this is the page's first widget (and so the link is now taken); else nothing.</summary>
    public static IHtmlContent FirstOnPage(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryAdd(s_key, true) ? Link(context.Request) : HtmlString.Empty;
    }

    public void Execute(ViewComponentContext context)
    {
        Write(context);
        inner.Execute(context);
    }

    public Task ExecuteAsync(ViewComponentContext context)
    {
        Write(context);
        return inner.ExecuteAsync(context);
    }

    private static void Write(ViewComponentContext context) => Link(context.ViewContext.HttpContext.Request).WriteTo(context.Writer, HtmlEncoder.Default);

    private static TagBuilder Link(HttpRequest request)
    {
        var link = new TagBuilder("link") { TagRenderMode = TagRenderMode.StartTag };
        link.Attributes["rel"] = "stylesheet";
        link.Attributes["href"] = Url(request);
        return link;
    }
}
