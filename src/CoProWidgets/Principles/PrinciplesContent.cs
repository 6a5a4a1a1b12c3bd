using CoProWidgets.Content;
using Microsoft.AspNetCore.Html;

namespace CoProWidgets.Principles;

/// <summary>
/// A parsed principles file. Its HTML is rendered once for each heading level a page asks for, then kept until the
/// file changes; only the page-unique id is added per request.
/// </summary>
internal sealed class PrinciplesContent(
    string title,
    PrinciplesLayout layout,
    ContentSections sections,
    MarkdownRenderer markdown)
{
    private readonly ByHeadingLevel<Rendered> _rendered = new(headingLevel => Render(sections, markdown, headingLevel));

    public string Title { get; } = title;

    public PrinciplesLayout Layout { get; } = layout;

    public int Count => sections.Sections.Count;

    public PrinciplesViewModel ToViewModel(string id, int headingLevel)
    {
        headingLevel = Math.Clamp(headingLevel, 1, 5);

        var rendered = _rendered.At(headingLevel);
        return new PrinciplesViewModel(id, Title, Layout, headingLevel, rendered.Intro, rendered.Items);
    }

    private static Rendered Render(ContentSections sections, MarkdownRenderer markdown, int headingLevel)
    {
        // Section headings become one level below the title; everything inside moves by the same amount.
        var introHtml = sections.Intro.Count == 0 ? null : markdown.RenderBelow(sections.Intro, headingLevel, sections.Level);
        var items = sections.Sections
            .Select(section => new PrinciplesItem(
                markdown.RenderInline(section.Heading),
                section.Body.Count == 0 ? null : markdown.RenderBelow(section.Body, headingLevel, sections.Level)))
            .ToList();
        return new Rendered(introHtml, items);
    }

    private sealed record Rendered(IHtmlContent? Intro, IReadOnlyList<PrinciplesItem> Items);
}
