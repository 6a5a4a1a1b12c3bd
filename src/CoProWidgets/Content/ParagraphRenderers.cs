using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace CoProWidgets.Content;

/// <summary>
/// Puts a renderer of paragraphs in front of whichever one the renderer has now, so extensions that each treat some
/// paragraphs their own way (Easy Read rows, quote citations) chain rather than one silently dropping the other.
/// </summary>
internal static class ParagraphRenderers
{
    public static void Wrap(IMarkdownRenderer renderer, Func<IMarkdownObjectRenderer, IMarkdownObjectRenderer> wrap)
    {
        ArgumentNullException.ThrowIfNull(wrap);
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        var index = html.ObjectRenderers.FindIndex(candidate => candidate is HtmlObjectRenderer<ParagraphBlock>);
        if (index >= 0)
        {
            html.ObjectRenderers[index] = wrap(html.ObjectRenderers[index]);
        }
    }
}
