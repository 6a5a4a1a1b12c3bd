using CoProWidgets.Surveys;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// Who was asked a question that routing shows to some people only, in words made from its conditions, and how many
/// were asked. The people asked are the responses less those routing passed by (<see cref="SurveyService.NotAskedOption"/>).
/// A number of people asked is shown only where the public can already work it out from the same snapshot (every
/// group's count, or the shown answers to the one question the condition looks at): then it adds no equation to
/// what <see cref="DisclosureAudit"/> solves. Otherwise it would say how many people gave a combination of answers,
/// which no other figure says, so the words are shown without it.
/// </summary>
internal static class AskedFigures
{
    /// <summary>The <c>answer_id</c> of the results CSV's line saying who was asked; ':' is in no option id.</summary>
    public const string CsvAnswerId = ":asked";

    /// <summary>The conditions a question is asked on: its page's, then its own.</summary>
    public static IReadOnlyList<SurveyCondition> ConditionsOf(SurveyDefinition survey, SurveyQuestion question)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(question);
        return new[] { survey.PageDetails[question.Page].ShowIf, question.ShowIf }.OfType<SurveyCondition>().ToList();
    }

    /// <summary>Whether routing passes some people by this question.</summary>
    public static bool IsRouted(SurveyDefinition survey, SurveyQuestion question) => ConditionsOf(survey, question).Count > 0;

    /// <summary>
    /// "Asked of people who said “Yes” and in the group “Carer”", or null for a question everyone is asked. The
    /// conditions are joined by and and or as the survey file writes them, so each joining word is a resource.
    /// </summary>
    public static string? Words(SurveyDefinition survey, SurveyQuestion question, ResultsWords? words = null)
    {
        words ??= ResultsWords.Library;
        var conditions = ConditionsOf(survey, question);
        return conditions.Count == 0 ? null : words["Asked.Of", string.Join(words["Asked.AndOfThose"], conditions.Select(condition => Words(survey, condition, words)))];
    }

    private static string Words(SurveyDefinition survey, SurveyCondition condition, ResultsWords words) =>
        string.Join(words["Asked.Or"], condition.Choices.Select(choice => words["Asked.People", string.Join(words["Asked.And"], choice.Select(clause => Words(survey, clause, words)))]));

    private static string Words(SurveyDefinition survey, SurveyClause clause, ResultsWords words)
    {
        var earlier = survey.Find(clause.Question)!;
        var label = earlier.ShownLabelOf(clause.Option) ?? clause.Option;
        return (earlier.IsGroup, clause.WantsOption) switch
        {
            (true, true) => words["Asked.InGroup", label],
            (true, false) => words["Asked.NotInGroup", label],
            (false, true) => words["Asked.Said", label],
            _ => words["Asked.DidNotSay", label],
        };
    }

    /// <summary>How many people of a group (or everyone, for an empty group) were asked a question, by the counts.</summary>
    public static long Asked(SurveyTally tally, string question, string group)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return tally.Of(string.Empty, string.Empty, group) - tally.Of(question, SurveyService.NotAskedOption, group);
    }

    /// <summary>
    /// The number of people of <paramref name="group"/> asked <paramref name="question"/> that may be shown beside its
    /// figures, or null when the public could not already work it out from the same counts. <paramref name="shown"/>
    /// tells whether a question's row for a group is shown, for the questions built so far.
    /// </summary>
    public static long? Shown(SurveyDefinition survey, SurveyQuestion question, SurveyTally tally, string group, Func<string, string, bool> shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var conditions = ConditionsOf(survey, question);
        var clauses = conditions.SelectMany(condition => condition.Clauses).ToList();
        var asked = Asked(tally, question.Id, group);
        if (clauses.Count == 0 || asked <= 0)
        {
            return null;
        }

        long? known = null;
        if (survey.GroupQuestion is { } groupQuestion && !IsRouted(survey, groupQuestion) && clauses.All(clause => clause.Question == groupQuestion.Id))
        {
            known = FromGroups(survey, groupQuestion, conditions, tally, group);
        }
        else if (clauses is [var only] && survey.Find(only.Question) is { IsGroup: false } earlier && !IsRouted(survey, earlier) && shown(earlier.Id, group))
        {
            var chose = tally.Of(earlier.Id, only.Option, group);
            known = only.WantsOption ? chose : tally.Of(string.Empty, string.Empty, group) - chose;
        }

        // Equal to what anyone can work out: publishing it tells nothing new. Otherwise (figures held from an earlier
        // snapshot, or a condition on several answers) it is left out.
        return known == asked ? asked : null;
    }

    // Everyone answers the group question (it is not routed), so whether a person is asked follows from their group.
    private static long FromGroups(SurveyDefinition survey, SurveyQuestion groupQuestion, IReadOnlyList<SurveyCondition> conditions, SurveyTally tally, string group)
    {
        bool Met(string? chosen) => conditions.All(condition => condition.Choices.Any(choice => choice.All(clause => (chosen == clause.Option) == clause.WantsOption)));
        var groups = groupQuestion.Options.Select(option => option.Id).ToList();
        if (group.Length > 0)
        {
            return Met(group) ? tally.Of(string.Empty, string.Empty, group) : 0;
        }

        var inGroups = groups.Sum(g => tally.Of(string.Empty, string.Empty, g));
        return groups.Where(g => Met(g)).Sum(g => tally.Of(string.Empty, string.Empty, g)) + (Met(null) ? tally.Responses - inGroups : 0);
    }
}
