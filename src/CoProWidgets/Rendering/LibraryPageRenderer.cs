using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Rendering;

/// <summary>
/// Renders the library's own pages (confirming a sign-up, managing preferences, ...) inside the host's layout, from
/// minimal-API endpoints, so they look like the rest of the site and need no Razor Pages or controllers in the host.
/// </summary>
internal sealed class LibraryPageRenderer(IModelMetadataProvider metadata, IOptions<CoProWidgetsOptions> options, IStringLocalizer<PageText> text)
{
    /// <summary>The key of the layout in a page's ViewData; each library page sets <c>Layout</c> from it.</summary>
    public const string LayoutKey = "CoProWidgets.Layout";

    private const string NotFoundView = "~/Views/CoProWidgets/NotFound.cshtml";

    private const string StandaloneLayout = "~/Views/CoProWidgets/_Layout.cshtml";

    private static readonly string[] s_hostLayouts = ["/Pages/Shared/_Layout.cshtml", "/Views/Shared/_Layout.cshtml"];

    private string? _layout;

    public async Task<IResult> RenderAsync(HttpContext httpContext, string viewPath, object? model, string title, int statusCode = StatusCodes.Status200OK, IReadOnlyDictionary<string, object?>? viewData = null)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var engine = httpContext.RequestServices.GetRequiredService<ICompositeViewEngine>();
        var view = engine.GetView(executingFilePath: null, viewPath, isMainPage: true).EnsureSuccessful(originalLocations: null).View!;

        await using var writer = new StringWriter();
        var data = new ViewDataDictionary(metadata, new ModelStateDictionary())
        {
            Model = model,
            ["Title"] = title,
            [LayoutKey] = _layout ??= FindLayout(engine),
        };

        // A caller's entries (a layout of its own, what that layout shows) replace the defaults.
        foreach (var (key, value) in viewData ?? new Dictionary<string, object?>())
        {
            data[key] = value;
        }

        await view.RenderAsync(EndpointViewContext.Create(httpContext, view, data, writer));
        return Results.Content(writer.ToString(), "text/html; charset=utf-8", statusCode: statusCode);
    }

    /// <summary>
    /// A 404 page for an address that can name no content (an invalid name), without rendering any widget, so a
    /// made-up address costs a page and nothing else: no content lookup and no log line.
    /// </summary>
    public Task<IResult> NotFoundAsync(HttpContext httpContext, IReadOnlyDictionary<string, object?>? viewData = null) =>
        RenderAsync(httpContext, NotFoundView, model: null, text["NotFound.Title"], StatusCodes.Status404NotFound, viewData);

    /// <summary>The host's layout as configured, else the usual Razor Pages or MVC one, else the library's own.</summary>
    private string FindLayout(ICompositeViewEngine engine) =>
        options.Value.PageLayout
        ?? s_hostLayouts.FirstOrDefault(path => engine.GetView(executingFilePath: null, path, isMainPage: false).Success)
        ?? StandaloneLayout;
}
