using CoProWidgets.Surveys;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// Turns a survey's counts into the figures people see: for each choice question (equality questions are never
/// published), the share giving each answer overall and in each respondent group, with confidence intervals, and the
/// rows that rest on too few responses suppressed.
/// </summary>
internal static class ResultsBuilder
{
    /// <summary>
    /// The figures of every published question, hiding the rows the usual suppression hides and, for each question,
    /// the group rows the snapshot hid as well (<paramref name="hidden"/>, from <see cref="SnapshotPolicy"/>). A question
    /// asked on a condition says of whom, and how many where that number may be shown (<see cref="AskedFigures"/>; never
    /// for a question kept at earlier figures, <paramref name="held"/>, whose people asked the counts do not hold).
    /// The words are <paramref name="words"/>' (by default the library's own, in the current culture).
    /// </summary>
    public static IReadOnlyList<ResultsQuestion> Build(SurveyDefinition survey, SurveyTally tally, int suppressBelow, IReadOnlyDictionary<string, IReadOnlySet<string>>? hidden = null, IReadOnlyCollection<string>? held = null, ResultsWords? words = null)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(tally);
        words ??= ResultsWords.Library;
        var groups = survey.GroupQuestion?.Options ?? [];
        var built = new Dictionary<string, ResultsQuestion>(StringComparer.Ordinal);
        bool Shown(string question, string group) =>
            built.TryGetValue(question, out var figures) && figures.Rows.FirstOrDefault(row => row.Group == group) is { Suppressed: false };
        foreach (var question in SnapshotPolicy.Published(survey))
        {
            Func<string, long?> asked = held?.Contains(question.Id) == true ? _ => null : group => AskedFigures.Shown(survey, question, tally, group, Shown);
            built[question.Id] = Question(survey, question, question.IsGroup ? [] : groups, tally, suppressBelow, hidden?.GetValueOrDefault(question.Id), asked, words);
        }

