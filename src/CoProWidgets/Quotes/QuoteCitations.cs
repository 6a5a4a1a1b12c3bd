using System.Text;
using System.Text.RegularExpressions;
using CoProWidgets.Content;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CoProWidgets.Quotes;

/// <summary>
/// Puts people's own words into an outcome: a paragraph that says only <c>{quote: 1a2b3c4d}</c> in the file's "You
/// said" section is written as that approved quote (the words as approved, encoded by Markdig like any text), from
/// the survey the outcome names. A code that names no approved quote writes nothing, so a quote withdrawn later
/// disappears from the page too. A Markdig extension for one rendering, since the quotes change while the parsed
/// file does not: what it writes goes through the sanitizer with the rest of the section.
/// </summary>
internal sealed partial class QuoteCitations(IReadOnlyList<PublishedQuote> quotes) : IMarkdownExtension
{
    // Nothing to parse: a citation is an ordinary paragraph, recognised as it is written.
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        ParagraphRenderers.Wrap(renderer, paragraphs => new CitationRenderer(paragraphs, quotes));
    }

    /// <summary>Whether any paragraph among the blocks, at any depth, cites a quote.</summary>
    public static bool AnyIn(IEnumerable<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        return blocks.Any(block => block switch
        {
            ParagraphBlock paragraph => CodeOf(paragraph) is not null,
            ContainerBlock container => container.Descendants<ParagraphBlock>().Any(paragraph => CodeOf(paragraph) is not null),
            _ => false,
        });
    }

    /// <summary>The code a paragraph cites, when all it says is <c>{quote: code}</c>; otherwise null.</summary>
    public static string? CodeOf(ParagraphBlock paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var text = new StringBuilder();
        foreach (var inline in paragraph.Inline ?? [])
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline { IsHard: false }:
                    text.Append('\n');
                    break;
                default:
                    return null;
            }
        }

        return CitationPattern().Match(text.ToString()) is { Success: true } citation ? citation.Groups[1].Value : null;
    }

    [GeneratedRegex(@"\A\{quote:\s*([0-9a-f]{8})\}\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CitationPattern();

    /// <summary>Writes a citing paragraph as its quote, or as nothing; every other paragraph as Markdig does.</summary>
    private sealed class CitationRenderer(IMarkdownObjectRenderer paragraphs, IReadOnlyList<PublishedQuote> quotes) : HtmlObjectRenderer<ParagraphBlock>
    {
        protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
        {
            // A paragraph written without its <p> (a tight list's item) was never a citation.
            if (renderer.ImplicitParagraph || !renderer.EnableHtmlForBlock || CodeOf(obj) is not { } code)
            {
                paragraphs.Write(renderer, obj);
                return;
            }

            if (quotes.FirstOrDefault(quote => quote.Code == code) is not { } quote)
            {
                return;
            }

            if (!renderer.IsFirstInContainer)
            {
                renderer.EnsureLine();
            }

            renderer.Write("<figure class=\"copro-quote\"><blockquote><p>").WriteEscape(quote.Text).WriteLine("</p></blockquote></figure>");
        }
    }
}
