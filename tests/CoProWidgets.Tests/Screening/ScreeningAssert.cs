using CoProWidgets.Screening;

namespace CoProWidgets.Tests.Screening;

/// <summary>Checks on what the screen finds in one answer, with the findings in the message when they fail.</summary>
internal static class ScreeningAssert
{
    public static void Finds(ScreeningKind kind, string text)
    {
        var result = AnswerScreen.Screen(text);
        Assert.True(result.Kinds.Contains(kind), $"no {kind} in \"{text}\"; found {Describe(text, result)}");
    }

    public static void DoesNotFind(ScreeningKind kind, string text)
    {
        var result = AnswerScreen.Screen(text);
        Assert.False(result.Kinds.Contains(kind), $"{kind} in \"{text}\": {Describe(text, result)}");
    }

    public static void FindsNothing(string text)
    {
        var result = AnswerScreen.Screen(text);
        Assert.True(result.Findings.Count == 0, $"\"{text}\": {Describe(text, result)}");
    }

    /// <summary>The part of the original text the finding of a kind covers.</summary>
    public static string Found(ScreeningKind kind, string text)
    {
        var finding = Assert.Single(AnswerScreen.Screen(text).Findings, finding => finding.Kind == kind);
        return text.Substring(finding.Start, finding.Length);
    }

    private static string Describe(string text, ScreeningResult result) =>
        result.Findings.Count == 0 ? "nothing" : string.Join("; ", result.Findings.Select(finding => $"{finding.Kind} \"{text.Substring(finding.Start, finding.Length)}\""));
}
