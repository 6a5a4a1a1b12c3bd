using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CoProWidgets.Content;

/// <summary>
/// The Easy Read layout, in every widget's Markdown bodies: a paragraph that begins with a picture
/// (<c>![A doctor](pictures/doctor.png) See your doctor.</c>) becomes a row, the picture beside its words, each line of
/// the words on a line of its own (one idea per line). Every other paragraph renders as before.
/// </summary>
internal sealed class EasyReadRows : IMarkdownExtension
{
    /// <summary>The classes the rows carry, which the sanitizer keeps (content itself carries no classes).</summary>
    public static readonly IReadOnlyDictionary<string, string> Classes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["copro-easyread"] = "div",
        ["copro-easyread__picture"] = "div",
        ["copro-easyread__text"] = "p",
    };

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        ParagraphRenderers.Wrap(renderer, paragraphs => new RowRenderer(paragraphs));
    }

    /// <summary>The picture a paragraph begins with, when it is an Easy Read row.</summary>
    public static LinkInline? Picture(ParagraphBlock paragraph) =>
        paragraph.Inline?.FirstChild is LinkInline { IsImage: true } picture ? picture : null;

    private sealed class RowRenderer(IMarkdownObjectRenderer inner) : HtmlObjectRenderer<ParagraphBlock>
    {
        protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
        {
            // A paragraph of a tight list item has no <p> of its own: a picture there stays inline, as before.
            if (Picture(obj) is not { } picture || renderer.ImplicitParagraph)
            {
                inner.Write(renderer, obj);
                return;
            }

            renderer.EnsureLine();
            renderer.Write("<div class=\"copro-easyread\"><div class=\"copro-easyread__picture\">");
            renderer.Write(picture);
            renderer.Write("</div><p class=\"copro-easyread__text\">");
            for (var inline = picture.NextSibling; inline is not null; inline = inline.NextSibling)
            {
                // The space or line break between the picture and the first word is layout, not text.
                if (inline == picture.NextSibling && inline is LineBreakInline)
                {
                    continue;
                }

                if (inline == picture.NextSibling && inline is LiteralInline literal)
                {
                    renderer.WriteEscape(literal.Content.ToString().TrimStart());
                    continue;
                }

                // One idea per line: each line the editor wrote stays a line of its own.
                if (inline is LineBreakInline)
                {
                    renderer.WriteLine("<br />");
                    continue;
                }

                renderer.Write(inline);
            }
            renderer.WriteLine("</p></div>");
        }
    }
}
