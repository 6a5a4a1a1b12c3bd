using System.Diagnostics.CodeAnalysis;
using CoProWidgets.Content;
using CoProWidgets.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Rendering;

/// <summary>
/// The base of every CoProWidgets view component: the opening each of them shares (its content file, what it shows
/// when the file has a problem, its id and heading level) and the keeping of its HTML, decided in one place.
/// </summary>
public abstract partial class WidgetViewComponent : ViewComponent
{
    /// <summary>The path of the view shown in a widget's place when its content has a problem.</summary>
    public const string ContentErrorView = "~/Views/Shared/CoProWidgets/ContentError.cshtml";

    // The content files this invocation read, whose changes put its kept HTML out of date.
    private readonly List<IChangeToken> _content = [];

    /// <summary>Only the library's own widgets derive from this class.</summary>
    private protected WidgetViewComponent()
    {
    }

    private protected CoProWidgetsOptions Options => Service<IOptions<CoProWidgetsOptions>>().Value;

    private protected T Service<T>()
        where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    private protected bool ShowErrors =>
        Options.ShowContentErrors ?? Service<IHostEnvironment>().IsDevelopment();

    /// <summary>The next id unique on the page, the start of every id inside the widget.</summary>
    private protected string NextId() => WidgetIds.Next(HttpContext);

    /// <summary>The level of the widget's title heading: as asked, 1 to 5, or <see cref="CoProWidgetsOptions.DefaultHeadingLevel"/>.</summary>
    private protected int HeadingLevel(int? requested) => Math.Clamp(requested ?? Options.DefaultHeadingLevel, 1, 5);

    /// <summary>
    /// The content file <paramref name="name"/> in <paramref name="folder"/>, found by <paramref name="get"/>; false,
    /// with what to show <paramref name="instead"/>, when the name is not valid (logged), or the file has an error
    /// shown here (<see cref="ErrorOrNothing"/>) or no good version. The file is remembered, so the widget's kept HTML
    /// goes out of date when it changes.
    /// </summary>
    private protected bool TryContent<T>(string folder, string? name, Func<string, ContentSnapshot<T>> get, [NotNullWhen(true)] out T? content, [NotNullWhen(false)] out IViewComponentResult? instead)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(get);
        if (name is null || !ContentName.IsValid(name))
        {
            content = null;
            instead = InvalidName(folder, name);
            return false;
        }

        return TryContent(get(name), out content, out instead);
    }

    /// <summary>The content of <paramref name="snapshot"/>, as <see cref="TryContent{T}(string, string?, Func{string, ContentSnapshot{T}}, out T, out IViewComponentResult)"/> gives it.</summary>
    private protected bool TryContent<T>(ContentSnapshot<T> snapshot, [NotNullWhen(true)] out T? content, [NotNullWhen(false)] out IViewComponentResult? instead)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _content.Add(snapshot.Changes);
        LanguageSwitcher.Remember(ViewData, snapshot.File);
        content = snapshot.Value;
        instead = snapshot.Error is not null && (ShowErrors || content is null) ? ErrorOrNothing(snapshot.Error, content is not null)
            : content is null ? Nothing()
            : null;
        return instead is null;
    }

    /// <summary>Renders the widget's default view, linking the stylesheet first if this is the page's first widget.</summary>
    private protected IViewComponentResult Widget(object model) => WithStylesheet(View(model));

    /// <summary>
    /// Renders the widget's default view once, then serves that HTML from <see cref="WidgetCache"/> while the content
    /// files it read (<see cref="TryContent{T}(ContentSnapshot{T}, out T, out IViewComponentResult)"/>) are unchanged and
    /// <paramref name="sources"/> (the other objects its HTML is made from) are the same. Kept under the component's
    /// arguments, the page-unique id (so two widgets on one page stay distinct), the path base and placement, and
    /// <paramref name="variant"/>, and the request <paramref name="path"/> its links carry, if any (kept for a bounded
    /// number of paths). A widget made from content files alone (no <paramref name="sources"/> or
    /// <paramref name="variant"/>) is written next time without invoking the component at all (<see cref="WidgetInvocation"/>).
    /// </summary>
    private protected IViewComponentResult CachedWidget(string id, object?[] sources, Func<object> model, string? variant = null, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var cache = Service<WidgetCache>();
        if (!cache.Enabled)
        {
            return Widget(model());
        }

        var key = WidgetKey.Of(HttpContext, GetType(), ViewComponentContext.Arguments, id, variant, path);
        var kept = new WidgetSources([.. _content], sources);
        return WithStylesheet(new CachedWidgetResult(cache, key, kept, () => View(model())));
    }

    /// <summary>Shows the error in Development (or as configured) and nothing otherwise; the store has logged it.</summary>
    private protected IViewComponentResult ErrorOrNothing(ContentError error, bool servingLastGood) =>
        ShowErrors ? WithStylesheet(View(ContentErrorView, new ContentErrorViewModel(error, servingLastGood))) : Nothing();

    /// <summary>A widget whose name is not valid: logged, since it is a mistake in the host's page, not in content.</summary>
    private protected IViewComponentResult InvalidName(string folder, string? name)
    {
        var error = new ContentError($"{folder}/{name}.md", 0, ContentErrorText.Of("Name.Invalid", name, ContentName.MaxLength));
        Log.InvalidName(Service<ILoggerFactory>().CreateLogger(GetType()), LogText.Escape(error.ToString()));
        return ErrorOrNothing(error, servingLastGood: false);
    }

    /// <summary>The path of one of the library's endpoints, from its route name.</summary>
    private protected string Link(string routeName, object? values = null) => Service<SiteLinks>().Path(HttpContext, routeName, values);

    /// <summary>Where a widget's form posts: its own endpoint, or the embed endpoint when shown on another site.</summary>
    private protected string FormAction(string ownEndpoint) => LanguageSwitcher.Carried(ElsewhereForm.Of(HttpContext)?.Url ?? ownEndpoint, Localisation.OfferedLanguages.Of(Options));

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
