namespace CoProWidgets.Surveys;

/// <summary>
/// What each step of a survey is called, in the browser's title and the step's heading, as GOV.UK services name their
/// pages: "Page 2 of 3: How you would like to be involved - Having a say in your care", so a screen reader hears that
/// the page changed. Pages are counted over those this person is shown with the answers so far, so the count may
/// change as answers do.
/// </summary>
internal static class SurveyTitles
{
    private const int LongestQuestionAsName = 80;

    /// <summary>The page's own name: its <c>title:</c>, else its question when it asks one short question, else "Questions" (in the visitor's language).</summary>
    public static string PageName(SurveyDefinition survey, SurveyRoute route, int page)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(route);
        return survey.PageDetails[page].Title
            ?? (route.On(page) is [var only] && only.ShownText.Length <= LongestQuestionAsName ? only.ShownText : SurveyWords.Get("Step.Questions"));
    }

    /// <summary>"Page 2 of 3", counted over the pages shown to this person.</summary>
    public static (int Number, int Count) Position(SurveyRoute route, int page)
    {
        ArgumentNullException.ThrowIfNull(route);
        var pages = route.Pages;
        var at = pages.ToList().IndexOf(page);
        return at < 0 ? (page + 1, Math.Max(pages.Count, page + 1)) : (at + 1, pages.Count);
    }

    /// <summary>The browser's title for a step, with "Error: " first when it shows problems.</summary>
    public static string Of(SurveyDefinition survey, SurveyMove move, SurveyAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(move);
        var title = move.Step switch
        {
            SurveyStep.Questions => $"{Heading(survey, survey.Route(answers), move.Page)} - {survey.Title}",
            SurveyStep.Check => $"{SurveyWords.Get("Check.Title")} - {survey.Title}",
            _ => survey.Title,
        };
        return move.Errors.Count > 0 ? SurveyWords.Get("Title.Error", title) : title;
    }

    /// <summary>The page's name with its place: "Page 2 of 3: How you would like to be involved".</summary>
    public static string Heading(SurveyDefinition survey, SurveyRoute route, int page)
    {
        var (number, count) = Position(route, page);
        var name = PageName(survey, route, page);
        return count > 1 ? SurveyWords.Get("Title.Page", number, count, name) : name;
    }
}
