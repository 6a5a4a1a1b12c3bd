using CoProWidgets.SurveyResults;
using CsCheck;

namespace CoProWidgets.Tests.SurveyResults;

/// <summary>
/// Suppression holds for every combination, not just the worked examples: over random thresholds, group sizes and
/// blanks, no shown figure and no difference between shown figures rests on between 1 and the threshold - 1 people.
/// </summary>
public sealed class SuppressionPropertyTests
{
    // Small groups and small blanks are the interesting cases, so sizes are drawn mostly near the threshold.
    private static readonly Gen<(int Threshold, long[] Groups, long Blank)> s_cases =
        from threshold in Gen.Int[3, 15]
        from count in Gen.Int[0, 6]
        from groups in Gen.Frequency((3, Gen.Long[0, 2L * threshold]), (1, Gen.Long[0, 200])).Array[count]
        from blank in Gen.Frequency((3, Gen.Long[0, threshold]), (1, Gen.Long[0, 100]))
        select (threshold, groups, blank);

    [Fact]
    public void NoShownFigure_AndNoDifferenceOfShownFigures_RestsOnFewPeople()
    {
        s_cases.Sample(
            test =>
            {
                var (threshold, groups, blank) = test;
                var everyone = groups.Sum() + blank;
                var (everyoneHidden, hidden) = Suppression.Usual(everyone, groups, threshold);

                bool Small(long people) => people > 0 && people < threshold;
                if (everyoneHidden)
                {
                    // Nothing is shown but "no responses" rows, which rest on nobody.
                    return Small(everyone) && Enumerable.Range(0, groups.Length).All(i => hidden[i] || groups[i] == 0);
                }

                var shown = Enumerable.Range(0, groups.Length).Where(i => !hidden[i]).ToArray();
                if (Small(everyone) || shown.Any(i => Small(groups[i])))
                {
                    return false;
                }

                // Everyone minus every set of shown groups, and every sum of shown groups.
                for (var set = 0; set < 1 << shown.Length; set++)
                {
                    var chosen = shown.Where((_, bit) => (set & (1 << bit)) != 0).Sum(i => groups[i]);
                    if (Small(everyone - chosen) || Small(chosen))
                    {
                        return false;
                    }
                }

                return true;
            },
            iter: 20_000);
    }

    [Fact]
    public void Suppression_HidesNoMoreThanItMust()
    {
        // A group is hidden only when it is small itself, or when the remainder would be small without hiding it.
        s_cases.Sample(
            test =>
            {
                var (threshold, groups, blank) = test;
                var everyone = groups.Sum() + blank;
                var (everyoneHidden, hidden) = Suppression.Usual(everyone, groups, threshold);
                if (everyoneHidden)
                {
                    return true;
                }

                var extra = Enumerable.Range(0, groups.Length).Count(i => hidden[i] && groups[i] >= threshold);
                var remainderWithoutExtra = blank + Enumerable.Range(0, groups.Length).Where(i => groups[i] < threshold).Sum(i => groups[i]);
                return extra == 0 || (extra == 1 && remainderWithoutExtra > 0 && remainderWithoutExtra < threshold);
            },
            iter: 20_000);
    }
}
