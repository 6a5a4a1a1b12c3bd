using CoProWidgets.Content;

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
        var split = ContentSections.Split(body);
        if (split.Sections.Count == 0)
        {
            var line = body.Count > 0 ? body[0].Line + 1 : frontMatter.Line;
            throw file.Error(line, $"No sections found. Start each {Describe(layout)} with a heading line such as '## Equal partners'.");
        }

        if (split.Sections.FirstOrDefault(section => section.Heading.Inline?.FirstChild is null) is { Heading: { } empty })
        {
            throw file.Error(empty.Line + 1, "This heading is empty: give it a short title.");
        }

        if (split.Sections.Count > MaxSections)
        {
            throw file.Error(split.Sections[MaxSections].Heading.Line + 1, $"There are {split.Sections.Count} sections; the most a panel can have is {MaxSections}.");
        }

        return new PrinciplesContent(title, layout, split, markdown);
    }

    private static string Describe(PrinciplesLayout layout) => layout switch
    {
        PrinciplesLayout.Phases => "phase",
        PrinciplesLayout.Cards => "card",
        _ => "principle",
    };
}
