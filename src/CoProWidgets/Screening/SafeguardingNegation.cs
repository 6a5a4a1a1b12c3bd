using System.Text.RegularExpressions;

namespace CoProWidgets.Screening;

/// <summary>
/// Whether a harm is said not to have happened: "nobody's ever raised a hand to me", "he has never hit me". A
/// negation counts inside the finding or in the four words before it, within its clause, so "they don't turn up
/// and mum is left in a wet bed" is still a concern: the "don't" belongs to another clause.
/// </summary>
internal static partial class SafeguardingNegation
{
    public static bool IsNegated(string text, Match match)
    {
        if (NegatorPattern().IsMatch(match.Value))
        {
            return true;
        }

        var before = text[Math.Max(0, match.Index - 40)..match.Index];
        var clauses = ClauseBreakPattern().Split(before);
        var words = clauses[^1].Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        return NegatorPattern().IsMatch(string.Join(' ', words.TakeLast(4)));
    }

    [GeneratedRegex(@"\b(?:never|not|no\s?one|nobody(?:'?s)?|nothing|neither|nor|\w+n't|dont|didnt|doesnt|wont|wouldnt|hasnt|havent|hadnt|isnt|wasnt|werent|arent)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex NegatorPattern();

    [GeneratedRegex(@"[.!?;:,()]|\b(?:and|but|or|because|so|though|although|when|if)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ClauseBreakPattern();
}
