namespace CoProWidgets.Surveys;

/// <summary>
/// A question's conditions in words staff read while entering a paper, phone or event response: the questions and
/// options by what they say, not by their ids ("Asked only when the answer to 'Which of these describes you best?' is
/// 'I care for someone who uses services'."), in the language shown.
/// </summary>
internal static class SurveyConditionWords
{
    /// <summary>When a question is asked, its page's condition and its own together; null when it is always asked.</summary>
    public static string? AskedWhen(SurveyDefinition survey, SurveyQuestion question)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(question);
        var conditions = new[] { survey.PageDetails[question.Page].ShowIf, question.ShowIf }.OfType<SurveyCondition>().ToList();
        if (conditions.Count == 0)
        {
            return null;
        }

        // One clause, the usual case, is one whole sentence; several are joined by patterns a translator words whole.
        if (conditions is [{ Choices: [[var only]] }])
        {
            var (text, label) = Named(survey, only);
            return SurveyWords.Get("Condition.Only." + only.Test, text, label);
        }

        return SurveyWords.Get("Condition.AskedWhen", Join("Condition.AndWhen", conditions.Select(condition => Describe(survey, condition))));
    }

    /// <summary>Why a question was not asked, for a form sent with answers that skip it.</summary>
    public static string Skipped(string askedWhen) => SurveyWords.Get("Condition.Skipped", askedWhen);

    private static string Describe(SurveyDefinition survey, SurveyCondition condition) =>
        Join("Condition.Or", condition.Choices.Select(choice => Join("Condition.And", choice.Select(clause => Clause(survey, clause)))));

    private static string Clause(SurveyDefinition survey, SurveyClause clause)
    {
        var (text, label) = Named(survey, clause);
        return SurveyWords.Get("Condition.Clause." + clause.Test, text, label);
    }

    /// <summary>The question and the option a clause names, as people read them.</summary>
    private static (string Text, string Label) Named(SurveyDefinition survey, SurveyClause clause)
    {
        var question = survey.Questions.FirstOrDefault(question => question.Id == clause.Question);
        return (question?.ShownText ?? clause.Question, question?.ShownLabelOf(clause.Option) ?? clause.Option);
    }

    private static string Join(string pattern, IEnumerable<string> parts) =>
        parts.Aggregate((before, next) => SurveyWords.Get(pattern, before, next));
}
