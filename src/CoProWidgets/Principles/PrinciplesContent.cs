using CoProWidgets.Content;
using Markdig.Syntax;
using Microsoft.AspNetCore.Html;

namespace CoProWidgets.Principles;

/// <summary>
/// A parsed principles file. Its HTML is rendered once for each heading level a page asks for, then kept until the
/// file changes; only the page-unique id is added per request.
/// </summary>
internal sealed class PrinciplesContent(
    string title,
    PrinciplesLayout layout,
    int sectionLevel,
    IReadOnlyList<Block> intro,
    IReadOnlyList<(HeadingBlock Heading, IReadOnlyList<Block> Body)> sections,
    MarkdownRenderer markdown)
{
    private readonly Rendered?[] _rendered = new Rendered?[7];

    public string Title { get; } = title;

    public PrinciplesLayout Layout { get; } = layout;

    public int Count => sections.Count;

    public PrinciplesViewModel ToViewModel(string id, int headingLevel)
    {
        headingLevel = Math.Clamp(headingLevel, 1, 5);

        // Rendering is pure, so two requests racing here just render the same thing; either result may be kept.
        var rendered = _rendered[headingLevel] ??= Render(headingLevel);
        return new PrinciplesViewModel(id, Title, Layout, headingLevel, rendered.Intro, rendered.Items);
    }

    private Rendered Render(int headingLevel)
    {
        // Section headings become one level below the title; everything inside moves by the same amount.
        var shift = headingLevel + 1 - sectionLevel;
        var introHtml = intro.Count == 0 ? null : markdown.RenderBlocks(intro, shift);
        var items = sections
            .Select(section => new PrinciplesItem(
                markdown.RenderInline(section.Heading),
                section.Body.Count == 0 ? null : markdown.RenderBlocks(section.Body, shift)))
            .ToList();
        return new Rendered(introHtml, items);
    }

    private sealed record Rendered(IHtmlContent? Intro, IReadOnlyList<PrinciplesItem> Items);
}
