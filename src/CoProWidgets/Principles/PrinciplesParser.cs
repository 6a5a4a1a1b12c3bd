using CoProWidgets.Content;
using Markdig.Syntax;

namespace CoProWidgets.Principles;

/// <summary>
/// Reads <c>principles/&lt;name&gt;.md</c>: front matter with <c>title</c> and <c>layout</c>, optional introductory
/// text, then one section per heading of the highest level used (normally <c>##</c>).
/// </summary>
internal static class PrinciplesParser
{
    public const int MaxTitleLength = 150;
    public const int MaxSections = 40;

    private static readonly string[] s_fields = ["title", "layout"];

    public static PrinciplesContent Parse(ContentFile file, MarkdownRenderer markdown)
    {
        var content = ParsedContent.Parse(file, markdown);
        var frontMatter = content.FrontMatter;
        frontMatter.RejectUnknownFields(s_fields);
        var title = frontMatter.RequireString("title", MaxTitleLength);
        var layout = frontMatter.RequireEnum<PrinciplesLayout>("layout");

        var body = content.Body.ToList();
        var headings = body.OfType<HeadingBlock>().ToList();
        if (headings.Count == 0)
        {
            var line = body.Count > 0 ? body[0].Line + 1 : frontMatter.Line;
            throw file.Error(line, $"No sections found. Start each {Describe(layout)} with a heading line such as '## Equal partners'.");
        }

        var sectionLevel = headings.Min(heading => heading.Level);
        var intro = new List<Block>();
        var sections = new List<(HeadingBlock, IReadOnlyList<Block>)>();
        List<Block>? current = null;
        foreach (var block in body)
        {
            if (block is HeadingBlock heading && heading.Level == sectionLevel)
            {
                if (heading.Inline?.FirstChild is null)
                {
                    throw file.Error(heading.Line + 1, "This heading is empty: give it a short title.");
                }

                current = [];
                sections.Add((heading, current));
            }
            else
            {
                (current ?? intro).Add(block);
            }
        }

        if (sections.Count > MaxSections)
        {
            throw file.Error(sections[MaxSections].Item1.Line + 1, $"There are {sections.Count} sections; the most a panel can have is {MaxSections}.");
        }

        return new PrinciplesContent(title, layout, sectionLevel, intro, sections, markdown);
    }

    private static string Describe(PrinciplesLayout layout) => layout switch
    {
        PrinciplesLayout.Phases => "phase",
        PrinciplesLayout.Cards => "card",
        _ => "principle",
    };
}
