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
    /// The figures of every published question, hiding the rows the usual suppression hides and, for each question,
    /// the group rows the snapshot hid as well (<paramref name="hidden"/>, from <see cref="SnapshotPolicy"/>). A question
    /// asked on a condition says of whom, and how many where that number may be shown (<see cref="AskedFigures"/>; never
    /// for a question kept at earlier figures, <paramref name="held"/>, whose people asked the counts do not hold).
    /// </summary>
    public static IReadOnlyList<ResultsQuestion> Build(SurveyDefinition survey, SurveyTally tally, int suppressBelow, IReadOnlyDictionary<string, IReadOnlySet<string>>? hidden = null, IReadOnlyCollection<string>? held = null)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(tally);
        var groups = survey.GroupQuestion?.Options ?? [];
        var built = new Dictionary<string, ResultsQuestion>(StringComparer.Ordinal);
        bool Shown(string question, string group) =>
            built.TryGetValue(question, out var figures) && figures.Rows.FirstOrDefault(row => row.Group == group) is { Suppressed: false };
        foreach (var question in SnapshotPolicy.Published(survey))
        {
            Func<string, long?> asked = held?.Contains(question.Id) == true ? _ => null : group => AskedFigures.Shown(survey, question, tally, group, Shown);
            built[question.Id] = Question(survey, question, question.IsGroup ? [] : groups, tally, suppressBelow, hidden?.GetValueOrDefault(question.Id), asked);
        }

        return [.. built.Values];
    }

    private static ResultsQuestion Question(SurveyDefinition survey, SurveyQuestion question, IReadOnlyList<SurveyOption> groups, SurveyTally tally, int suppressBelow, IReadOnlySet<string>? hiding, Func<string, long?> asked)
    {
        var agreeing = Proportion.AgreeingOptions(question);
        var everyone = tally.Of(question.Id, string.Empty, string.Empty);
        var groupTotals = groups.Select(group => tally.Of(question.Id, string.Empty, group.Id)).ToList();
        var (everyoneHidden, groupsHidden) = Suppression.Of(survey, question, tally, suppressBelow, hiding);

        var rows = new List<ResultsRow> { Row(question, agreeing, Everyone, string.Empty, everyone, everyoneHidden, tally, suppressBelow, asked) };
        for (var i = 0; i < groups.Count; i++)
        {
            rows.Add(Row(question, agreeing, groups[i].Label, groups[i].Id, groupTotals[i], groupsHidden[i], tally, suppressBelow, asked));
        }

        return new ResultsQuestion
        {
            Id = question.Id,
            Text = question.Text,
            IsAgreement = question.Type == SurveyQuestionType.Agreement,
            IsFriendsAndFamily = question.Type == SurveyQuestionType.FriendsAndFamily,
            AllowsSeveral = question.Type == SurveyQuestionType.Multiple,
            Options = question.Options.Select(option => option.Label).ToList(),
            Rows = rows,
            AskedOf = AskedFigures.Words(survey, question),
            ChartDescription = Describe(question, rows),
            Headline = Headline(question, rows[0]),
        };
    }

    private static ResultsRow Row(SurveyQuestion question, IReadOnlyList<string> agreeing, string label, string group, long total, bool hidden, SurveyTally tally, int suppressBelow, Func<string, long?> askedOf)
    {
        if (hidden)
        {
            return new ResultsRow
            {
                Group = group,
                Label = label,
                Responses = total,
                Suppressed = true,
                NotShown = Suppression.NotShown,
                Words = $"{label}: not shown, {Suppression.Why}.",
            };
        }

        if (total == 0)
        {
            return new ResultsRow { Group = group, Label = label, Responses = 0, Suppressed = false, Words = $"{label}: no responses." };
        }

        var shares = question.Options.Select(option => Share(tally.Of(question.Id, option.Id, group), total)).ToList();
        var agree = agreeing.Count == 0 ? null : Share(agreeing.Sum(option => tally.Of(question.Id, option, group)), total);
        var asked = askedOf(group) is { } people && people >= total ? people : (long?)null;
        var words = agree is not null
            ? $"{label}{(asked is null ? string.Empty : $" ({AskedWords(asked)[2..]})")}: {new Proportion((int)agree.Count, (int)total).Describe("agree", suppressBelow)}"
            : $"{label} ({total} responses{AskedWords(asked)}): " + string.Join("; ", question.Options.Select((option, i) => $"{option.Label} {shares[i].Percent} ({shares[i].Interval})")) + ".";
        var (positive, negative) = FriendsAndFamilyResults.Of(question, tally, group, total, suppressBelow);
        words = positive is null || negative is null ? words : $"{words} {FriendsAndFamilyResults.Words(positive, negative)}";
        return new ResultsRow { Group = group, Label = label, Responses = total, Asked = asked, Suppressed = false, Shares = shares, Agree = agree, Positive = positive, Negative = negative, Words = words };
    }

    private static string AskedWords(long? asked) => asked is { } people ? $", {people} {(people == 1 ? "person" : "people")} asked" : string.Empty;

    internal static ResultsShare Share(long count, long total)
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
                : row.Suppressed ? $"{row.Label} not shown, {Suppression.Why}" : $"{row.Label} no responses");
            return string.Create(CultureInfo.InvariantCulture, $"Bar chart of the share who agree with \"{question.Text}\": {string.Join("; ", parts)}.");
        }

        var everyone = rows[0];
        if (everyone.Suppressed || everyone.Responses == 0)
        {
            return everyone.Suppressed ? $"No chart: everyone's answers to \"{question.Text}\" are not shown, {Suppression.Why}." : $"No chart: nobody answered \"{question.Text}\".";
        }

        return $"Bar chart of everyone's answers to \"{question.Text}\": " + string.Join("; ", question.Options.Select((option, i) => $"{option.Label} {everyone.Shares[i].Percent}")) + ".";
    }
}
