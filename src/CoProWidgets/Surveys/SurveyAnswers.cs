using System.Text.Json;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Http;

namespace CoProWidgets.Surveys;

/// <summary>
/// A respondent's answers so far, by question id: option ids for choice questions, one text for free text. They travel
/// in the form from page to page (hidden fields for the pages not shown), so nothing is kept on the server or in a
/// cookie until the response is submitted.
/// </summary>
internal sealed class SurveyAnswers
{
    /// <summary>The prefix of every answer's field name, so answers never collide with the form's own fields.</summary>
    public const string FieldPrefix = "q-";

    private readonly Dictionary<string, IReadOnlyList<string>> _answers;

    private SurveyAnswers(Dictionary<string, IReadOnlyList<string>> answers) => _answers = answers;

    public static SurveyAnswers Empty => new(new(StringComparer.Ordinal));

    public IReadOnlyDictionary<string, IReadOnlyList<string>> All => _answers;

    public IReadOnlyList<string> Of(string questionId) => _answers.TryGetValue(questionId, out var values) ? values : [];

    public string? TextOf(string questionId)
    {
        var values = Of(questionId);
        return values.Count > 0 ? values[0] : null;
    }

    public bool Has(string questionId, string value) => Of(questionId).Contains(value, StringComparer.Ordinal);

    /// <summary>The answers posted for the survey's questions; fields for unknown questions are ignored.</summary>
    public static SurveyAnswers Read(IFormCollection form, SurveyDefinition survey)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(survey);
        var answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var question in survey.Questions)
        {
            if (SurveyAnswerChecks.Read(form, question) is { } own)
            {
                if (own.Count > 0)
                {
                    answers[question.Id] = own;
                }

                continue;
            }

            var values = form[FieldPrefix + question.Id]
                .Select(value => question.Type == SurveyQuestionType.Text ? value?.ReplaceLineEndings("\n").Trim() : value?.Trim())
                .Where(value => !string.IsNullOrEmpty(value))
                .Select(value => value!)
                .Distinct(StringComparer.Ordinal)
                .Take(SurveyParser.MaxOptions + 1)
                .ToList();
            if (values.Count > 0)
            {
                answers[question.Id] = values;
            }
        }

        // Words typed for "other" go when "other" is no longer chosen: nobody checks or stores what they took back.
        foreach (var question in survey.Questions.Where(question => question.OtherFor is not null))
        {
            if (!answers.TryGetValue(question.OtherFor!, out var chosen) || !chosen.Contains(SurveyQuestionKinds.OtherId, StringComparer.Ordinal))
            {
                answers.Remove(question.Id);
            }
        }

        return new SurveyAnswers(answers);
    }

    /// <summary>The problems with the answers to the questions on one page, in the order of the questions.</summary>
    public IReadOnlyList<FormError> Validate(IEnumerable<SurveyQuestion> questions)
    {
        var errors = new List<FormError>();
        foreach (var question in questions)
        {
            var field = FieldPrefix + question.Id;
            var values = Of(question.Id);
            if (SurveyAnswerChecks.Check(this, question, field) is { } problem)
            {
                errors.Add(problem);
                continue;
            }

            if (values.Count == 0)
            {
                if (question.Required)
                {
                    var key = question.Type switch
                    {
                        SurveyQuestionType.Agreement => "Errors.Required.Agreement",
                        SurveyQuestionType.Multiple => "Errors.Required.Multiple",
                        SurveyQuestionType.Text => "Errors.Required.Text",
                        SurveyQuestionType.Number => "Errors.Required.Number",
                        SurveyQuestionType.Date => "Errors.Required.Date",
                        _ => "Errors.Required.Single",
                    };
                    errors.Add(new(field, SurveyWords.Get(key, Short(question.ShownText))));
                }

                continue;
            }

            if (question.Type is SurveyQuestionType.Number or SurveyQuestionType.Date)
            {
                continue;
            }

            if (question.Type == SurveyQuestionType.Text)
            {
                var text = values[0];
                if (values.Count > 1 || text.Length > question.MaxLength)
                {
                    errors.Add(new(field, SurveyWords.Get("Errors.TooLong", question.MaxLength, Short(question.ShownText))));
                }
                else if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\t')))
                {
                    errors.Add(new(field, SurveyWords.Get("Errors.SpecialCharacters", Short(question.ShownText))));
                }

                continue;
            }

            if (values.Any(value => question.LabelOf(value) is null)
                || (question.Type != SurveyQuestionType.Multiple && values.Count > 1))
            {
                errors.Add(new(field, SurveyWords.Get("Errors.NotInList", Short(question.ShownText))));
            }
        }

        return errors;
    }

    public string ToJson() => JsonSerializer.Serialize(_answers);

    /// <summary>These answers less those to <paramref name="questions"/>.</summary>
    public SurveyAnswers Without(IReadOnlySet<string> questions) =>
        new(_answers.Where(pair => !questions.Contains(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal));

    public static SurveyAnswers FromJson(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, List<string>>>(json)?.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value, StringComparer.Ordinal)
            ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal));

    internal static string Short(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77).TrimEnd(), "...");
}
