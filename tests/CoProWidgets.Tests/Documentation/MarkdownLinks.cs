using System.Net;
using System.Text.RegularExpressions;

namespace CoProWidgets.Tests.Documentation;

/// <summary>
/// The links and headings of a Markdown file as GitHub reads them: fenced code blocks and code spans hold neither,
/// and a heading's anchor is its text in lower case, without punctuation, spaces made hyphens, repeats numbered.
/// </summary>
internal static partial class MarkdownLinks
{
    public static IEnumerable<string> Targets(string markdown) =>
        Prose(markdown).SelectMany(line => Link().Matches(CodeSpan().Replace(line, string.Empty)))
            .Select(match => match.Groups[1].Value);

    public static HashSet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in Prose(markdown))
        {
            if (Heading().Match(line) is not { Success: true } heading)
            {
                continue;
            }

            var slug = Slug(heading.Groups[1].Value);
            var count = seen.GetValueOrDefault(slug);
            seen[slug] = count + 1;
            anchors.Add(count == 0 ? slug : $"{slug}-{count}");
        }

        return anchors;
    }

    public static string Slug(string heading)
    {
        // What GitHub shows: link text without its address, entities decoded, then its anchor rule on that text.
        var text = WebUtility.HtmlDecode(LinkText().Replace(heading.Trim(), "$1"));
        return NotWordHyphenOrSpace().Replace(text.ToLowerInvariant(), string.Empty).Replace(' ', '-');
    }

    private static IEnumerable<string> Prose(string markdown)
    {
        string? fence = null;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (fence is null && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                fence = trimmed[..3];
            }
            else if (fence is not null && trimmed.StartsWith(fence, StringComparison.Ordinal))
            {
                fence = null;
            }
            else if (fence is null)
            {
                yield return line;
            }
        }
    }

    [GeneratedRegex(@"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*<?([^\s)>]+)>?(?:\s+""[^""]*"")?\s*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"`+[^`]*`+")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^#{1,6}\s+(.+?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkText();

    [GeneratedRegex(@"[^\p{L}\p{M}\p{N}\p{Pc}\- ]")]
    private static partial Regex NotWordHyphenOrSpace();
}
