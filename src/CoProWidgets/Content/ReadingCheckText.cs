namespace CoProWidgets.Content;

/// <summary>
/// The words of the content check shown to editors on the staff content and preview pages, in
/// <c>Resources/Content/ReadingCheckText.resx</c> and its translations.
/// </summary>
internal sealed class ReadingCheckText;
