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
        foreach (var (concern, pattern) in s_concerns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                yield return (concern, match.Index, match.Length);
            }
        }
    }

    private static readonly (string Concern, Regex Pattern)[] s_concerns =
    [
        ("self-harm or suicide", SelfHarmPattern()),
        ("self-harm or suicide", SuicidalThoughtsPattern()),
        ("domestic abuse", ViolencePattern()),
        ("domestic abuse", ControlPattern()),
        ("abuse by a carer or staff", CarerAbusePattern()),
        ("neglect", NeglectPattern()),
        ("neglect", UnfedPattern()),
        ("financial abuse", FinancialAbusePattern()),
        ("child at risk", ChildAtRiskPattern()),
        ("threat", ThreatPattern()),
        ("sexual abuse", SexualAbusePattern()),
        ("modern slavery", SlaveryPattern()),
        ("fear at home", FearPattern()),
    ];
}
