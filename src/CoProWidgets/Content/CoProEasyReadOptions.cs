using System.Text.RegularExpressions;

namespace CoProWidgets;

/// <summary>What the content check tells editors about plain words and Easy Read (section <c>CoProWidgets:EasyRead</c>).</summary>
public sealed class CoProEasyReadOptions
{
    /// <summary>The most entries <see cref="HardWords"/> may have.</summary>
    public const int MaxHardWords = 500;

    /// <summary>
    /// A sentence with more words than this is pointed out, in every content file. From 5 to 40; the default is 15, the
    /// longest sentence Easy Read guidance allows.
    /// </summary>
    public int MaxSentenceWords { get; set; } = 15;

    /// <summary>
    /// Hard words the check points out, each with a simpler one to use (<c>"facilitate": "help"</c>), matched whole and
    /// whatever their case. At most 500, each word letters only (with '-' or an apostrophe inside) and at most 40
    /// characters. The default is a list of common hard words in health and care writing; a host can add to it, change
    /// a suggestion, or clear it.
    /// </summary>
    public IDictionary<string, string> HardWords { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["accessible"] = "easy to get to or use",
        ["additional"] = "more",
        ["approximately"] = "about",
        ["assistance"] = "help",
        ["commence"] = "start",
        ["consequently"] = "so",
        ["co-production"] = "working together",
        ["demonstrate"] = "show",
        ["discharge"] = "leave hospital",
        ["eligible"] = "able to get",
        ["ensure"] = "make sure",
        ["facilitate"] = "help",
        ["implement"] = "do",
        ["initiate"] = "start",
        ["mandatory"] = "must",
        ["modify"] = "change",
        ["obtain"] = "get",
        ["participate"] = "take part",
        ["prior"] = "before",
        ["provision"] = "service",
        ["purchase"] = "buy",
        ["regarding"] = "about",
        ["require"] = "need",
        ["stakeholders"] = "people involved",
        ["subsequently"] = "later",
        ["sufficient"] = "enough",
        ["terminate"] = "end",
        ["utilise"] = "use",
    };

    internal IEnumerable<string> Problems(string section)
    {
        if (MaxSentenceWords is < 5 or > 40)
        {
            yield return $"{section}:EasyRead:MaxSentenceWords is {MaxSentenceWords}. It must be from 5 to 40; the default is 15.";
        }

        if (HardWords.Count > MaxHardWords)
        {
            yield return $"{section}:EasyRead:HardWords has {HardWords.Count} words. It may have at most {MaxHardWords}: keep the words editors use most.";
        }

        foreach (var (word, suggestion) in HardWords.Take(MaxHardWords + 1))
        {
            if (!Regex.IsMatch(word, @"\A\p{L}+(?:['’-]\p{L}+)*\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) || word.Length > 40)
            {
                yield return $"{section}:EasyRead:HardWords has the word '{word}'. Each must be one word of letters (with '-' or an apostrophe inside), at most 40 characters.";
            }

            if (string.IsNullOrWhiteSpace(suggestion) || suggestion.Length > 100)
            {
                yield return $"{section}:EasyRead:HardWords gives '{word}' no simpler word, or one over 100 characters. Give the word to use instead, for example \"help\" for \"facilitate\".";
            }
        }
    }
}
