namespace CoProWidgets.Content;

/// <summary>A problem in a content file, with the file (relative to the content folder) and the 1-based line.</summary>
/// <param name="File">The file's path relative to the content folder, with forward slashes.</param>
/// <param name="Line">The 1-based line the problem is on, or 0 when it concerns the whole file.</param>
/// <param name="Message">What is wrong and how to fix it, in words a content editor can act on, in British English (as logged).</param>
public sealed record ContentError(string File, int Line, string Message)
{
    internal ContentError(string file, int line, ContentMessage message)
        : this(file, line, message.English) => Words = message;

    /// <summary>
    /// <see cref="Message"/> in the language of <see cref="System.Globalization.CultureInfo.CurrentUICulture"/> when the
    /// library has it in that language; otherwise <see cref="Message"/>.
    /// </summary>
    public string LocalisedMessage => Words?.Localised() ?? Message;

    /// <summary>The message's key and arguments, for the pages that show it in the reader's language.</summary>
    internal ContentMessage? Words { get; init; }

    /// <summary>Formats the error as <c>file:line: message</c>, the form editors and build tools recognise.</summary>
    public override string ToString() => Format(Message);

    /// <summary>Formats the error as <see cref="ToString"/> does, with <see cref="LocalisedMessage"/>: for pages shown to editors.</summary>
    public string ToLocalisedString() => Format(LocalisedMessage);

    /// <summary>Whether two errors name the same file, line and message: how they were made to be translated is no part of it.</summary>
    public bool Equals(ContentError? other) =>
        other is not null && File == other.File && Line == other.Line && Message == other.Message;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(File, Line, Message);

    private string Format(string message) => Line > 0 ? $"{File}:{Line}: {message}" : $"{File}: {message}";
}
