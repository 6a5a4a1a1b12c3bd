using System.Text.RegularExpressions;

namespace CoProWidgets.Screening;

/// <summary>
/// The parts of a written answer the model reads. It was trained on whole answers, most of them under 80 words, and
/// reads at most 256 word pieces, so a longer answer is read in overlapping windows of about that length: a
/// disclosure in the last lines of a long story is not drowned by the praise before it, and one that straddles two
/// windows is whole in the overlap. Where the writer used full stops, each pair of sentences is read too: two
/// sentences about pills in a drawer read as what they are even after fifty words about a helpful receptionist. Each
/// piece costs about 10 ms of a core, so an answer is read in at most <see cref="MaxPieces"/>: in an answer of more
/// sentences than that, the runs are of two groups of sentences instead.
/// Windows follow words, not sentences, because many people write without full stops.
/// </summary>
internal static partial class AnswerWindows
{
    /// <summary>Answers of up to this many words, and <see cref="WholeUpToCharacters"/>, are read whole.</summary>
    public const int WholeUpToWords = 150;

    /// <summary>Answers of up to this many characters, and <see cref="WholeUpToWords"/>, are read whole.</summary>
    public const int WholeUpToCharacters = 1000;

    /// <summary>The words in each window of a longer answer (more only in answers of a great many short words).</summary>
    public const int WindowWords = 60;

    /// <summary>How far each window starts after the one before: a third of each window is read twice.</summary>
    public const int StrideWords = 40;

    /// <summary>The most windows of words one answer is read in.</summary>
    public const int MaxWindows = 24;

    /// <summary>The most pieces, windows and runs of sentences together, one answer is read in.</summary>
    public const int MaxPieces = 48;

    /// <summary>The windows of <paramref name="text"/>, as start and length in the text, in order; none without a word.</summary>
    public static IReadOnlyList<(int Start, int Length)> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = WordPattern().Matches(text);
        // By characters too: words of many word pieces ("a.b.c.d") could pass the model's 256 and lose the end.
        if (words.Count <= WholeUpToWords && text.Length <= WholeUpToCharacters)
        {
            return words.Count == 0 ? [] : [(0, text.Length)];
        }

        // However many words fit in a question's characters, the windows never number more than MaxWindows: in an
        // answer of a great many short words they step further and grow to keep their overlap.
        var stride = Math.Max(StrideWords, (words.Count - WindowWords + MaxWindows - 2) / (MaxWindows - 1));
        var size = Math.Max(WindowWords, stride + WindowWords - StrideWords);
        var windows = new List<(int, int)>();
        for (var first = 0; ; first += stride)
        {
            var last = Math.Min(first + size, words.Count) - 1;
            windows.Add((words[first].Index, words[last].Index + words[last].Length - words[first].Index));
            if (last == words.Count - 1)
            {
                break;
            }
        }

        // Runs of two sentences, or where there are too many sentences for the pieces left, of two groups of
        // sentences, each run starting where the one before it started its second half.
        var sentences = SentenceStarts(text);
        var group = (int)Math.Ceiling(sentences.Count / (double)(MaxPieces - windows.Count + 1));
        for (var i = 0; i + group < sentences.Count; i += group)
        {
            var end = i + (2 * group) < sentences.Count ? sentences[i + (2 * group)] : text.Length;
            var run = (sentences[i], end - sentences[i]);
            if ((group > 1 || WordPattern().Count(text.AsSpan(run.Item1, run.Item2)) <= WindowWords) && !windows.Contains(run))
            {
                windows.Add(run);
            }
        }

        return windows;
    }

    // Where each sentence starts, counting only sentences with a word in them.
    private static List<int> SentenceStarts(string text)
    {
        var starts = new List<int> { 0 };
        foreach (Match boundary in SentenceBoundaryPattern().Matches(text))
        {
            var start = boundary.Index + boundary.Length;
            if (start < text.Length && WordPattern().IsMatch(text.AsSpan(start, Math.Min(text.Length - start, 50))))
            {
                starts.Add(start);
            }
        }

        return starts;
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|(?:\r?\n\s*)+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentenceBoundaryPattern();

    [GeneratedRegex(@"\S+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WordPattern();
}
