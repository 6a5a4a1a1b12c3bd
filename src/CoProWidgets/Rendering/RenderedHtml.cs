using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace CoProWidgets.Rendering;

/// <summary>
/// HTML the library rendered itself (a widget's view: its text encoded by Razor, its Markdown sanitized), captured as
/// it was written so it can be kept and written again. It is made only by capturing a rendering, never from a string,
/// so no string of unknown origin passes for HTML on its way from the renderer to a page, a frame or the cache.
/// </summary>
internal sealed class RenderedHtml : IHtmlContent
{
    private readonly string _html;

    private RenderedHtml(string html) => _html = html;

    /// <summary>Whether nothing but white space was written: the widget had nothing to show.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(_html);

    /// <summary>What <paramref name="render"/> writes: a view component's result, or HTML content written out.</summary>
    public static async Task<RenderedHtml> CaptureAsync(Func<TextWriter, Task> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        await using var writer = new StringWriter();
        await render(writer);
        return new RenderedHtml(writer.ToString());
    }

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_html);
    }

    /// <summary>The HTML as text, for a response body.</summary>
    public override string ToString() => _html;
}
