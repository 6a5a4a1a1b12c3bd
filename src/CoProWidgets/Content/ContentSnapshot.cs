using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Content;

/// <summary>
/// What the content store holds for one file: the last version that parsed, and the error in the file as it
/// is now, if any. Both can be set: the file broke after a good version was read. <see cref="BrokenSince"/> is when
/// this server first saw the file broken (UTC), kept while it stays broken, however often it is edited.
/// </summary>
internal sealed record ContentSnapshot<T>(T? Value, ContentError? Error)
    where T : class
{
    public DateTime? BrokenSince { get; init; }

    /// <summary>The file it was read from: the path asked for, or the variant of it chosen for the request.</summary>
    public string? File { get; init; }

    /// <summary>
    /// Fires when the file changes, so what was made from this snapshot is out of date; a snapshot not read from a
    /// watched file (a missing file, a preview) counts as changed already.
    /// </summary>
    public IChangeToken Changes { get; init; } = ContentStore.AlwaysChanged.Instance;
}
