using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoProWidgets.Host.Pages;

/// <summary>
/// The page shown instead of an unhandled error outside Development (the exception handler sends every method here,
/// a form's POST too, so it takes any method without an antiforgery token). It says nothing about the error itself:
/// that goes to the log.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ErrorModel : PageModel
{
    /// <summary>Shows the page.</summary>
    public void OnGet()
    {
    }

    /// <summary>Shows the page when a form's POST failed.</summary>
    public void OnPost()
    {
    }
}
