using CoProWidgets.Content;

namespace CoProWidgets.Principles;

/// <summary>
/// The messages of the content errors in principles files, in
/// <c>Resources/Principles/PrinciplesErrorText.resx</c> and its translations.
/// </summary>
internal sealed class PrinciplesErrorText
{
    private PrinciplesErrorText()
    {
    }

    public static ContentMessage Of(string key, params object?[] arguments) => new(typeof(PrinciplesErrorText), key, arguments);
}
