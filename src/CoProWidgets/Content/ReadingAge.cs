using System.Globalization;
using System.Text.RegularExpressions;

namespace CoProWidgets.Content;

/// <summary>
/// A reading age estimate: the Flesch-Kincaid grade level (Kincaid, Fishburne, Rogers and Chissom, 1975, "Derivation
/// of new readability formulas for Navy enlisted personnel", Research Branch Report 8-75) plus 5, the age at which
/// children in the United States start the first grade. The grade is
/// <c>0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59</c>. Unlike SMOG, which needs 30 sentences, it
/// works on the short texts widgets hold. NHS content aims for a reading age of 9 to 11. Syllables are counted by the
/// usual English rule (groups of vowels, less a silent final e), good enough for an estimate, never a verdict.
/// </summary>
internal static partial class ReadingAge
{
    /// <summary>The fewest words a text needs for an estimate worth showing.</summary>
    public const int MinWords = 10;

    /// <summary>The reading age of sentences, rounded to a year, or null when they hold too few words for an estimate.</summary>
    public static int? Of(IReadOnlyCollection<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var words = sentences.SelectMany(Words).ToList();
        var counted = sentences.Count(sentence => Words(sentence).Any());
        if (words.Count < MinWords || counted == 0)
        {
            return null;
        }

        var grade = (0.39 * words.Count / counted) + (11.8 * words.Sum(Syllables) / words.Count) - 15.59;
        return (int)Math.Round(Math.Max(grade, 0) + 5, MidpointRounding.AwayFromZero);
    }

    /// <summary>The words of a sentence: runs of letters, with apostrophes and hyphens inside them; numbers are not words.</summary>
    public static IEnumerable<string> Words(string sentence) =>
        Word().Matches(sentence ?? string.Empty).Select(match => match.Value);

    /// <summary>How many syllables an English word has, by vowel groups, at least one.</summary>
    public static int Syllables(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var letters = word.ToLower(CultureInfo.InvariantCulture).Replace("'", string.Empty, StringComparison.Ordinal);
        if (letters.Length <= 3)
        {
            return 1;
        }

        // A silent ending: "care", "shares", "shared" (but "table" and "needed" keep theirs).
        letters = SilentEnding().Replace(letters, string.Empty);
        var count = VowelGroup().Count(letters.TrimStart('y'));
        return Math.Max(count, 1);
    }

    [GeneratedRegex(@"\p{L}+(?:['’-]\p{L}+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex("(?:[^l]e|es|[^td]ed)$", RegexOptions.CultureInvariant)]
    private static partial Regex SilentEnding();

    [GeneratedRegex("[aeiouy]+", RegexOptions.CultureInvariant)]
    private static partial Regex VowelGroup();
}
