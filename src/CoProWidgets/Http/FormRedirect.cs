using CoProWidgets.Content;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CoProWidgets.Http;

/// <summary>
/// Where a form's plain POST sends the browser afterwards: back to the page the widget is on (a page on this site
/// only), with a flag the widget reads to say what happened.
/// </summary>
internal static class FormRedirect
{
    /// <summary>A path on this site, or null for anything else (another site's address would be an open redirect).</summary>
    public static string? LocalUrl(string? url) => SafeLink.LocalUrl(url);

    /// <summary>Whether a posted value is a widget id as the widgets make them (<c>copro-N</c>), fit for a URL fragment.</summary>
    public static bool IsWidgetId(string? id) =>
        id is { Length: > 6 and <= 12 } && id.StartsWith("copro-", StringComparison.Ordinal) && !id.AsSpan(6).ContainsAnyExceptInRange('0', '9');

    /// <summary>The page a widget is on, without its status flag, to come back to once its form is sent.</summary>
    public static string ThisPage(HttpRequest request, string flag)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query.Remove(flag);
        var path = $"{request.PathBase}{request.Path}";
        return QueryHelpers.AddQueryString(string.IsNullOrEmpty(path) ? "/" : path, query);
    }

    /// <summary>
    /// A 303 back to <paramref name="returnUrl"/> with <paramref name="flag"/> set, scrolled to the posting widget's
    /// element <c>{widget id}-{fragmentSuffix}</c> when the form named a valid widget id.
    /// </summary>
    public static IResult BackToPage(HttpContext context, IFormCollection posted, string returnUrl, string flag, string value, string fragmentSuffix)
    {
        var fragment = BoundedForm.Value(posted, "widget") is { } id && IsWidgetId(id) ? $"#{id}-{fragmentSuffix}" : string.Empty;
        return SeeOther(context, QueryHelpers.AddQueryString(returnUrl.Split('#')[0], flag, value) + fragment);
    }

    /// <summary>303 See Other: after a POST, the browser GETs the new address, so refreshing never posts again.</summary>
    public static IResult SeeOther(HttpContext context, string location)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.Location = location;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }
}
