using System.Text;
using System.Text.RegularExpressions;

namespace CoProWidgets.Screening;

/// <summary>
/// Rewrites numbers and email addresses that people spell out, because a comment box is often filled in as it
/// would be said on the phone. Only runs that could be a phone or NHS number (six digits or more) and only what
/// has the shape of an address are rewritten, so "one of the nurses" or "I waited at reception" stay as they are.
/// </summary>
internal static partial class Normaliser
{
    private const int MinimumDigits = 6;

    public static NormalisedText Normalise(string text)
    {
        var replacements = new List<(int Start, int Length, string With)>();
        foreach (Match match in NumberRunPattern().Matches(text))
        {
            if (SpelledDigits(match.Value) is { } digits)
            {
                replacements.Add((match.Index, match.Length, digits));
            }
        }

        foreach (Match match in SpokenEmailPattern().Matches(text))
        {
            if (!replacements.Any(r => r.Start < match.Index + match.Length && match.Index < r.Start + r.Length) && IsLikelyEmail(match))
            {
                replacements.Add((match.Index, match.Length, Compact(match.Value)));
            }
        }

        replacements.Sort((a, b) => a.Start.CompareTo(b.Start));
        return NormalisedText.Replace(text, replacements);
    }

    /// <summary>The digits a run of number words and digits stands for, or null if it is not worth rewriting.</summary>
    internal static string? SpelledDigits(string run)
    {
        var digits = new StringBuilder();
        var repeat = 1;
        var spelled = false;
        foreach (var token in run.Split([' ', ',', '-', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.ToLowerInvariant();
            if (word is "double" or "treble" or "triple")
            {
                repeat = word == "double" ? 2 : 3;
                spelled = true;
                continue;
            }

            // "seven hundred" is how 700 is read out of a mobile number ("oh seven seven hundred, nine hundred ...").
            if (word is "hundred" or "thousand" && digits.Length > 0)
            {
                digits.Append('0', word == "hundred" ? 2 : 3);
                spelled = true;
                continue;
            }

            var value = word.All(char.IsAsciiDigit) ? word : DigitOf(word);
            spelled |= value != word;
            digits.Append(value[0], repeat - 1).Append(value);
            repeat = 1;
        }

        return spelled && digits.Length >= MinimumDigits ? digits.ToString() : null;
    }

    private static string DigitOf(string word) => word switch
    {
        "zero" or "oh" or "o" or "nought" or "nil" => "0",
        "one" => "1",
        "two" => "2",
        "three" => "3",
        "four" => "4",
        "five" => "5",
        "six" => "6",
        "seven" => "7",
        "eight" => "8",
        _ => "9",
    };

    // A bare "at" is an ordinary word ("I looked at nhs.uk"), so it only counts when something else says email.
    private static bool IsLikelyEmail(Match match)
    {
        var value = match.Value;
        return value.Contains('@', StringComparison.Ordinal) || value.Contains("(at)", StringComparison.OrdinalIgnoreCase)
            || value.Contains("[at]", StringComparison.OrdinalIgnoreCase) || SpokenDotPattern().IsMatch(value)
            || match.Groups["local"].Value.Any(c => c is '.' or '_' || char.IsAsciiDigit(c))
            || MailProviderPattern().IsMatch(match.Groups["domain"].Value);
    }

    private static string Compact(string spoken) => AtPattern().Replace(DotWordPattern().Replace(WhitespacePattern().Replace(spoken, " "), "."), "@").Replace(" ", string.Empty, StringComparison.Ordinal);

    private const string NumberWord = @"(?:zero|oh|o|nought|nil|one|two|three|four|five|six|seven|eight|nine|double|treble|triple|hundred|thousand|\d+)";

    [GeneratedRegex(@"\b" + NumberWord + @"(?:[ \t,\-]+" + NumberWord + @")+\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex NumberRunPattern();

    private const string Dot = @"\s*(?:\.|[\[(]\s*dot\s*[\])]|\bdot\b)\s*";

    [GeneratedRegex(@"(?<![\w.@])(?<local>[a-z0-9][a-z0-9._%+\-]*(?:" + Dot + @"[a-z0-9_%+\-]+){0,4})\s*(?:@|\(at\)|\[at\]|\bat\b)\s*(?<domain>[a-z0-9\-]+(?:" + Dot + @"[a-z0-9\-]+){0,3}?" + Dot + @"(?:com|net|org|uk|co|nhs|gov|ac|io|me|info|biz|edu|ie|scot|wales))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex SpokenEmailPattern();

    [GeneratedRegex(@"\s*[\[(]\s*dot\s*[\])]\s*|\s*\bdot\b\s*|\s*\.\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex DotWordPattern();

    [GeneratedRegex(@"\bdot\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex SpokenDotPattern();

    [GeneratedRegex(@"\s*(?:@|\(at\)|\[at\]|\bat\b)\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex AtPattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WhitespacePattern();

    [GeneratedRegex(@"^(?:gmail|googlemail|hotmail|yahoo|outlook|live|btinternet|sky|aol|icloud|talktalk|virginmedia|ntlworld)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex MailProviderPattern();
}
