using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Http;

namespace CoProWidgets.Surveys;

/// <summary>
/// Reading and checking the answers of the types that are more than a list or a text: a number, a date typed in three
/// boxes, and the text box of an "other" option. Error messages follow GOV.UK's: what is wrong and how to put it right.
/// </summary>
internal static class SurveyAnswerChecks
{
    /// <summary>A number or date question's answer as posted; null for the other types, which are read as they are.</summary>
    public static IReadOnlyList<string>? Read(IFormCollection form, SurveyQuestion question)
    {
        var field = SurveyAnswers.FieldPrefix + question.Id;
        if (question.Type == SurveyQuestionType.Number)
        {
            var text = form[field].FirstOrDefault()?.Trim() ?? string.Empty;
            return text.Length == 0 ? [] : [SurveyNumberRange.Parse(text) is { } number ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : Bounded(text)];
        }

        if (question.Type != SurveyQuestionType.Date)
        {
            return null;
        }

        if (SurveyDateBounds.Parts.Any(part => form.ContainsKey($"{field}-{part}")))
        {
            var parts = SurveyDateBounds.Parts.Select(part => Bounded(form[$"{field}-{part}"].FirstOrDefault()?.Trim() ?? string.Empty)).ToList();
            return SurveyDateBounds.FromParts(parts[0], parts[1], parts[2]);
        }

        // Carried from another page: the date, or (after "Back" from a page with a mistake) the three parts typed.
        var carried = form[field].Select(value => Bounded(value?.Trim() ?? string.Empty)).ToList();
        return carried.Count is 1 or 3 ? carried : [];
    }

    /// <summary>The problem with the answer, or null when there is none or the usual checks apply.</summary>
    public static FormError? Check(SurveyAnswers answers, SurveyQuestion question, string field)
    {
        var values = answers.Of(question.Id);
        if (question.OtherFor is { } parent && values.Count == 0 && answers.Has(parent, SurveyQuestionKinds.OtherId))
        {
            return new(field, SurveyWords.Get("Errors.OtherMissing", SurveyAnswers.Short(question.ShownText)));
        }

        if (values.Count == 0)
        {
            return null;
        }

        if (question.Type == SurveyQuestionType.Number && question.Range is { } range)
        {
            var text = values[0];
            var message = SurveyNumberRange.Parse(text) is not { } number
                ? SurveyWords.Get(SurveyNumberRange.IsDecimal(text) ? "Errors.WholeNumber" : "Errors.NotNumber")
                : (range.Min, range.Max) switch
                {
                    ({ } min, { } max) when number < min || number > max => SurveyWords.Get("Errors.NumberBetween", min, max),
                    ({ } min, null) when number < min => SurveyWords.Get("Errors.NumberMin", min),
                    (null, { } max) when number > max => SurveyWords.Get("Errors.NumberMax", max),
                    _ => null,
                };
            return message is null ? null : new(field, SurveyWords.Get("Errors.WithQuestion", message, SurveyAnswers.Short(question.ShownText)));
        }

        if (question.Type == SurveyQuestionType.Date && question.Dates is { } dates && dates.Check(values) is var (problem, part, _))
        {
            return new(part.Length == 0 ? field : $"{field}-{part}", SurveyWords.Get("Errors.WithQuestion", problem, SurveyAnswers.Short(question.ShownText)));
        }

        return null;
    }

    /// <summary>Typed parts are shown again, never stored unchecked; a page of them is still cut to a sane length.</summary>
    private static string Bounded(string text) => text.Length <= 50 ? text : text[..50];
}
