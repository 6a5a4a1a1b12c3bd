using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace CoProWidgets.Content;

/// <summary>A content file split into its front matter and its Markdown body, with line numbers kept.</summary>
internal sealed record ParsedContent(ContentFile File, FrontMatter FrontMatter, MarkdownDocument Document)
{
    /// <summary>The most characters a content file may have; larger files are refused rather than rendered.</summary>
    public const int MaxFileLength = 256 * 1024;

    /// <summary>The top-level blocks of the body, without the front matter.</summary>
    public IEnumerable<Block> Body => Document.Where(block => block is not YamlFrontMatterBlock);

    public static ParsedContent Parse(ContentFile file, MarkdownRenderer markdown)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(markdown);
        if (file.Text.Length > MaxFileLength)
        {
            throw file.Error(0, ContentErrorText.Of("File.TooBig", file.Text.Length / 1024, MaxFileLength / 1024));
        }

        var document = markdown.Parse(file.Text);
        markdown.Pictures?.Check(file, document);
        if (document.Count > 0 && document[0] is YamlFrontMatterBlock yaml)
        {
            // Markdig lines are 0-based and point at the opening '---'; the YAML starts on the next line.
            var frontMatter = FrontMatter.Parse(file, yaml.Lines.ToString(), yaml.Line + 2);
            return new ParsedContent(file, frontMatter, document);
        }

        if (StartsWithFence(file.Text))
        {
            throw file.Error(1, ContentErrorText.Of("FrontMatter.NotClosed"));
        }

        return new ParsedContent(file, FrontMatter.Empty(file), document);
    }

    private static bool StartsWithFence(string text)
    {
        var firstLine = text.AsSpan().TrimStart('\uFEFF');
        var end = firstLine.IndexOfAny('\r', '\n');
        return (end < 0 ? firstLine : firstLine[..end]).TrimEnd().SequenceEqual("---");
    }
}
