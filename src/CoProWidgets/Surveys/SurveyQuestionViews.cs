using System.Globalization;
using CoProWidgets.Rendering;

namespace CoProWidgets.Surveys;

/// <summary>
/// Questions as the survey widget and the staff entry form show them, with their answers and errors: the text box of
/// an "other" option goes inside its question, under that option, rather than after it. And answers as check your
/// answers shows them.
/// </summary>
internal static class SurveyQuestionViews
{
    /// <param name="id">The widget's or form's id, the start of every field's id.</param>
    /// <param name="questions">The questions to show, in order.</param>
    /// <param name="answers">The answers so far.</param>
    /// <param name="errors">The problems with them.</param>
    /// <param name="focus">The id of the question "Change" opened, which takes the focus; or null.</param>
    /// <param name="condition">When each question is asked, in words, for staff entering answers; or null.</param>
    public static List<SurveyQuestionViewModel> Of(string id, IEnumerable<SurveyQuestion> questions, SurveyAnswers answers, IReadOnlyList<FormError> errors, string? focus = null, Func<SurveyQuestion, string?>? condition = null)
    {
        var list = questions.ToList();
        return list.Where(question => question.OtherFor is null)
            .Select(question => Question(id, question, answers, errors, list.FirstOrDefault(other => other.OtherFor == question.Id), question.Id == focus, condition?.Invoke(question)))
            .ToList();
    }

    /// <summary>Every question asked but the text boxes of "other" options, which are in their question's answer.</summary>
    public static List<SurveySummaryRow> Summary(SurveyDefinition survey, SurveyRoute route) =>
        survey.Questions.Where(question => question.OtherFor is null && route.IsAsked(question))
            .Select(question => new SurveySummaryRow(question.ShownText, Describe(question, route.Answers), question.Page + 1) { Change = SurveyChangeAction.Of(question) })
            .ToList();

    /// <summary>An answer in words, with the words written for "other" in place of its label.</summary>
    public static string Describe(SurveyQuestion question, SurveyAnswers answers)
    {
        var values = answers.Of(question.Id);
        if (question.Other is not { } other || answers.TextOf(question.Id + SurveyQuestion.OtherSuffix) is not { } written)
        {
            return question.Describe(values);
        }

        return string.Join(", ", values.Select(value => value == other.Id ? $"{other.Label}: {written}" : question.ShownLabelOf(value) ?? value));
    }

    private static SurveyQuestionViewModel Question(string id, SurveyQuestion question, SurveyAnswers answers, IReadOnlyList<FormError> errors, SurveyQuestion? other, bool focus = false, string? condition = null)
    {
        var field = SurveyAnswers.FieldPrefix + question.Id;
        var error = errors.FirstOrDefault(error => error.Field == field
            || (question.Type == SurveyQuestionType.Date && SurveyDateBounds.Parts.Any(part => error.Field == $"{field}-{part}")));
        var values = answers.Of(question.Id);
        return new()
        {
            Focus = focus,
            Condition = condition,
            FieldId = $"{id}-{field}",
            FieldName = field,
            Text = question.ShownText,
            Input = question.Type switch
            {
                SurveyQuestionType.Text => SurveyInput.Text,
                SurveyQuestionType.Multiple => SurveyInput.AnyOf,
                SurveyQuestionType.Number => SurveyInput.Number,
                SurveyQuestionType.Date => SurveyInput.Date,
                _ => SurveyInput.OneOf,
            },
            Required = question.Required,
            Help = question.Help,
            Options = question.Options.Select(option => new SurveyChoice(option.Id, SurveyWords.Label(option), answers.Has(question.Id, option.Id))).ToList(),
            Value = question.Type is SurveyQuestionType.Text or SurveyQuestionType.Number ? answers.TextOf(question.Id) : null,
            MaxLength = question.MaxLength,
            Error = error?.Message,
            TypeHint = Hint(question),
            DateParts = question.Type == SurveyQuestionType.Date ? SurveyDateBounds.Typed(values) : [],
            ErrorParts = error is not null && question.Dates?.Check(values) is var (_, _, parts) ? parts : [],
            OtherValue = question.Other?.Id,
            Other = other is null ? null : WithLabel(Question(id, other, answers, errors, null)),
        };
    }

    private static SurveyQuestionViewModel WithLabel(SurveyQuestionViewModel box) => new()
    {
        FieldId = box.FieldId,
        FieldName = box.FieldName,
        Text = SurveyWords.Get("Question.OtherLabel"),
        Input = SurveyInput.Text,
        Required = true,
        Value = box.Value,
        MaxLength = box.MaxLength,
        Error = box.Error,
    };

    /// <summary>What the type asks for, in words: a number's range, an example date.</summary>
    private static string? Hint(SurveyQuestion question) => question.Type switch
    {
        SurveyQuestionType.Number => question.Range switch
        {
            { Min: { } min, Max: { } max } => SurveyWords.Get("Hint.NumberBetween", N(min), N(max)),
            { Min: { } min } => SurveyWords.Get("Hint.NumberMin", N(min)),
            { Max: { } max } => SurveyWords.Get("Hint.NumberMax", N(max)),
            _ => SurveyWords.Get("Hint.Number"),
        },
        SurveyQuestionType.Date => SurveyWords.Get("Hint.Date"),
        _ => null,
    };

    private static string N(long number) => number.ToString(CultureInfo.InvariantCulture);
}
