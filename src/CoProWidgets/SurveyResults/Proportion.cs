using CoProWidgets.Surveys;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// A share of responses (how many of how many), with its 95% Wilson score interval and the rule that hides figures
/// based on so few responses that someone could be identified.
/// </summary>
/// <param name="Count">How many responses gave the answer.</param>
/// <param name="Total">How many responses answered the question.</param>
internal readonly record struct Proportion(int Count, int Total)
{
    /// <summary>The standard normal quantile for a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    public double Share => Total == 0 ? 0 : (double)Count / Total;

    /// <summary>
    /// The Wilson score interval (Wilson 1927; method 3 in Newcombe 1998), which stays within 0 to 1 and behaves well
    /// for small counts and shares near 0 or 1, unlike the simple "plus or minus" interval.
    /// </summary>
    public (double Low, double High) Wilson95
    {
        get
        {
            if (Total == 0)
            {
                return (0, 1);
            }

            var n = (double)Total;
            var p = Share;
            var z2 = Z95 * Z95;
            var denominator = 1 + (z2 / n);
            var centre = (p + (z2 / (2 * n))) / denominator;
            var half = Z95 / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
            return (Math.Max(0, centre - half), Math.Min(1, centre + half));
        }
    }

    /// <summary>Whether the figure must be hidden: it rests on fewer responses than the threshold.</summary>
    public bool IsSuppressed(int threshold) => Total < threshold;

    /// <summary>
    /// The figure in words, as a screen reader or a printout needs it, or the suppression notice.
    /// <paramref name="answer"/> is what the share said, in the language shown ("agree").
    /// </summary>
    public string Describe(string answer, int threshold, ResultsWords? words = null)
    {
        words ??= ResultsWords.Library;
        if (IsSuppressed(threshold))
        {
            return words["Figure.FewerThan", ResultsWords.Count(threshold)];
        }

        var (low, high) = Wilson95;
        return words["Figure.Share", Percent(Share), answer, ResultsWords.Count(Count), ResultsWords.Count(Total), Percent(low), Percent(high)];
    }

    /// <summary>A share as a whole percentage, rounded half away from zero, as published tables round.</summary>
    public static string Percent(double share) => ResultsWords.Percent(share);

    /// <summary>
    /// The options that count as agreeing on an agreement scale: "strongly agree" and "agree" on the default scale,
    /// and the more agreeing half (rounded down, so never the middle) of a scale of the editor's own labels.
    /// </summary>
    public static IReadOnlyList<string> AgreeingOptions(SurveyQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Type == SurveyQuestionType.Agreement ? question.Options.Take(question.Options.Count / 2).Select(option => option.Id).ToList() : [];
    }
}
