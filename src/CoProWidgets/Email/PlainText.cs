using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CoProWidgets.Email;

/// <summary>
/// The plain-text body of an email, made from its HTML body: paragraphs and headings separated by blank lines, list
/// items with dashes, and each link's address written out after its text, as mail clients without HTML need it.
/// </summary>
internal static class PlainText
{
    private static readonly HtmlParser s_parser = new();

    private static readonly HashSet<string> s_blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "UL", "OL", "TABLE", "TR", "BLOCKQUOTE", "SECTION", "HEADER", "FOOTER", "HR",
    };

    public static string FromHtml(string html)
    {
        var document = s_parser.ParseDocument(html);
        var text = new StringBuilder();
        Write(document.Body ?? (INode)document, text);
        return Tidy(text.ToString());
    }

    private static void Write(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText fragment:
                    // Line breaks in the HTML source are spaces; only the markup makes lines.
                    text.Append(fragment.Data.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' '));
                    break;
                case IElement { LocalName: "head" or "style" or "script" or "title" }:
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement { LocalName: "li" } item:
                    text.Append("\n- ");
                    Write(item, text);
                    break;
                case IElement { LocalName: "a" } link:
                    var before = text.Length;
                    Write(link, text);
                    var label = text.ToString(before, text.Length - before).Trim();
                    var href = link.GetAttribute("href");
                    if (!string.IsNullOrEmpty(href) && !href.StartsWith('#') && label != href)
                    {
                        text.Append(label.Length == 0 ? href : $": {href}");
                    }

                    break;
                case IElement element when s_blocks.Contains(element.LocalName):
                    text.Append("\n\n");
                    Write(element, text);
                    text.Append("\n\n");
                    break;
                default:
                    Write(child, text);
                    break;
            }
        }
    }

    /// <summary>Collapses the HTML's own spacing: single spaces within lines, at most one blank line between blocks.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Split('\n')
            .Select(line => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        var result = new StringBuilder();
        var blank = true;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                if (!blank)
                {
                    result.Append('\n');
                }

                blank = true;
                continue;
            }

            result.Append(line).Append('\n');
            blank = false;
        }

        return result.ToString().TrimEnd('\n') + "\n";
    }
}
