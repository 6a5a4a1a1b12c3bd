using CoProWidgets.Host.Accounts;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Host.Operations;

/// <summary>
/// Headers on the host's own pages (accounts, administration, the landing and error pages): they run no script and
/// load only the host's own stylesheet, so the policy allows nothing else, and no other site may frame them (a framed
/// sign-in or administration page invites clickjacking). Pages in the private folders (passwords, codes, invitation
/// links, people and organisations) are also kept out of every cache and send no Referer at all, so an invitation's
/// token never leaves in one. The widgets' own pages keep the headers the library sends.
/// </summary>
/// <param name="privateFolders">The folders of private pages, such as <c>/Account</c>.</param>
internal sealed class HostPageHeaders(params string[] privateFolders) : IAsyncPageFilter
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var headers = context.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        if (context.HttpContext.Request.Path.StartsWithSegments("/account/single-sign-on")
            && context.HttpContext.RequestServices.GetService<IOptions<SingleSignOnOptions>>()?.Value.Authority is { } authority)
        {
            // Browsers apply form-action to the redirect after a post: the sign-in button's post goes on to the
            // identity provider, which must be allowed here (and only here).
            headers.ContentSecurityPolicy = ContentSecurityPolicy.Replace("form-action 'self'", $"form-action 'self' {authority.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal);
        }

        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        var page = (context.ActionDescriptor as PageActionDescriptor)?.ViewEnginePath ?? "";
        if (privateFolders.Any(folder => page.StartsWith(folder + "/", StringComparison.OrdinalIgnoreCase)))
        {
            headers.CacheControl = "no-store";
            headers["Referrer-Policy"] = "no-referrer";
        }
        else
        {
            headers["Referrer-Policy"] = "same-origin";
        }

        return next();
    }
}
