using System.Security.Cryptography;
using System.Text;
using CoProWidgets.Content;
using CoProWidgets.Http;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Surveys;

/// <summary>
/// A survey on a shared tablet at an event (<c>{prefix}/kiosk/{token}</c>): the survey alone, in the library's plain
/// page, never stored by the browser. The tablet's session (a cookie) changes whenever a response is sent or the
/// screen is cleared, and every post carries the session its form was shown in: a form from before (Back, history, a
/// resend) gets a fresh first page, so nothing the last person answered can be shown to the next.
/// </summary>
internal static class KioskEndpoints
{
    public const string Route = "CoProWidgets.Kiosk";
    public const string ClearRoute = "CoProWidgets.KioskClear";
    public const string SessionCookie = "copro-kiosk";
    public const string SessionParameter = "s";
    private const string View = "~/Views/CoProWidgets/Surveys/Kiosk.cshtml";
    private const string EndedView = "~/Views/CoProWidgets/Surveys/KioskEnded.cshtml";
    private const string PlainLayout = "~/Views/CoProWidgets/_Layout.cshtml";

    // 16 random bytes in base64url.
    private const int SessionLength = 22;

    public static void Map(RouteGroupBuilder group, SurveyWidget widget)
    {
        var kiosk = group.MapGroup("/kiosk/{token}");
        kiosk.AddEndpointFilter(async (invocation, next) =>
        {
            var headers = invocation.HttpContext.Response.Headers;
            headers.CacheControl = "no-store";
            headers["Referrer-Policy"] = "no-referrer";
            headers["X-Robots-Tag"] = "noindex";
            return await next(invocation);
        });
        kiosk.MapGet(string.Empty, (string token, HttpContext context) => ShowAsync(token, context, widget)).WithName(Route);
        kiosk.MapPost(string.Empty, (string token, HttpContext context) => PostAsync(token, context, widget)).DisableAntiforgery();

        // Clearing reads no form and changes nothing but the session, so it needs no token: a forged clear only clears.
        kiosk.MapPost("/clear", (string token, HttpContext context, SiteLinks links) =>
        {
            NewSession(context, links, token);
            return FormRedirect.SeeOther(context, links.Path(context, Route, new { token }));
        }).WithName(ClearRoute).DisableAntiforgery();
    }

    private static Task<IResult> ShowAsync(string token, HttpContext context, SurveyWidget widget)
    {
        var (links, site) = (Service<KioskLinks>(context), Service<SiteLinks>(context));
        if (links.Read(token) is not { } link || !ContentName.IsValid(link.Survey))
        {
            return EndedAsync(context);
        }

        // Every visit to the kiosk's address is a new person: a reload or a reopened address never carries on the last
        // one's session, so Back cannot re-post their pages with a session still valid.
        var session = NewSession(context, site, token);
        return RenderAsync(context, widget, link, token, session, StatusCodes.Status200OK, null);
    }

    private static async Task<IResult> PostAsync(string token, HttpContext context, SurveyWidget widget)
    {
        var site = Service<SiteLinks>(context);
        if (Service<KioskLinks>(context).Read(token) is not { } link)
        {
            return await EndedAsync(context);
        }

        // A form from before the tablet's session changed: the next person starts afresh, and nothing it carried is
        // read, stored or shown.
        var posted = Encoding.UTF8.GetBytes(context.Request.Query[SessionParameter].ToString());
        if (context.Request.Cookies[SessionCookie] is not { Length: SessionLength } session
            || !CryptographicOperations.FixedTimeEquals(posted, Encoding.UTF8.GetBytes(session)))
        {
            return FormRedirect.SeeOther(context, site.Path(context, Route, new { token }));
        }

        AttachTo(context, site, link, token, session);
        switch (await widget.PostAsync(context, link.Survey))
        {
            case FormOutcome.ShowAgain again:
                return await RenderAsync(context, widget, link, token, session, again.Status, again.Title);
            case FormOutcome.Done:
                NewSession(context, site, token);
                var thanks = QueryHelpers.AddQueryString(site.Path(context, Route, new { token }), SurveyViewComponent.ThanksParameter, link.Survey);
                return FormRedirect.SeeOther(context, thanks);
            case FormOutcome.Refused refused:
                return refused.Result;
            case var outcome:
                throw new InvalidOperationException($"Unknown form outcome {outcome}.");
        }
    }

    private static void AttachTo(HttpContext context, SiteLinks site, KioskLink link, string token, string session) =>
        new KioskMode(link, site.Path(context, Route, new { token, s = session })).AttachTo(context);

    private static Task<IResult> RenderAsync(HttpContext context, SurveyWidget widget, KioskLink link, string token, string session, int status, string? title)
    {
        var site = Service<SiteLinks>(context);
        if (KioskMode.Of(context) is null)
        {
            AttachTo(context, site, link, token, session);
        }

        var surveyTitle = widget.Title(link.Survey);
        var kiosk = Service<IOptions<CoProWidgetsOptions>>(context).Value.Kiosk;
        var model = new KioskPage
        {
            Name = link.Survey,
            EventName = link.Event,
            ClearUrl = site.Path(context, ClearRoute, new { token }),
            Thanks = context.Request.Query[SurveyViewComponent.ThanksParameter] == link.Survey && HttpMethods.IsGet(context.Request.Method),
            IdleSeconds = (int)kiosk.IdleTimeout.TotalSeconds,
            WarningSeconds = (int)CoProKioskOptions.Warning.TotalSeconds,
            RestartSeconds = (int)kiosk.RestartAfterThanks.TotalSeconds,
            ScriptUrl = $"{context.Request.PathBase}/_content/CoProWidgets/kiosk.js?v={StylesheetLink.Version}",
            StylesheetUrl = $"{context.Request.PathBase}/_content/CoProWidgets/kiosk.css?v={StylesheetLink.Version}",
        };
        return Service<LibraryPageRenderer>(context).RenderAsync(
            context,
            View,
            model,
            title ?? surveyTitle ?? SurveyWords.Get("Title.Survey"),
            surveyTitle is null ? StatusCodes.Status404NotFound : status,
            new Dictionary<string, object?> { [LibraryPageRenderer.LayoutKey] = PlainLayout });
    }

    private static Task<IResult> EndedAsync(HttpContext context) =>
        Service<LibraryPageRenderer>(context).RenderAsync(
            context,
            EndedView,
            model: null,
            SurveyWords.Get("Ended.Title"),
            StatusCodes.Status404NotFound,
            new Dictionary<string, object?> { [LibraryPageRenderer.LayoutKey] = PlainLayout });

    /// <summary>
    /// A new session for the tablet, in a cookie for the kiosk's addresses only, gone when the browser closes. Strict:
    /// no other site's page can post a form that carries it.
    /// </summary>
    private static string NewSession(HttpContext context, SiteLinks site, string token)
    {
        var session = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
        var path = site.Path(context, Route, new { token });
        context.Response.Cookies.Append(SessionCookie, session, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            IsEssential = true,
            Path = path[..path.LastIndexOf('/')],
        });
        return session;
    }

    private static T Service<T>(HttpContext context)
        where T : notnull => context.RequestServices.GetRequiredService<T>();
}
