using CoProWidgets.Content;
using CoProWidgets.Http;
using CoProWidgets.Localisation;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Embed;

/// <summary>
/// The widgets for other sites, at <c>{prefix}/embed/{widget}/{name?}</c>: GET is the widget's HTML (for
/// <c>copro.js</c> to place in a shadow root) or, with <c>mode=frame</c>, a document for an iframe; POST is the
/// widget's form. Both are rendered by the same view components as the tag helpers, and the posts run the same
/// handlers as the widgets' own pages. Every request is checked here first: its origin must be listed in
/// <see cref="CoProEmbedOptions.AllowedOrigins"/> (or be this site), and only then does it get an answer with CORS or
/// <c>frame-ancestors</c> headers naming that origin alone.
/// </summary>
internal static partial class EmbedEndpoints
{
    public const string Route = "CoProWidgets.Embed";
    public const string ModeParameter = "mode";
    public const string FrameMode = "frame";
    public const string OriginParameter = "origin";
    private const string FrameView = "~/Views/CoProWidgets/Embed/Frame.cshtml";

    public static void Map(RouteGroupBuilder group)
    {
        var embed = group.MapGroup("/embed");
        embed.AddEndpointFilter(CheckAsync);
        embed.MapGet("/{widget}/{name?}", (Delegate)((HttpContext context) => ShowAsync(context, StatusCodes.Status200OK))).WithName(Route);
        embed.MapPost("/{widget}/{name?}", (Delegate)PostAsync).DisableAntiforgery();
    }

    /// <summary>
    /// Shows the embedded widget as its request asked: HTML for the script, or the frame document. A widget whose file
    /// is missing answers 404 (with the error, where errors are shown), so the script leaves the snippet's own link.
    /// </summary>
    public static async Task<IResult> ShowAsync(HttpContext context, int status)
    {
        ArgumentNullException.ThrowIfNull(context);
        var embed = EmbedContext.Of(context) ?? throw new InvalidOperationException("Not an embed request.");
        var html = await context.RequestServices.GetRequiredService<WidgetHtmlRenderer>().RenderAsync(context, embed.Widget);
        var title = embed.Widget.Widget.Title(embed.Widget.Name);
        if (html.IsBlank || title is null)
        {
            status = StatusCodes.Status404NotFound;
        }

        if (embed.Mode == EmbedMode.Script)
        {
            return Results.Content(html.ToString(), "text/html; charset=utf-8", statusCode: status);
        }

        var request = context.Request;
        var model = new EmbedFrameViewModel(
            // The widget as its own views rendered it (text in it was encoded there, Markdown sanitized).
            html,
            embed.Origin,
            StylesheetLink.Url(request),
            $"{request.PathBase}/_content/CoProWidgets/copro.js?v={StylesheetLink.Version}",
            HttpMethods.IsPost(request.Method),
            context.RequestServices.GetRequiredService<SiteLinks>().Path(context, Route, new { widget = embed.Widget.Widget.Kind }));
        return await context.RequestServices.GetRequiredService<LibraryPageRenderer>().RenderAsync(context, FrameView, model, title ?? context.RequestServices.GetRequiredService<IStringLocalizer<PageText>>()["Frame.NotFoundTitle"], status);
    }

    /// <summary>
    /// A widget's form, posted from another site: the same handler as the widget's own page, presented in place. Problems
    /// and next steps show the widget again; once done, the script's widget shows its finished state, and a frame goes
    /// back (303) to its own document, as a page would.
    /// </summary>
    private static async Task<IResult> PostAsync(HttpContext context)
    {
        var call = EmbedContext.Of(context)!;
        return await call.Widget.Widget.Form!.PostAsync(context, call.Widget.Name) switch
        {
            FormOutcome.ShowAgain again => await ShowAsync(context, again.Status),
            FormOutcome.Done done when call.Mode == EmbedMode.Script => await ShowDoneAsync(context, done),
            FormOutcome.Done done => FormRedirect.BackToPage(context, done.Posted, done.ReturnUrl, done.Flag, done.Value, done.FragmentSuffix),
            FormOutcome.Refused refused => refused.Result,
            var outcome => throw new InvalidOperationException($"Unknown form outcome {outcome}."),
        };
    }

    private static Task<IResult> ShowDoneAsync(HttpContext context, FormOutcome.Done done)
    {
        done.ShowDone(context);
        return ShowAsync(context, StatusCodes.Status200OK);
    }

    /// <summary>
    /// Runs before every embed endpoint. The showing site's origin is the Origin header for the script (a GET from the
    /// widget host's own pages may have none), and the <c>origin</c> parameter for a frame, whose own posts must come
    /// from this site. An origin that is not allowed gets 403 and no CORS header, so the browser hands the page nothing.
    /// </summary>
    private static async ValueTask<object?> CheckAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var request = context.Request;
        var response = context.Response;
        var origins = context.RequestServices.GetRequiredService<EmbedOrigins>();
        var self = origins.Self(request);
        var header = request.Headers.Origin.ToString();
        var sent = header.Length == 0 ? null : EmbedOrigins.Normalize(header);
        var post = HttpMethods.IsPost(request.Method);
        var frame = request.Query[ModeParameter] == FrameMode;

