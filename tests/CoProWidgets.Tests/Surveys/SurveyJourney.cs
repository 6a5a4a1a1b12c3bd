using CoProWidgets.Surveys;

namespace CoProWidgets.Tests.Surveys;

/// <summary>
/// A person at a survey's form, as the browser and the widget see them: the step shown, the questions on it, and the
/// answers the form carries. Each press goes through <see cref="SurveyFlow"/>, the core of the real form handler, and
/// what is shown is worked out as the view component does.
/// </summary>
internal sealed class SurveyJourney(SurveyDefinition survey)
{
    public SurveyStep Step { get; private set; } = SurveyStep.Questions;

    public int Page { get; private set; } = survey.Route(SurveyAnswers.Empty).Pages[0];

    /// <summary>What the form carries: only answers to questions asked, as the widget renders them.</summary>
    public SurveyAnswers Answers { get; private set; } = SurveyAnswers.Empty;

    public SurveyChanging? Changing { get; private set; }

    public string? Focus { get; private set; }

    public int Errors { get; private set; }

    /// <summary>The questions on the page shown.</summary>
    public IReadOnlyList<SurveyQuestion> Shown => survey.Route(Answers).On(Page);

    /// <summary>The questions check your answers lists.</summary>
    public IReadOnlyList<SurveyQuestion> Summary => survey.Questions.Where(survey.Route(Answers).IsAsked).ToList();

    /// <summary>Presses a button with these answers on the page shown (the other pages' answers travel as they were).</summary>
    public SurveyMove Press(string action, IReadOnlyDictionary<string, IReadOnlyList<string>>? onPage = null)
    {
        var here = Step == SurveyStep.Questions ? Shown.Select(question => question.Id).ToHashSet(StringComparer.Ordinal) : [];
        var posted = Answers.All.Where(pair => !here.Contains(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        foreach (var (id, values) in onPage ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            if (values.Count > 0)
            {
                posted[id] = values;
            }
        }

        var answers = Of(posted);
        var move = SurveyFlow.Move(survey, answers, Page, action, Changing);
        var route = survey.Route(answers);
        Step = move.Step;
        Page = move.Page;
        Changing = move.Changing;
        Focus = move.Focus;
        Errors = move.Errors.Count;
        Answers = route.Answers;
        return move;
    }

    public static SurveyAnswers Of(IReadOnlyDictionary<string, IReadOnlyList<string>> answers) =>
        SurveyAnswers.FromJson(System.Text.Json.JsonSerializer.Serialize(answers));
}
