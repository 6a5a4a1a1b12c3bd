using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Content;

/// <summary>
/// The content check for editors, on every content file: sentences over the length Easy Read allows, hard words with
/// simpler ones to use, in an Easy Read file (<c>*.easy-read.md</c>) every paragraph without a picture, and a reading
/// age estimate (<see cref="ReadingAge"/>). It advises; it never stops a file being published.
/// </summary>
internal sealed partial class ReadingCheck(MarkdownRenderer markdown, ContentStore store, IOptions<CoProWidgetsOptions> options)
{
    /// <summary>The most pieces of advice kept for one file: enough to act on, never a page of them.</summary>
    public const int MaxAdvice = 30;

    /// <summary>The ending of an Easy Read file's name.</summary>
    public const string EasyReadEnding = ".easy-read.md";

    /// <summary>The check of a saved file, made again only when the file changes; null when it cannot be read.</summary>
    public ReadingReport? CheckFile(string path) => store.Get(path, Check).Value;

    /// <summary>The check of a file's text, such as one being previewed.</summary>
    public ReadingReport Check(ContentFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var settings = options.Value.EasyRead;
        var easyRead = file.Path.EndsWith(EasyReadEnding, StringComparison.OrdinalIgnoreCase);
        var document = markdown.Parse(file.Text);
        var advice = new List<ReadingAdvice>();
        var sentences = new List<string>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is not (HeadingBlock or ParagraphBlock) || (block is ParagraphBlock settingLines && SettingLines.Are(file, settingLines)))
            {
                continue;
            }

            var line = block.Line + 1;
            if (easyRead && block is ParagraphBlock { Parent: MarkdownDocument } paragraph && EasyReadRows.Picture(paragraph) is null)
            {
                advice.Add(new ReadingAdvice(line, ReadingAdviceKind.NoPicture, MarkdownRenderer.PlainText(paragraph), null));
            }

            foreach (var sentence in Sentences(Text(block), easyRead))
            {
                sentences.Add(sentence);
                var words = ReadingAge.Words(sentence).ToList();
                if (words.Count > settings.MaxSentenceWords)
                {
                    advice.Add(new ReadingAdvice(line, ReadingAdviceKind.LongSentence, sentence, words.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }

                foreach (var word in words.Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    if (settings.HardWords.TryGetValue(word, out var simpler))
                    {
                        advice.Add(new ReadingAdvice(line, ReadingAdviceKind.HardWord, word, simpler));
                    }
                }
            }
        }

        return new ReadingReport(file.Path, ReadingAge.Of(sentences), advice.Take(MaxAdvice).ToList(), advice.Count);
    }

    /// <summary>A block's words without Markdown or pictures' alternative text, line breaks kept, a list item's answer id left out.</summary>
    private static string Text(LeafBlock block)
    {
        var text = new System.Text.StringBuilder();
        foreach (var inline in block.Inline?.Descendants<Inline>() ?? [])
        {
            if (InPicture(inline))
            {
                continue;
            }

            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                LineBreakInline => "\n",
                _ => string.Empty,
            });
        }

        var words = text.ToString().Trim();
        return block.Parent is ListItemBlock ? AnswerId().Replace(words, string.Empty) : words;
    }

    private static bool InPicture(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsImage: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sentences end at '.', '!' or '?'; in Easy Read, where each idea has its own line, at a line's end too.</summary>
    internal static IEnumerable<string> Sentences(string text, bool linesEnd) =>
        (linesEnd ? text.Split('\n') : [text.Replace('\n', ' ')])
            .SelectMany(line => SentenceEnd().Split(line))
            .Select(sentence => sentence.Trim())
            .Where(sentence => ReadingAge.Words(sentence).Any());

    [GeneratedRegex(@"(?<=[.!?])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\A[A-Za-z0-9_-]+:\s+", RegexOptions.CultureInvariant)]
    private static partial Regex AnswerId();
}

/// <summary>What the content check found in one file.</summary>
/// <param name="File">The file's path in the content folder.</param>
/// <param name="ReadingAge">The estimated reading age in years, or null when the file has too few words.</param>
/// <param name="Advice">The first <see cref="ReadingCheck.MaxAdvice"/> things to look at.</param>
/// <param name="AdviceCount">How many things there were to look at in all.</param>
internal sealed record ReadingReport(string File, int? ReadingAge, IReadOnlyList<ReadingAdvice> Advice, int AdviceCount);

/// <summary>One thing to look at: where, what kind, the words concerned and, for a hard word, a simpler one; for a long sentence, its word count.</summary>
internal sealed record ReadingAdvice(int Line, ReadingAdviceKind Kind, string Words, string? Detail);

/// <summary>The kinds of thing the content check points out.</summary>
internal enum ReadingAdviceKind
{
    LongSentence,
    HardWord,
    NoPicture,
}
