using CoProWidgets.Content;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// The messages of the content errors in get-involved.md, in <c>Resources/GetInvolved/GetInvolvedErrorText.resx</c>
/// and its translations.
/// </summary>
internal sealed class GetInvolvedErrorText
{
    private GetInvolvedErrorText()
    {
    }

    public static ContentMessage Of(string key, params object?[] arguments) => new(typeof(GetInvolvedErrorText), key, arguments);
}
