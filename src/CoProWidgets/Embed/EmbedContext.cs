using CoProWidgets.Http;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

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
/// the widget. As an <see cref="ElsewhereForm"/>, the widgets read it to post their forms back to the embed endpoint
/// with a signed token instead of an antiforgery cookie.
/// </summary>
/// <param name="Mode">Script or frame.</param>
/// <param name="Origin">The origin of the page showing the widget (checked against the allowed list).</param>
/// <param name="Widget">The widget asked for.</param>
/// <param name="Url">This embed address, path and query: where the widget's form posts.</param>
internal sealed record EmbedContext(EmbedMode Mode, string Origin, WidgetCall Widget, string Url) : ElsewhereForm(Url)
{
    public override string TokenField => EmbedFormTokens.FieldName;

    public static new EmbedContext? Of(HttpContext context) => ElsewhereForm.Of(context) as EmbedContext;

    public override string CreateToken(IServiceProvider services) => services.GetRequiredService<EmbedFormTokens>().Create(this);

    public override bool IsValid(IServiceProvider services, string? token) => services.GetRequiredService<EmbedFormTokens>().IsValid(token, this);
}