        return [.. built.Values];
    }

    private static ResultsQuestion Question(SurveyDefinition survey, SurveyQuestion question, IReadOnlyList<SurveyOption> groups, SurveyTally tally, int suppressBelow, IReadOnlySet<string>? hiding, Func<string, long?> asked, ResultsWords words)
    {
        var agreeing = Proportion.AgreeingOptions(question);
        var everyone = tally.Of(question.Id, string.Empty, string.Empty);
        var groupTotals = groups.Select(group => tally.Of(question.Id, string.Empty, group.Id)).ToList();
        var (everyoneHidden, groupsHidden) = Suppression.Of(survey, question, tally, suppressBelow, hiding);

        var rows = new List<ResultsRow> { Row(question, agreeing, words.Everyone, string.Empty, everyone, everyoneHidden, tally, suppressBelow, asked, words) };
        for (var i = 0; i < groups.Count; i++)
        {
            rows.Add(Row(question, agreeing, groups[i].Label, groups[i].Id, groupTotals[i], groupsHidden[i], tally, suppressBelow, asked, words));
        }

        return new ResultsQuestion
        {
            Id = question.Id,
            Text = question.Text,
            IsAgreement = question.Type == SurveyQuestionType.Agreement,
            IsFriendsAndFamily = question.Type == SurveyQuestionType.FriendsAndFamily,
            AllowsSeveral = question.Type == SurveyQuestionType.Multiple,
            Options = question.Options.Select(SurveyWords.Label).ToList(),
            Rows = rows,
            AskedOf = AskedFigures.Words(survey, question, words),
            ChartDescription = Describe(question, rows, words),
            Headline = Headline(question, rows[0], words),
        };
    }

    private static ResultsRow Row(SurveyQuestion question, IReadOnlyList<string> agreeing, string label, string group, long total, bool hidden, SurveyTally tally, int suppressBelow, Func<string, long?> askedOf, ResultsWords words)
    {
        if (hidden)
        {
            return new ResultsRow
            {
                Group = group,
                Label = label,
                Responses = total,
                Suppressed = true,
                NotShown = words.NotShown,
                Words = words["Row.NotShownWords", label],
            };
        }

        if (total == 0)
        {
            return new ResultsRow { Group = group, Label = label, Responses = 0, Suppressed = false, Words = words["Row.NoResponsesWords", label] };
        }

        var shares = question.Options.Select(option => Share(tally.Of(question.Id, option.Id, group), total, words)).ToList();
        var agree = agreeing.Count == 0 ? null : Share(agreeing.Sum(option => tally.Of(question.Id, option, group)), total, words);
        var asked = askedOf(group) is { } people && people >= total ? people : (long?)null;
        var text = agree is not null
            ? AgreeWords(label, asked, new Proportion((int)agree.Count, (int)total).Describe(words["Figure.AgreeVerb"], suppressBelow, words), words)
            : ChoiceWords(label, total, asked, string.Join(words.Separator, question.Options.Select((option, i) => words["Row.Option", SurveyWords.Label(option), shares[i].Percent, shares[i].Interval])), words);
        var (positive, negative) = FriendsAndFamilyResults.Of(question, tally, group, total, suppressBelow, words);
        text = positive is null || negative is null ? text : words["Words.TwoSentences", text, FriendsAndFamilyResults.Words(positive, negative, words)];
        return new ResultsRow { Group = group, Label = label, Responses = total, Asked = asked, Suppressed = false, Shares = shares, Agree = agree, Positive = positive, Negative = negative, Words = text };
    }

    private static string AgreeWords(string label, long? asked, string figure, ResultsWords words) => asked is { } people
        ? words[ResultsWords.Plural("Row.AgreeWordsAsked", people), label, ResultsWords.Count(people), figure]
        : words["Row.AgreeWords", label, figure];

    private static string ChoiceWords(string label, long total, long? asked, string figures, ResultsWords words) => asked is { } people
        ? words[ResultsWords.Plural("Row.ChoiceWordsAsked", people), label, ResultsWords.Count(total), ResultsWords.Count(people), figures]
        : words["Row.ChoiceWords", label, ResultsWords.Count(total), figures];

    internal static ResultsShare Share(long count, long total, ResultsWords words)
    {
        var proportion = new Proportion((int)count, (int)total);
        var (low, high) = proportion.Wilson95;
        return new ResultsShare { Count = count, Total = total, Value = proportion.Share, Low = low, High = high, Interval = words.Interval(low, high) };
    }

    /// <summary>
    /// Everyone's figure in words people read first: "About 4 in 10 people agreed." for a statement, the most chosen
    /// answer otherwise. Null when everyone's row is hidden or empty.
    /// </summary>
    internal static string? Headline(SurveyQuestion question, ResultsRow everyone, ResultsWords words)
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
                0 => words["Headline.FewerThanOneInTen"],
                10 => words["Headline.NearlyEveryone"],
                _ => words["Headline.AboutInTen", ResultsWords.Count(tenths)],
            };
        }

        var top = Enumerable.Range(0, question.Options.Count).MaxBy(i => everyone.Shares[i].Value);
        return words["Headline.MostCommon", SurveyWords.Label(question.Options[top]), everyone.Shares[top].Percent];
    }

    private static string Describe(SurveyQuestion question, List<ResultsRow> rows, ResultsWords words)
    {
        if (question.Type == SurveyQuestionType.Agreement)
        {
            var parts = rows.Select(row => row.Agree is { } agree
                ? words["Chart.AgreeRow", row.Label, agree.Percent, agree.Interval]
                : row.Suppressed ? words["Chart.RowNotShown", row.Label] : words["Chart.RowNoResponses", row.Label]);
            return words["Chart.Agreement", question.Text, string.Join(words.Separator, parts)];
        }

        var everyone = rows[0];
        if (everyone.Suppressed || everyone.Responses == 0)
        {
            return everyone.Suppressed ? words["Chart.NotShown", question.Text] : words["Chart.Nobody", question.Text];
        }

        return words["Chart.Everyone", question.Text, string.Join(words.Separator, question.Options.Select((option, i) => words["Chart.Option", SurveyWords.Label(option), everyone.Shares[i].Percent]))];
    }
}
