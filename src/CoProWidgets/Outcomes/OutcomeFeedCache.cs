using CoProWidgets.Rendering;

namespace CoProWidgets.Outcomes;

/// <summary>The Atom feed's bytes, with what they were made from; bounded to one feed.</summary>
internal sealed class OutcomeFeedCache
{
    private volatile Entry? _entry;

    public byte[]? TryGet(object[] sources) =>
        _entry is { } entry && WidgetHtmlCache.SameSources(sources, entry.Sources) ? entry.Feed : null;

    public void Set(object[] sources, byte[] feed) => _entry = new Entry(sources, feed);

    private sealed record Entry(object[] Sources, byte[] Feed);
}
