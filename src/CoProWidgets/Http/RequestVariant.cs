using System.Globalization;
using CoProWidgets.Content;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Http;

/// <summary>
/// The language and format one of the library's requests asks for in its query: <c>lang=cy</c> (what an embedded
/// widget's <c>data-copro-lang</c> and the language switcher's links send) and <c>format=easy-read</c>. The host's
/// request localisation sets the culture of its own pages; the library's endpoints (its pages, the embed, form posts
/// in place) take <c>lang</c> on top, only when it names a language the site offers
/// (<see cref="CoProWidgetsOptions.Languages"/>), so a request can never choose a culture the site has not chosen.
/// </summary>
internal static class RequestVariant
{
    /// <summary>The query parameter naming the language: <c>lang</c>.</summary>
    public const string LanguageParameter = "lang";

    /// <summary>Runs each library endpoint in the language and format its query asks for.</summary>
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(next);
        var context = invocation.HttpContext;
        var offered = Localisation.OfferedLanguages.Of(context.RequestServices.GetRequiredService<IOptions<CoProWidgetsOptions>>().Value);
        if (Offered(context.Request.Query[LanguageParameter], offered) is { } culture)
        {
            // Set in this asynchronous flow only: it reverts when the endpoint is done, and every page is rendered inside it.
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
        }

        using var format = Format(context) is { } asked ? ContentVariant.Use(asked) : null;
        return await next(invocation);
    }

    /// <summary>The format the query asks for (<c>format=easy-read</c>), or null when it names none.</summary>
    public static ContentFormat? Format(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Request.Query[ContentVariant.FormatParameter];
        return values.Count == 1 ? ContentVariant.ParseFormat(values[0]) : null;
    }

    /// <summary>
    /// The culture for a language tag the site offers (<paramref name="offered"/>), matched without regard to case, or
    /// its language without the region when only that is offered (<c>cy-GB</c> asks for <c>cy</c>); null for anything else.
    /// </summary>
    public static CultureInfo? Offered(string? asked, IReadOnlyList<string> offered)
    {
        ArgumentNullException.ThrowIfNull(offered);
        if (string.IsNullOrEmpty(asked) || asked.Length > 20)
        {
            return null;
        }

        var tag = offered.FirstOrDefault(language => string.Equals(language, asked, StringComparison.OrdinalIgnoreCase))
            ?? offered.FirstOrDefault(language => string.Equals(language, asked.Replace('_', '-').Split('-')[0], StringComparison.OrdinalIgnoreCase));
        return tag is null ? null : CultureInfo.GetCultureInfo(tag);
    }
}
