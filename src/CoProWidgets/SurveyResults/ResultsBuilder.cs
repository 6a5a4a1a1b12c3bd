using System.Globalization;
using CoProWidgets.Surveys;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// Turns a survey's counts into the figures people see: for each choice question (equality questions are never
/// published), the share giving each answer overall and in each respondent group, with confidence intervals, and the
/// rows that rest on too few responses suppressed.
/// </summary>
internal static class ResultsBuilder
{
    public const string Everyone = "Everyone";

    /// <summary>
    /// Why a hidden row is not shown, the same for every hidden row: it may rest on too few responses, or let someone
    /// work out a row that does, or the audit of every snapshot may have hidden it. Saying which would tell a reader
    /// whether that group has fewer responses than the threshold, which the hiding is there to keep.
    /// </summary>
    public const string HiddenReason = "Not shown, " + HiddenWhy;

    private const string HiddenWhy = "so that no one can be identified";

    /// <summary>
    /// The figures of every published question, hiding the rows the usual suppression hides and, for each question,
    /// the group rows the snapshot hid as well (<paramref name="hidden"/>, from <see cref="SnapshotPolicy"/>).
    /// </summary>
    public static IReadOnlyList<ResultsQuestion> Build(SurveyDefinition survey, SurveyTally tally, int suppressBelow, IReadOnlyDictionary<string, IReadOnlySet<string>>? hidden = null)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(tally);
        var groups = survey.GroupQuestion?.Options ?? [];
        return SnapshotPolicy.Published(survey)
            .Select(question => Question(survey, question, question.IsGroup ? [] : groups, tally, suppressBelow, hidden?.GetValueOrDefault(question.Id)))
            .ToList();
    }

    /// <summary>
    /// Which rows to hide so that no figure, and no difference between figures, rests on between 1 and
    /// <paramref name="suppressBelow"/> - 1 responses. A group's row is hidden when it rests on too few. Then the
    /// remainder, everyone minus the shown groups (the hidden groups with the people who gave no group), must be empty
    /// or large enough too, or subtracting would give its figures exactly: while it is not, the smallest shown group is
    /// hidden as well. Every shown group rests on at least the threshold, so the remainder less any set of shown
    /// groups is at least as large as the remainder itself, and no subtraction reveals a small count. A row with no
    /// responses at all identifies nobody and is shown as such.
    /// </summary>
    /// <param name="everyone">The responses to the question overall.</param>
    /// <param name="groups">The responses to the question within each group.</param>
    /// <param name="suppressBelow">The threshold.</param>
    /// <returns>Whether everyone's row is hidden, and whether each group's is.</returns>
    public static (bool Everyone, bool[] Groups) Suppressed(long everyone, IReadOnlyList<long> groups, int suppressBelow)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (everyone > 0 && everyone < suppressBelow)
        {
            return (true, groups.Select(total => total > 0).ToArray());
        }

        var hidden = groups.Select(total => total > 0 && total < suppressBelow).ToArray();
        while (everyone - Enumerable.Range(0, groups.Count).Where(i => !hidden[i]).Sum(i => groups[i]) is var remainder && remainder > 0 && remainder < suppressBelow)
        {
            // Never empty here: with every group hidden the remainder is everyone, which is not small.
            var smallest = Enumerable.Range(0, groups.Count).Where(i => !hidden[i] && groups[i] > 0).MinBy(i => groups[i]);
            hidden[smallest] = true;
        }

        return (false, hidden);
    }

    private static ResultsQuestion Question(SurveyDefinition survey, SurveyQuestion question, IReadOnlyList<SurveyOption> groups, SurveyTally tally, int suppressBelow, IReadOnlySet<string>? hiding)
    {
        var agreeing = Proportion.AgreeingOptions(question);
        var everyone = tally.Of(question.Id, string.Empty, string.Empty);
        var groupTotals = groups.Select(group => tally.Of(question.Id, string.Empty, group.Id)).ToList();
        var (everyoneShown, groupsHidden) = SnapshotPolicy.Rows(survey, question, tally, suppressBelow, hiding);
        var everyoneHidden = !everyoneShown;

        var rows = new List<ResultsRow> { Row(question, agreeing, Everyone, string.Empty, everyone, everyoneHidden, tally, suppressBelow) };
        for (var i = 0; i < groups.Count; i++)
        {
            rows.Add(Row(question, agreeing, groups[i].Label, groups[i].Id, groupTotals[i], groupsHidden[i], tally, suppressBelow));
        }

        return new ResultsQuestion
        {
            Id = question.Id,
            Text = question.Text,
            IsAgreement = question.Type == SurveyQuestionType.Agreement,
            AllowsSeveral = question.Type == SurveyQuestionType.Multiple,
            Options = question.Options.Select(option => option.Label).ToList(),
            Rows = rows,
            ChartDescription = Describe(question, rows),
            Headline = Headline(question, rows[0]),
        };
    }

    private static ResultsRow Row(SurveyQuestion question, IReadOnlyList<string> agreeing, string label, string group, long total, bool hidden, SurveyTally tally, int suppressBelow)
    {
        if (hidden)
        {
            return new ResultsRow
            {
                Label = label,
                Responses = total,
                Suppressed = true,
                NotShown = HiddenReason,
                Words = $"{label}: not shown, {HiddenWhy}.",
            };
        }

        if (total == 0)
        {
            return new ResultsRow { Label = label, Responses = 0, Suppressed = false, Words = $"{label}: no responses." };
        }

        var shares = question.Options.Select(option => Share(tally.Of(question.Id, option.Id, group), total)).ToList();
        var agree = agreeing.Count == 0 ? null : Share(agreeing.Sum(option => tally.Of(question.Id, option, group)), total);
        var words = agree is not null
            ? $"{label}: {new Proportion((int)agree.Count, (int)total).Describe("agree", suppressBelow)}"
            : $"{label} ({total} responses): " + string.Join("; ", question.Options.Select((option, i) => $"{option.Label} {shares[i].Percent} ({shares[i].Interval})")) + ".";
        return new ResultsRow { Label = label, Responses = total, Suppressed = false, Shares = shares, Agree = agree, Words = words };
    }

    private static ResultsShare Share(long count, long total)
    {
        var proportion = new Proportion((int)count, (int)total);
        var (low, high) = proportion.Wilson95;
        return new ResultsShare { Count = count, Total = total, Value = proportion.Share, Low = low, High = high };
    }

    /// <summary>
    /// Everyone's figure in words people read first: "About 4 in 10 people agreed." for a statement, the most chosen
    /// answer otherwise. Null when everyone's row is hidden or empty.
    /// </summary>
    internal static string? Headline(SurveyQuestion question, ResultsRow everyone)
    {
        if (everyone.Suppressed || everyone.Responses == 0 || everyone.Shares.Count == 0)
        {
            return null;
        }

        if (everyone.Agree is { } agree)
        {
            var tenths = (int)Math.Round(agree.Value * 10, MidpointRounding.AwayFromZero);
            return tenths switch
            {
                0 => "Fewer than 1 in 10 people agreed.",
                10 => "Nearly everyone agreed.",
                _ => $"About {tenths} in 10 people agreed.",
            };
        }

        var top = Enumerable.Range(0, question.Options.Count).MaxBy(i => everyone.Shares[i].Value);
        return $"The most common answer was “{question.Options[top].Label}”, chosen by {everyone.Shares[top].Percent} of people who answered.";
    }

    private static string Describe(SurveyQuestion question, List<ResultsRow> rows)
    {
        if (question.Type == SurveyQuestionType.Agreement)
        {
            var parts = rows.Select(row => row.Agree is { } agree
                ? $"{row.Label} {agree.Percent} (95% confidence interval {agree.Interval})"
                : row.Suppressed ? $"{row.Label} not shown, {HiddenWhy}" : $"{row.Label} no responses");
            return string.Create(CultureInfo.InvariantCulture, $"Bar chart of the share who agree with \"{question.Text}\": {string.Join("; ", parts)}.");
        }

        var everyone = rows[0];
        if (everyone.Suppressed || everyone.Responses == 0)
        {
            return everyone.Suppressed ? $"No chart: everyone's answers to \"{question.Text}\" are not shown, {HiddenWhy}." : $"No chart: nobody answered \"{question.Text}\".";
        }

        return $"Bar chart of everyone's answers to \"{question.Text}\": " + string.Join("; ", question.Options.Select((option, i) => $"{option.Label} {everyone.Shares[i].Percent}")) + ".";
    }
}
