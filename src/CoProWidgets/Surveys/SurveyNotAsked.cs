namespace CoProWidgets.Surveys;

/// <summary>
/// Which questions a stored response was not asked, to tell "not asked" (routing passed the person by) from "not
/// answered" (they were asked and left it) wherever staff read responses. Worked out from the survey file as it is
/// now; a question the response answered was asked, whatever the file now says, so an edit made mid-way never hides
/// an answer given.
/// </summary>
internal static class SurveyNotAsked
{
    /// <summary>What the responses CSV holds for a question the person was not asked: data, the same in every language.</summary>
    public const string CsvValue = "Not asked";

    /// <summary>What staff pages show for a question the person was not asked, in the language shown.</summary>
    public static string Words => SurveyWords.Get("Answer.NotAsked");

    /// <summary>The ids of the questions the answers were not asked; none for a survey without routing.</summary>
    public static IReadOnlySet<string> Of(SurveyDefinition survey, SurveyAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(answers);
        if (!survey.IsRouted)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var asked = survey.Route(answers).Asked;
        return survey.Questions.Where(question => !asked.Contains(question.Id) && answers.Of(question.Id).Count == 0)
            .Select(question => question.Id).ToHashSet(StringComparer.Ordinal);
    }
}
