namespace CoProWidgets.Content;

/// <summary>
/// The messages of the content errors the shared readers give (front matter, settings, pictures, sizes, names), in
/// <c>Resources/Content/ContentErrorText.resx</c> and its translations.
/// </summary>
internal sealed class ContentErrorText
{
    private ContentErrorText()
    {
    }

    public static ContentMessage Of(string key, params object?[] arguments) => new(typeof(ContentErrorText), key, arguments);
}
