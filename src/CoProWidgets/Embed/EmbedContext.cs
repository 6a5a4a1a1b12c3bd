using Microsoft.AspNetCore.Http;

namespace CoProWidgets.Embed;

/// <summary>How a widget is shown on another site.</summary>
internal enum EmbedMode
{
    /// <summary>Fetched by <c>copro.js</c> and placed in a shadow root on the host page.</summary>
    Script,

    /// <summary>A document of its own in an iframe on the host page.</summary>
    Frame,
}

/// <summary>
/// A request from an embedded widget, checked by the embed endpoints' filter: how it is shown, the site showing it, and
/// the widget. The widgets read it to post their forms back to the embed endpoint with a signed token instead of an
/// antiforgery cookie, and the form endpoints read it to answer with the widget rather than a page or a redirect.
/// </summary>
/// <param name="Mode">Script or frame.</param>
/// <param name="Origin">The origin of the page showing the widget (checked against the allowed list).</param>
/// <param name="Widget">The widget asked for.</param>
/// <param name="Url">This embed address, path and query: where the widget's form posts.</param>
internal sealed record EmbedContext(EmbedMode Mode, string Origin, EmbedWidget Widget, string Url)
{
    private static readonly object s_key = new();

    public static EmbedContext? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(s_key, out var value) ? value as EmbedContext : null;
    }

    public void AttachTo(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[s_key] = this;
    }
}
