namespace CoProWidgets.Content;

/// <summary>Thrown by a content parser when a file cannot be used; carries the file-and-line error.</summary>
internal sealed class ContentException(ContentError error) : Exception(error.ToString())
{
    public ContentError Error { get; } = error;
}
