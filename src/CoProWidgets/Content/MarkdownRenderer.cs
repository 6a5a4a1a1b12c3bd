using Ganss.Xss;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Content;

/// <summary>
/// The one Markdown pipeline and the one HTML sanitizer every widget renders content with. Sanitizing is always
/// the last step, after every Markdig transform and every host extension, so nothing that reaches a page from a
/// content file has skipped it.
/// </summary>
internal sealed class MarkdownRenderer
{
    // Content never needs form controls; HtmlSanitizer's defaults keep them for general-purpose HTML.
    private static readonly string[] s_formTags =
        ["form", "input", "button", "select", "option", "optgroup", "textarea", "fieldset", "legend", "label", "datalist", "output", "meter", "progress"];

    // style: no inline styles under a strict Content-Security-Policy; id/name: ids from content would collide
    // with the widget's own ids; tabindex/accesskey: content must not change keyboard order or shortcuts.
    private static readonly string[] s_removedAttributes = ["style", "id", "name", "tabindex", "accesskey", "target", "contenteditable", "draggable"];

    public MarkdownRenderer(IOptions<CoProWidgetsOptions> options, ContentPictures? pictures = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        Pictures = pictures;

        // Footnotes and task lists are deliberately left off: Markdig's footnotes use fixed ids that collide when
        // two widgets share a page and a back-link with no accessible name; task lists emit unlabelled checkboxes.
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseDefinitionLists()
            .UseAbbreviations()
            .UseAutoLinks()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough);
        builder.Extensions.AddIfNotAlready<EasyReadRows>();
        if (!settings.AllowRawHtml)
        {
            builder.DisableHtml();
        }

        foreach (var configure in settings.ConfigureMarkdown)
        {
            configure(builder);
        }

        Pipeline = builder.Build();
        Sanitizer = CreateSanitizer(settings.ConfigureSanitizer);
    }

    public MarkdownPipeline Pipeline { get; }

    /// <summary>The pictures of the content folder, checked as each file is parsed; null where none are served (a unit test).</summary>
    public ContentPictures? Pictures { get; }

    private HtmlSanitizer Sanitizer { get; }

    public MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline, new MarkdownParserContext());

    /// <summary>
    /// Renders blocks to sanitized HTML, moving every heading <paramref name="headingShift"/> levels deeper. An
    /// <paramref name="extension"/> changes the renderers for this rendering only (writing what a block stands for
    /// now, such as the quote a paragraph cites); what it writes is sanitized with the rest.
    /// </summary>
    public HtmlString RenderBlocks(IEnumerable<Block> blocks, int headingShift, IMarkdownExtension? extension = null)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        return Render(renderer =>
        {
            foreach (var block in blocks)
            {
                renderer.Render(block);
            }
        }, headingShift, extension);
    }

    /// <summary>
    /// Renders blocks under a heading at <paramref name="headingLevel"/>: the blocks' top heading level (or
    /// <paramref name="topLevel"/>, when they are parts of one body) becomes one level below it, and every other heading
    /// moves by the same amount. The one way content headings are fitted into a page's outline.
    /// </summary>
    public HtmlString RenderBelow(IReadOnlyList<Block> blocks, int headingLevel, int? topLevel = null, IMarkdownExtension? extension = null)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var top = topLevel ?? ContentSections.TopLevel(blocks) ?? headingLevel + 1;
        return RenderBlocks(blocks, headingLevel + 1 - top, extension);
    }

    /// <summary>Renders the inline content of a heading or paragraph, without the block's own tag.</summary>
    public HtmlString RenderInline(LeafBlock block) => Render(renderer => renderer.WriteLeafInline(block), 0, extension: null);

    /// <summary>A heading's or paragraph's words without Markdown, for legends, titles and summaries.</summary>
    public static string PlainText(LeafBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var text = new System.Text.StringBuilder();
        foreach (var inline in block.Inline?.Descendants() ?? [])
        {
            switch (inline)
            {
                case Markdig.Syntax.Inlines.LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case Markdig.Syntax.Inlines.CodeInline code:
                    text.Append(code.Content);
                    break;
                case Markdig.Syntax.Inlines.LineBreakInline:
                    text.Append(' ');
                    break;
                default:
                    break;
            }
        }

        return text.ToString().Trim();
    }

    private HtmlString Render(Action<HtmlRenderer> write, int headingShift, IMarkdownExtension? extension)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HeadingRenderer>(new ShiftedHeadingRenderer(headingShift));
        extension?.Setup(Pipeline, renderer);
        write(renderer);
        writer.Flush();
        // The one place raw HTML is made from a string: what the sanitizer let through (BannedSymbols.txt bans it elsewhere).
#pragma warning disable RS0030
        return new HtmlString(Sanitizer.Sanitize(writer.ToString()).Trim());
#pragma warning restore RS0030
    }

    private static HtmlSanitizer CreateSanitizer(IEnumerable<Action<HtmlSanitizer>> configure)
    {
        // Start from the library's defaults, which screen URLs and drop scripts and event handlers, then tighten.
        var sanitizer = new HtmlSanitizer();
        foreach (var tag in s_formTags)
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        foreach (var attribute in s_removedAttributes)
        {
            sanitizer.AllowedAttributes.Remove(attribute);
        }

        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowDataAttributes = false;
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto", "tel" })
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        // Content carries no classes, so it cannot dress itself as the widget's own controls; the one class the library's
        // own Markdig renderers write, on a quote an outcome cites (Quotes/QuoteCitations.cs), is kept like the rest.
        sanitizer.RemovingAttribute += static (_, removing) => removing.Cancel |=
            removing.Reason == RemoveReason.NotAllowedAttribute && removing.Tag.LocalName == "figure" && removing.Attribute is { Name: "class", Value: "copro-quote" };

        // Likewise the Easy Read rows' classes (Content/EasyReadRows.cs), each only on the element the row puts it on.
        sanitizer.RemovingAttribute += static (_, removing) => removing.Cancel |=
            removing.Reason == RemoveReason.NotAllowedAttribute && removing.Attribute is { Name: "class" } attribute
            && EasyReadRows.Classes.TryGetValue(attribute.Value, out var tag) && removing.Tag.LocalName == tag;

        foreach (var action in configure)
        {
            action(sanitizer);
        }

        return sanitizer;
    }

    /// <summary>Writes headings at their level plus a shift, so content fits under the heading the host page gives.</summary>
    private sealed class ShiftedHeadingRenderer(int shift) : HtmlObjectRenderer<HeadingBlock>
    {
        private static readonly string[] s_tags = ["h1", "h2", "h3", "h4", "h5", "h6"];

        protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
        {
            var tag = s_tags[Math.Clamp(obj.Level + shift, 1, 6) - 1];
            renderer.Write('<').Write(tag).WriteAttributes(obj).Write('>');
            renderer.WriteLeafInline(obj);
            renderer.Write("</").Write(tag).WriteLine(">");
        }
    }
}
