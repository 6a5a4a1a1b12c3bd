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

    /// <summary>
    /// The key of a question's count of the people not asked it (routing passed them by), overall and per group. It
    /// starts with ':', which no option id can (ids are letters, digits, '-' and '_'). Not-asked rather than asked is
    /// counted so that a survey file edited mid-way stays right: people who answered before a question had a
    /// condition were asked it, and people passed by before a condition was taken out were not, so the people asked
    /// are always the responses less this count.
    /// </summary>
    internal const string NotAskedOption = ":not-asked";

    /// <summary>The respondent group the answers chose (the survey's <c>group: yes</c> question), if any.</summary>
    private static string? GroupOf(SurveyDefinition survey, SurveyAnswers answers) =>
        survey.GroupQuestion is { } groupQuestion ? answers.TextOf(groupQuestion.Id) : null;

    /// <summary>
    /// The counts one response adds to: the survey's own count of responses (empty question and option); for each
    /// choice question it answered, the question's base (empty option) and each chosen option; for each choice question
    /// the person was not asked, its <see cref="NotAskedOption"/>; each of them overall (empty group) and again within
    /// the respondent's group, if they gave one. A question answered counts as asked whatever the survey file now says,
    /// so a response removed after the file changed takes away what it added, as far as the file still allows.
    /// </summary>
    internal static IEnumerable<(string Question, string Option, string Group)> Counted(SurveyDefinition survey, SurveyAnswers answers)
    {
        var group = GroupOf(survey, answers);
        yield return (string.Empty, string.Empty, string.Empty);
        if (group is not null)
        {
            yield return (string.Empty, string.Empty, group);
        }

        var asked = survey.IsRouted ? survey.Route(answers).Asked : null;
        foreach (var question in survey.Questions.Where(question => question.HasOptions))
        {
            var values = question.CountedOptions(answers.Of(question.Id)).ToList();
            if (values.Count == 0)
            {
                if (asked is not null && !asked.Contains(question.Id))
                {
                    yield return (question.Id, NotAskedOption, string.Empty);
                    if (group is not null)
                    {
                        yield return (question.Id, NotAskedOption, group);
                    }
                }

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