        string? origin;
        if (frame)
        {
            origin = request.Query.ContainsKey(OriginParameter) ? EmbedOrigins.Normalize(request.Query[OriginParameter]) : self;
            if (post && sent != self)
            {
                origin = null;
            }
        }
        else
        {
            origin = header.Length == 0 && !post ? self : sent;
        }

        if (origin is null || !origins.Allows(request, origin))
        {
            LogRefused(context, request.Method, header, request.Query[OriginParameter].ToString());
            return Results.Text(LibraryText.For(typeof(EmbedText))["Errors.NotAllowed"], statusCode: StatusCodes.Status403Forbidden);
        }

        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (frame)
        {
            // The frame document's own policy, in place of any the host set for its pages: only the allowed site may
            // frame it, and it needs nothing but this site's script, stylesheet and form endpoint.
            response.Headers.ContentSecurityPolicy =
                $"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors {(origin == self ? "'self'" : origin)}";
            response.Headers.Remove("X-Frame-Options");
        }
        else if (sent is not null)
        {
            response.Headers.AccessControlAllowOrigin = origin;
            response.Headers.Vary = "Origin";
        }

        var route = request.RouteValues;
        var level = int.TryParse(request.Query["headingLevel"], out var value) ? value : (int?)null;
        if (Find(context.RequestServices, route["widget"] as string ?? string.Empty, route["name"] as string, level) is not { } widget)
        {
            return Results.NotFound();
        }

        if (post && widget.Widget.Form is null)
        {
            return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
        }

        new EmbedContext(frame ? EmbedMode.Frame : EmbedMode.Script, origin, widget, $"{request.PathBase}{request.Path}{request.QueryString}").AttachTo(context);
        return await next(invocation);
    }

    /// <summary>
    /// The widget a snippet asks for, or null when the kind is unknown, a name is missing or not valid, or a name is
    /// given where none is taken.
    /// </summary>
    private static WidgetCall? Find(IServiceProvider services, string kind, string? name, int? headingLevel)
    {
        if (name is not null && !ContentName.IsValid(name))
        {
            return null;
        }

        var level = headingLevel is { } value ? Math.Clamp(value, 1, 5) : (int?)null;
        return services.GetRequiredService<WidgetRegistry>().Find(kind)?.Call(name, level);
    }

    /// <summary>
    /// Says once, at Warning, which origin was refused and what to set; after that (and once a bounded number of origins
    /// has been seen) only at Debug, so a flood of refused requests cannot grow the log. What the request sent is escaped.
    /// </summary>
    private static void LogRefused(HttpContext context, string method, string origin, string frameOrigin)
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EmbedEndpoints));
        var (safeOrigin, safeFrameOrigin) = (LogText.Escape(origin), LogText.Escape(frameOrigin));
        if (context.RequestServices.GetRequiredService<EmbedOrigins>().Refused.Add($"{method} {safeOrigin} {safeFrameOrigin}"))
        {
            Log.Refused(logger, method, safeOrigin, safeFrameOrigin);
        }
        else
        {
            Log.RefusedAgain(logger, method, safeOrigin, safeFrameOrigin);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 60, Level = LogLevel.Warning, Message = "Refused an embedded widget {Method} from origin '{Origin}' (frame origin '{FrameOrigin}'): add the site to CoProWidgets:Embed:AllowedOrigins if it should show the widgets. Further requests from it are logged at Debug.")]
        public static partial void Refused(ILogger logger, string method, string origin, string frameOrigin);

        [LoggerMessage(EventId = 61, Level = LogLevel.Debug, Message = "Refused an embedded widget {Method} from origin '{Origin}' (frame origin '{FrameOrigin}') again.")]
        public static partial void RefusedAgain(ILogger logger, string method, string origin, string frameOrigin);
    }
}

/// <summary>What the frame document (<c>Views/CoProWidgets/Embed/Frame.cshtml</c>) shows.</summary>
/// <param name="Widget">The widget's HTML, as its view component rendered it.</param>
/// <param name="ParentOrigin">The origin of the page framing it, the only one its height is posted to.</param>
/// <param name="StylesheetUrl">The widget stylesheet.</param>
/// <param name="ScriptUrl">The embed script, which reports the document's height to the page framing it.</param>
/// <param name="AfterPost">Whether this answers a form the visitor sent, so the focus moves to the widget's message.</param>
/// <param name="WidgetUrl">The widget's embed address (path): links under it stay in the frame, the rest open in the window.</param>
public sealed record EmbedFrameViewModel(IHtmlContent Widget, string ParentOrigin, string StylesheetUrl, string ScriptUrl, bool AfterPost, string WidgetUrl);
