using CoProWidgets.Surveys;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// What the next published snapshot of a survey's results holds, so that comparing it with the one before reveals
/// nobody. Each published question's figures move to the live counts only when every row shown in both moved by none
/// or by at least the threshold, no row shown before would now be hidden, and everyone less any set of groups shown in
/// both moved by none or by at least the threshold. Otherwise the question keeps its previous figures until it can
/// move safely. The survey's own count is taken live: a snapshot is only published when it has grown by at least the
/// threshold.
/// </summary>
internal static class SnapshotPolicy
{
    /// <summary>The counts the next snapshot publishes, and the questions held at their previous figures.</summary>
    public static (SurveyTally Tally, IReadOnlyList<string> Held) Next(SurveyDefinition survey, SurveyTally live, SurveyTally? previous, int suppressBelow)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(live);
        var counts = new Dictionary<(string Question, string Option, string Group), long>();
        var held = new List<string>();
        foreach (var (key, count) in live.Counts.Where(pair => pair.Key.Question.Length == 0))
        {
            counts[key] = count;
        }

        foreach (var question in Published(survey))
        {
            var source = live;
            if (previous is not null && !CanMove(survey, question, previous, live, suppressBelow))
            {
                source = previous;
                held.Add(question.Id);
            }

            foreach (var (key, count) in source.Counts.Where(pair => pair.Key.Question == question.Id))
            {
                counts[key] = count;
            }
        }

        return (new SurveyTally(counts), held);
    }

    /// <summary>The questions whose figures are published: choice questions that are not equality questions.</summary>
    public static IEnumerable<SurveyQuestion> Published(SurveyDefinition survey) =>
        survey.Questions.Where(question => question.HasOptions && !question.IsPrivate);

    /// <summary>Whether a question's figures can move from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static bool CanMove(SurveyDefinition survey, SurveyQuestion question, SurveyTally before, SurveyTally after, int suppressBelow)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var groups = question.IsGroup ? [] : survey.GroupQuestion?.Options.Select(option => option.Id).ToList() ?? [];
        var (everyoneBefore, groupsBefore, hiddenBefore) = Rows(question, groups, before, suppressBelow);
        var (everyoneAfter, groupsAfter, hiddenAfter) = Rows(question, groups, after, suppressBelow);
        bool Safe(long change) => change == 0 || Math.Abs(change) >= suppressBelow;

        if (!hiddenBefore.Everyone && everyoneBefore > 0 && (hiddenAfter.Everyone || !Safe(everyoneAfter - everyoneBefore)))
        {
            return false;
        }

        var shownBoth = new List<int>();
        for (var i = 0; i < groups.Count; i++)
        {
            var shownBefore = !hiddenBefore.Everyone && !hiddenBefore.Groups[i];
            var shownAfter = !hiddenAfter.Everyone && !hiddenAfter.Groups[i];
            if (shownBefore && groupsBefore[i] > 0 && (!shownAfter || !Safe(groupsAfter[i] - groupsBefore[i])))
            {
                return false;
            }

            if (shownBefore && shownAfter)
            {
                shownBoth.Add(i);
            }
        }

        // Everyone less every set of groups shown in both: the remainders an attacker can compare.
        if (hiddenBefore.Everyone || hiddenAfter.Everyone)
        {
            return true;
        }

        for (var set = 1; set < 1 << shownBoth.Count; set++)
        {
            var chosen = shownBoth.Where((_, bit) => (set & (1 << bit)) != 0).ToList();
            var change = (everyoneAfter - chosen.Sum(i => groupsAfter[i])) - (everyoneBefore - chosen.Sum(i => groupsBefore[i]));
            if (!Safe(change))
            {
                return false;
            }
        }

        return true;
    }

    private static (long Everyone, long[] Groups, (bool Everyone, bool[] Groups) Hidden) Rows(SurveyQuestion question, IReadOnlyList<string> groups, SurveyTally tally, int suppressBelow)
    {
        var everyone = tally.Of(question.Id, string.Empty, string.Empty);
        var totals = groups.Select(group => tally.Of(question.Id, string.Empty, group)).ToArray();
        return (everyone, totals, ResultsBuilder.Suppressed(everyone, totals, suppressBelow));
    }
}
