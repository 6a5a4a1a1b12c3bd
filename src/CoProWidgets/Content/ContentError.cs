namespace CoProWidgets.Content;

/// <summary>A problem in a content file, with the file (relative to the content folder) and the 1-based line.</summary>
/// <param name="File">The file's path relative to the content folder, with forward slashes.</param>
/// <param name="Line">The 1-based line the problem is on, or 0 when it concerns the whole file.</param>
/// <param name="Message">What is wrong and how to fix it, in words a content editor can act on.</param>
public sealed record ContentError(string File, int Line, string Message)
{
    /// <summary>Formats the error as <c>file:line: message</c>, the form editors and build tools recognise.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
