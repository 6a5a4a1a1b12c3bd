using CoProWidgets.Surveys;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// The Friends and Family Test as NHS England reports it: the percentage positive ("very good" and "good") and the
/// percentage negative ("poor" and "very poor"), each of all who answered, "don't know" included. They are worked
/// out from a row's counts only when the row is shown, so they add nothing a reader could not already work out; and
/// never from fewer responses than the suppression threshold.
/// </summary>
internal static class FriendsAndFamilyResults
{
    public static (ResultsShare? Positive, ResultsShare? Negative) Of(SurveyQuestion question, SurveyTally tally, string group, long total, int suppressBelow, ResultsWords? words = null)
    {
        if (question.Type != SurveyQuestionType.FriendsAndFamily || total < suppressBelow || total == 0)
        {
            return (null, null);
        }

        long Sum(IEnumerable<string> options) => options.Sum(option => tally.Of(question.Id, option, group));
        words ??= ResultsWords.Library;
        return (ResultsBuilder.Share(Sum(SurveyQuestionKinds.Positive), total, words), ResultsBuilder.Share(Sum(SurveyQuestionKinds.Negative), total, words));
    }

    public static string Words(ResultsShare positive, ResultsShare negative, ResultsWords words) =>
        words["Fft.Words", positive.Percent, negative.Percent];
}
