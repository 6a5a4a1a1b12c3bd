using System.Text.RegularExpressions;

namespace CoProWidgets.Screening;

/// <summary>
/// The parts of a written answer the model reads. It was trained on whole answers, most of them under 80 words, and
/// reads at most 256 word pieces, so a longer answer is read in overlapping windows of about that length: a
/// disclosure in the last lines of a long story is not drowned by the praise before it, and one that straddles two
/// windows is whole in the overlap. Where the writer used full stops, each pair of sentences is read too: two
/// sentences about pills in a drawer read as what they are even after fifty words about a helpful receptionist.
/// Windows follow words, not sentences, because many people write without full stops.
/// </summary>
internal static partial class AnswerWindows
{
    /// <summary>Answers of up to this many words are read whole.</summary>
    public const int WholeUpToWords = 150;

    /// <summary>The words in each window of a longer answer.</summary>
    public const int WindowWords = 60;

    /// <summary>How far each window starts after the one before: a third of each window is read twice.</summary>
    public const int StrideWords = 40;

    /// <summary>The windows of <paramref name="text"/>, as start and length in the text, in order.</summary>
    public static IReadOnlyList<(int Start, int Length)> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = WordPattern().Matches(text);
        if (words.Count <= WholeUpToWords)
        {
            return words.Count == 0 ? [] : [(0, text.Length)];
        }

        var windows = new List<(int, int)>();
        for (var first = 0; ; first += StrideWords)
        {
            var last = Math.Min(first + WindowWords, words.Count) - 1;
            windows.Add((words[first].Index, words[last].Index + words[last].Length - words[first].Index));
            if (last == words.Count - 1)
            {
                break;
            }
        }

        var sentences = SentenceStarts(text);
        for (var i = 0; i + 1 < sentences.Count; i++)
        {
            var end = i + 2 < sentences.Count ? sentences[i + 2] : text.Length;
            var pair = (sentences[i], end - sentences[i]);
            if (WordPattern().Count(text.AsSpan(pair.Item1, pair.Item2)) <= WindowWords && !windows.Contains(pair))
            {
                windows.Add(pair);
            }
        }

        return windows;
    }

    private static List<int> SentenceStarts(string text)
    {
        var starts = new List<int> { 0 };
        foreach (Match boundary in SentenceBoundaryPattern().Matches(text))
        {
            if (boundary.Index + boundary.Length < text.Length)
            {
                starts.Add(boundary.Index + boundary.Length);
            }
        }

        return starts;
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentenceBoundaryPattern();

    [GeneratedRegex(@"\S+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WordPattern();
}
