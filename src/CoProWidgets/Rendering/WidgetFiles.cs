using CoProWidgets.Content;

namespace CoProWidgets.Rendering;

/// <summary>
/// The content files a widget owns, as the staff content and preview pages see them: what they are called, which exist,
/// where each lives and its state now. Inside a <see cref="ContentStore.Preview"/> scope for a path, the state is
/// the previewed text's.
/// </summary>
/// <param name="Label">The kind of file, as editors choose it ("Survey (surveys folder)"), in the language shown.</param>
/// <param name="Names">The names of the files there are now; for a widget that takes no name, one null or none.</param>
/// <param name="PathOf">The path in the content folder of the file with a name (null for a widget that takes none).</param>
/// <param name="Check">The state of the file with a name as it is parsed now.</param>
internal sealed record WidgetFiles(string Label, Func<IEnumerable<string?>> Names, Func<string?, string> PathOf, Func<string?, ContentState> Check);

/// <summary>One content file's state: its error now, if any, whether visitors still see a good version, the checklist.</summary>
/// <param name="Error">What is wrong with it (file:line), or null when it is good.</param>
/// <param name="HasGoodVersion">Whether a version that parsed is still shown.</param>
/// <param name="BrokenSince">When this server first saw it broken (UTC), while it is.</param>
/// <param name="Warnings">The communication checklist's warnings.</param>
internal sealed record ContentState(ContentError? Error, bool HasGoodVersion, DateTime? BrokenSince, IReadOnlyList<string> Warnings)
{
    /// <summary>The state of a parsed file, with the checklist's warnings its good version carries.</summary>
    public static ContentState Of<T>(ContentSnapshot<T> snapshot, Func<T, IReadOnlyList<string>>? warnings = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new(
            snapshot.Error,
            snapshot.Value is not null,
            snapshot.Error is null ? null : snapshot.BrokenSince,
            snapshot.Value is { } value && warnings is not null ? warnings(value) : []);
    }
}
