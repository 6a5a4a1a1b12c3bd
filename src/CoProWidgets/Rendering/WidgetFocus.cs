using CoProWidgets.Http;
using Microsoft.AspNetCore.Http;

namespace CoProWidgets.Rendering;

/// <summary>
/// Where a widget's focus goes after a step (the error summary, the next step, the thank-you panel). On this site's own
/// pages <c>autofocus</c> moves it without JavaScript. Shown elsewhere (through the embed script, or in a frame on
/// another site) the attribute is left out: Chromium refuses it in a frame from another origin and logs an error each
/// time, an inserted widget never honours it; the element carries <c>data-copro-focus</c> instead, and <c>copro.js</c>
/// moves the focus there itself.
/// </summary>
internal static class WidgetFocus
{
    /// <summary>Whether the element that should take the focus carries <c>autofocus</c> in this request.</summary>
    public static bool Autofocus(HttpContext context) => ElsewhereForm.Of(context) is null;

    /// <summary>Whether it carries <c>data-copro-focus</c> instead, for the script.</summary>
    public static bool ForScript(HttpContext context) => !Autofocus(context);
}
