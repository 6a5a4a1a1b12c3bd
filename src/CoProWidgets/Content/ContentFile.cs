namespace CoProWidgets.Content;

/// <summary>The text of one content file and its path relative to the content folder.</summary>
internal sealed record ContentFile(string Path, string Text)
{
    public ContentException Error(int line, ContentMessage message) => new(new ContentError(Path, line, message));
}
