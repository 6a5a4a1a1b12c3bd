using System.Text.RegularExpressions;

namespace CoProWidgets.Screening;

/// <summary>
/// Safeguarding concerns as the phrases people write them in, not single words: "abuse", "kill", "cut", "hit" and
/// "neglected" alone are mostly about services ("the abuse of the parking system", "I'd kill for a Saturday
/// appointment", "cut the waiting list", "hit and miss", "the referral was neglected"), so each phrase needs a
/// person it happens to or someone who does it. The checks still lean towards flagging: a person decides.
/// </summary>
internal static partial class SafeguardingPhrases
{
    public static IEnumerable<(string Concern, int Start, int Length)> Find(string text)
    {
        foreach (var (concern, pattern, negatable) in s_concerns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                // "I have never had thoughts of hurting myself", "nobody abused me" deny what they name.
                if (negatable && SafeguardingNegation.IsNegated(text, match))
                {
                    continue;
                }

                yield return (concern, match.Index, match.Length);
            }
        }
    }

    private static readonly (string Concern, Regex Pattern, bool Negatable)[] s_concerns =
    [
        ("self-harm or suicide", SelfHarmPattern(), true),
        ("self-harm or suicide", SuicidalThoughtsPattern(), false),
        ("domestic abuse", ViolencePattern(), false),
        ("domestic abuse", ControlPattern(), false),
        ("abuse by a carer or staff", CarerAbusePattern(), true),
        ("neglect", NeglectPattern(), false),
        ("neglect", UnfedPattern(), false),
        ("financial abuse", FinancialAbusePattern(), false),
        ("child at risk", ChildAtRiskPattern(), false),
        ("threat", ThreatPattern(), false),
        ("sexual abuse", SexualAbusePattern(), false),
        ("modern slavery", SlaveryPattern(), false),
        ("fear at home", FearPattern(), false),
    ];
}
