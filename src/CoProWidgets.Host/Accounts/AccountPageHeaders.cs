using Microsoft.AspNetCore.Mvc.Filters;

namespace CoProWidgets.Host.Accounts;

/// <summary>
/// Headers for pages that handle passwords, codes and invitation links: kept out of caches, never framed by another
/// site, and no invitation token in the Referer of a link followed from them.
/// </summary>
internal sealed class AccountPageHeaders : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        // The Content-Security-Policy (no script, no framing) and X-Frame-Options come from HostPageHeaders, as on every
        // host page.
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
