using CoProWidgets.Content;

namespace CoProWidgets.Outcomes;

/// <summary>
/// The messages of the content errors in outcome files, in <c>Resources/Outcomes/OutcomeErrorText.resx</c> and its
/// translations.
/// </summary>
internal sealed class OutcomeErrorText
{
    private OutcomeErrorText()
    {
    }

    public static ContentMessage Of(string key, params object?[] arguments) => new(typeof(OutcomeErrorText), key, arguments);
}
