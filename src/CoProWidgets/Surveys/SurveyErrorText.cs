using CoProWidgets.Content;

namespace CoProWidgets.Surveys;

/// <summary>
/// The messages of the content errors in survey files (questions, pages, routing, variants), in
/// <c>Resources/Surveys/SurveyErrorText.resx</c> and its translations.
/// </summary>
internal sealed class SurveyErrorText
{
    private SurveyErrorText()
    {
    }

    public static ContentMessage Of(string key, params object?[] arguments) => new(typeof(SurveyErrorText), key, arguments);
}
