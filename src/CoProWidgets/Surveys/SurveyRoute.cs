namespace CoProWidgets.Surveys;

/// <summary>
/// Which questions one person is asked, given their answers so far. Conditions look only at earlier pages, so one pass
/// in order decides every question, and answers to a question not asked never count: the same rule serves the pages a
/// person is shown, check your answers, what is stored and what is counted.
/// </summary>
internal sealed class SurveyRoute
{
    private readonly SurveyDefinition _survey;
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    public SurveyRoute(SurveyDefinition survey, SurveyAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(answers);
        _survey = survey;
        for (var page = 0; page < survey.Pages.Count; page++)
        {
            if (survey.PageDetails[page].ShowIf is { } pageCondition && !pageCondition.IsMet(_asked, answers))
            {
                continue;
            }

            foreach (var question in survey.Pages[page])
            {
                if (question.ShowIf?.IsMet(_asked, answers) ?? true)
                {
                    _asked.Add(question.Id);
                }
            }
        }

        Answers = answers.Without(survey.Questions.Where(question => !_asked.Contains(question.Id)).Select(question => question.Id).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The ids of the questions this person is asked.</summary>
    public IReadOnlySet<string> Asked => _asked;

    /// <summary>The answers less any to a question not asked: all that may be shown back, stored or counted.</summary>
    public SurveyAnswers Answers { get; }

    public bool IsAsked(SurveyQuestion question) => _asked.Contains(question.Id);

    /// <summary>The questions asked on a page, in order; none when the page is skipped.</summary>
    public IReadOnlyList<SurveyQuestion> On(int page) => _survey.Pages[page].Where(IsAsked).ToList();

    public bool IsShown(int page) => page >= 0 && page < _survey.Pages.Count && _survey.Pages[page].Any(IsAsked);

    /// <summary>The pages this person is shown, in order (never empty: the first page always has its questions).</summary>
    public IReadOnlyList<int> Pages => Enumerable.Range(0, _survey.Pages.Count).Where(IsShown).ToList();

    /// <summary>The next page shown after <paramref name="page"/>, or null when it is the last.</summary>
    public int? After(int page) => Enumerable.Range(page + 1, Math.Max(_survey.Pages.Count - page - 1, 0)).Cast<int?>().FirstOrDefault(IsShownAt);

    /// <summary>The page shown before <paramref name="page"/>, or null when it is the first.</summary>
    public int? Before(int page) => Enumerable.Range(0, Math.Clamp(page, 0, _survey.Pages.Count)).Reverse().Cast<int?>().FirstOrDefault(IsShownAt);

    /// <summary>The first page shown with a required question asked and not answered, or null when every one is.</summary>
    public int? FirstUnanswered() =>
        Pages.Cast<int?>().FirstOrDefault(page => On(page!.Value).Any(question => question.Required && Answers.Of(question.Id).Count == 0));

    private bool IsShownAt(int? page) => page is { } index && IsShown(index);
}
