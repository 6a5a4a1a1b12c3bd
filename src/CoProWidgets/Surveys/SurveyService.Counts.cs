using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Surveys;

/// <summary>The running counts the results are read from, which every stored, excluded, included or deleted response moves.</summary>
internal sealed partial class SurveyService
{
    /// <summary>
    /// Adds one response's answers to the running counts (<paramref name="delta"/> 1) or takes them away (-1). The
    /// same statements on SQLite (3.24 or later) and PostgreSQL.
    /// </summary>
    private static async Task ChangeCountsAsync(CoProDbContext db, SurveyDefinition survey, SurveyAnswers answers, int delta, CancellationToken cancellationToken)
    {
        foreach (var (question, option, group) in Counted(survey, answers))
        {
            if (delta > 0)
            {
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""INSERT INTO copro_survey_counts ("Survey", "Question", "Option", "Group", "Count") VALUES ({survey.Name}, {question}, {option}, {group}, 1) ON CONFLICT ("Survey", "Question", "Option", "Group") DO UPDATE SET "Count" = copro_survey_counts."Count" + 1""",
                    cancellationToken);
            }
            else
            {
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""UPDATE copro_survey_counts SET "Count" = "Count" - 1 WHERE "Survey" = {survey.Name} AND "Question" = {question} AND "Option" = {option} AND "Group" = {group} AND "Count" > 0""",
                    cancellationToken);
            }
        }
    }

    /// <summary>The key of the survey's count of removed responses: empty question and group.</summary>
    internal const string RemovedOption = "removed";

    private static Task<int> CountRemovalAsync(CoProDbContext db, string survey, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO copro_survey_counts ("Survey", "Question", "Option", "Group", "Count") VALUES ({survey}, '', {RemovedOption}, '', 1) ON CONFLICT ("Survey", "Question", "Option", "Group") DO UPDATE SET "Count" = copro_survey_counts."Count" + 1""",
            cancellationToken);

    /// <summary>The respondent group the answers chose (the survey's <c>group: yes</c> question), if any.</summary>
    private static string? GroupOf(SurveyDefinition survey, SurveyAnswers answers) =>
        survey.GroupQuestion is { } groupQuestion ? answers.TextOf(groupQuestion.Id) : null;

    /// <summary>
    /// The counts one response adds to: the survey's own count of responses (empty question and option); for each
    /// choice question it answered, the question's base (empty option) and each chosen option; each of them overall
    /// (empty group) and again within the respondent's group, if they gave one.
    /// </summary>
    internal static IEnumerable<(string Question, string Option, string Group)> Counted(SurveyDefinition survey, SurveyAnswers answers)
    {
        var group = GroupOf(survey, answers);
        yield return (string.Empty, string.Empty, string.Empty);
        if (group is not null)
        {
            yield return (string.Empty, string.Empty, group);
        }

        foreach (var question in survey.Questions.Where(question => question.HasOptions))
        {
            var values = question.CountedOptions(answers.Of(question.Id)).ToList();
            if (values.Count == 0)
            {
                continue;
            }

            foreach (var option in values.Prepend(string.Empty))
            {
                yield return (question.Id, option, string.Empty);
                if (group is not null)
                {
                    yield return (question.Id, option, group);
                }
            }
        }
    }
}
