using System.Text.RegularExpressions;

namespace CoProWidgets.Screening;

/// <summary>
/// Safeguarding concerns found by composition rather than by phrase: a person next to a harm done to a person,
/// control over someone's belongings or movements, care left undone, fear of someone, exploitation, and a child
/// together with something that puts a child at risk. Figurative uses fall out because the rules need a person on
/// both sides ("beat their target", "cutting the list", "could murder a cup of tea" have no victim), and a rule
/// that can be denied is dropped when it is ("nobody's ever raised a hand to me").
/// </summary>
internal static partial class SafeguardingRules
{
    public static IEnumerable<(string Concern, int Start, int Length)> Find(string text)
    {
        foreach (var (concern, pattern, negatable) in s_rules)
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (!negatable || !SafeguardingNegation.IsNegated(text, match))
                {
                    yield return (concern, match.Index, match.Length);
                }
            }
        }

        // A risk that is only a risk to a child ("asking to meet", "out at midnight") needs a child in the answer.
        if (ChildPattern().IsMatch(text))
        {
            foreach (Match match in ChildRiskPattern().Matches(text))
            {
                if (!SafeguardingNegation.IsNegated(text, match))
                {
                    yield return ("child at risk", match.Index, match.Length);
                }
            }
        }
    }

    // Negatable rules are statements that can be denied; the others carry their own negation ("won't let me").
    private static readonly (string Concern, Regex Pattern, bool Negatable)[] s_rules =
    [
        ("self-harm or suicide", SelfInjuryPattern(), true),
        ("self-harm or suicide", NotBeingHerePattern(), false),
        ("self-harm or suicide", HoardingPattern(), true),
        ("domestic abuse", HarmToPersonPattern(), true),
        ("domestic abuse", HarmedPersonPattern(), true),
        ("domestic abuse", ControlPattern(), false),
        ("domestic abuse", ConfinementPattern(), true),
        ("domestic abuse", CoverStoryPattern(), false),
        ("domestic abuse", AngerPattern(), true),
        ("threat", IntimidationPattern(), true),
        ("fear at home", FearOfPersonPattern(), true),
        ("fear at home", UnsafeAtHomePattern(), false),
        ("financial abuse", TakingBelongingsPattern(), true),
        ("financial abuse", MoneyGonePattern(), false),
        ("neglect", LeftUncaredPattern(), true),
        ("neglect", DeprivedPattern(), false),
        ("neglect", WelfarePattern(), false),
        ("abuse by a carer or staff", SedationPattern(), true),
        ("sexual abuse", SexualBoundaryPattern(), true),
        ("modern slavery", ExploitationPattern(), true),
        ("child at risk", GroomingPattern(), true),
        ("child at risk", ChildNeglectPattern(), false),
    ];
}
