namespace CoProWidgets.Surveys;

/// <summary>
/// A question's conditions in words staff read while entering a paper, phone or event response: the questions and
/// options by what they say, not by their ids ("Asked only when the answer to 'Which of these describes you best?' is
/// 'I care for someone who uses services'.").
/// </summary>
internal static class SurveyConditionWords
{
    /// <summary>When a question is asked, its page's condition and its own together; null when it is always asked.</summary>
    public static string? AskedWhen(SurveyDefinition survey, SurveyQuestion question)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(question);
        var parts = new[] { survey.PageDetails[question.Page].ShowIf, question.ShowIf }
            .OfType<SurveyCondition>()
            .Select(condition => Describe(survey, condition))
            .ToList();
        return parts.Count == 0 ? null : $"Asked only when {string.Join(", and when ", parts)}.";
    }

    /// <summary>Why a question was not asked, for a form sent with answers that skip it.</summary>
    public static string Skipped(string askedWhen) =>
        $"Not asked with the answers entered, so any answer here is not stored. {askedWhen}";

    private static string Describe(SurveyDefinition survey, SurveyCondition condition) =>
        string.Join(", or when ", condition.Choices.Select(choice => string.Join(" and ", choice.Select(clause => Clause(survey, clause)))));

    private static string Clause(SurveyDefinition survey, SurveyClause clause)
    {
        var question = survey.Questions.FirstOrDefault(question => question.Id == clause.Question);
        var label = question?.LabelOf(clause.Option) ?? clause.Option;
        return $"the answer to '{question?.Text ?? clause.Question}' {SurveyClause.Words(clause.Test)} '{label}'";
    }
}
