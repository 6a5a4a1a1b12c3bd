using CoProWidgets.Content;
using CoProWidgets.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Rendering;

/// <summary>
/// The base of every CoProWidgets view component: resolves the library's services and decides, in one place,
/// what a widget shows when its content has a problem.
/// </summary>
public abstract partial class WidgetViewComponent : ViewComponent
{
    /// <summary>The path of the view shown in a widget's place when its content has a problem.</summary>
    public const string ContentErrorView = "~/Views/Shared/CoProWidgets/ContentError.cshtml";

    /// <summary>Only the library's own widgets derive from this class.</summary>
    private protected WidgetViewComponent()
    {
    }

    private protected CoProWidgetsOptions Options => Service<IOptions<CoProWidgetsOptions>>().Value;

    private protected T Service<T>()
        where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    private protected bool ShowErrors =>
        Options.ShowContentErrors ?? Service<IHostEnvironment>().IsDevelopment();

    /// <summary>Renders the widget's default view, linking the stylesheet first if this is the page's first widget.</summary>
    private protected IViewComponentResult Widget(object model) => WithStylesheet(View(model));

    /// <summary>
    /// Renders the widget's default view once for <paramref name="sources"/> (the objects its HTML is made from) and
    /// <paramref name="arguments"/>, then serves that HTML while they stay the same (<see cref="WidgetHtmlCache"/>).
    /// The page-unique id is part of the key, so two widgets on one page stay distinct.
    /// </summary>
    /// <remarks>
    /// With <paramref name="arguments"/> a typed record (as the library's tag helpers and endpoints pass) and
    /// <paramref name="stillCurrent"/>, the next identical call is written by <see cref="WidgetInvocation"/> without
    /// invoking this component at all, while <paramref name="stillCurrent"/> holds.
    /// </remarks>
    private protected IViewComponentResult CachedWidget(string id, object arguments, object?[] sources, Func<object> model, Func<bool>? stillCurrent = null)
    {
        var cache = Service<WidgetHtmlCache>();
        if (!cache.Enabled)
        {
            return Widget(model());
        }

        var pathBase = Request.PathBase.Value ?? string.Empty;
        var elsewhere = ElsewhereForm.Of(HttpContext) is not null;
        var key = string.Join('|', GetType().Name, id, arguments, pathBase, elsewhere ? "elsewhere" : "page");
        CallKey? call = stillCurrent is null ? null : new CallKey(GetType(), arguments, id, pathBase, elsewhere);
        return WithStylesheet(new CachedWidgetResult(cache, key, sources, () => View(model()), call, stillCurrent));
    }

    /// <summary>Shows the error in Development (or as configured) and nothing otherwise; the store has logged it.</summary>
    private protected IViewComponentResult ErrorOrNothing(ContentError error, bool servingLastGood) =>
        ShowErrors ? WithStylesheet(View(ContentErrorView, new ContentErrorViewModel(error, servingLastGood))) : Nothing();

    /// <summary>A widget whose name is not valid: logged, since it is a mistake in the host's page, not in content.</summary>
    private protected IViewComponentResult InvalidName(string folder, string? name)
    {
        var error = new ContentError($"{folder}/{name}.md", 0, $"'{name}' is not a valid content name: use letters, digits, '-' and '_' only, at most {ContentName.MaxLength} characters.");
        Log.InvalidName(Service<ILoggerFactory>().CreateLogger(GetType()), LogText.Escape(error.ToString()));
        return ErrorOrNothing(error, servingLastGood: false);
    }

    /// <summary>The path of one of the library's endpoints, from its route name.</summary>
    private protected string Link(string routeName, object? values = null) => Service<SiteLinks>().Path(HttpContext, routeName, values);

    /// <summary>Where a widget's form posts: its own endpoint, or the embed endpoint when shown on another site.</summary>
    private protected string FormAction(string ownEndpoint) => ElsewhereForm.Of(HttpContext)?.Url ?? ownEndpoint;

    // An embedded widget's stylesheet is linked by the script or the frame document, inside the widget's own scope.
    private IViewComponentResult WithStylesheet(IViewComponentResult result) =>
        Options.IncludeStylesheet && ElsewhereForm.Of(HttpContext) is null ? StylesheetLink.FirstOnPage(HttpContext, result) : result;

    /// <summary>
    /// The name and value of the field that shows a post came from this site's form: the antiforgery token (the cookie
    /// is set with it), or on another site, where that cookie would not be kept, the signed embed token.
    /// </summary>
    private protected KeyValuePair<string, string> AntiforgeryField() => FormGuard.Field(HttpContext);

    /// <summary>Renders nothing at all.</summary>
    private protected static HtmlContentViewComponentResult Nothing() => new(Microsoft.AspNetCore.Html.HtmlString.Empty);

    private static partial class Log
    {
        [LoggerMessage(EventId = 10, Level = LogLevel.Error, Message = "{Error}")]
        public static partial void InvalidName(ILogger logger, string error);
    }
}
