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
            throw file.Error(line, PrinciplesErrorText.Of(NoSections(layout)));
        }

        if (split.Sections.FirstOrDefault(section => section.Heading.Inline?.FirstChild is null) is { Heading: { } empty })
        {
            throw file.Error(empty.Line + 1, PrinciplesErrorText.Of("Heading.Empty"));
        }

        if (split.Sections.Count > MaxSections)
        {
            throw file.Error(split.Sections[MaxSections].Heading.Line + 1, PrinciplesErrorText.Of("Sections.TooMany", split.Sections.Count, MaxSections));
        }

        return new PrinciplesContent(title, layout, split, markdown);
    }

    // A sentence for each layout, as other languages inflect the word for a section rather than slot it in.
    private static string NoSections(PrinciplesLayout layout) => layout switch
    {
        PrinciplesLayout.Phases => "Sections.None.Phases",
        PrinciplesLayout.Cards => "Sections.None.Cards",
        _ => "Sections.None.Principles",
    };
}
