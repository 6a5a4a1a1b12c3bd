using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Rendering;

/// <summary>
/// What a kept widget (or feed) was made from: the change tokens of the content files it read, and anything else
/// (a published snapshot, a status, an address), compared as the same object or an equal value.
/// </summary>
/// <param name="Content">A token for each content file read, which fires when the file changes.</param>
/// <param name="Other">Everything else it was made from; none for output made from content files alone.</param>
internal sealed record WidgetSources(IReadOnlyList<IChangeToken> Content, object?[] Other)
{
    /// <summary>Whether it was made from content files alone, so whether it is current can be known without the widget.</summary>
    public bool ContentOnly => Other.Length == 0;

    /// <summary>Whether a content file it was made from has changed since.</summary>
    public bool ContentChanged => Content.Any(token => token.HasChanged);

    /// <summary>Whether the other sources are the same: the same objects or equal values, in the same order.</summary>
    public bool SameAs(WidgetSources kept)
    {
        ArgumentNullException.ThrowIfNull(kept);
        return Other.Length == kept.Other.Length && Other.Select((source, i) => ReferenceEquals(source, kept.Other[i]) || Equals(source, kept.Other[i])).All(same => same);
    }
}
