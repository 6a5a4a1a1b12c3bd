using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using CoProWidgets.Content;
using Microsoft.Extensions.Hosting;

namespace CoProWidgets.Rendering;

/// <summary>
/// The one cache of what widgets are made of: the HTML of widgets whose output depends only on what they were
/// rendered from (principles panels, outcomes, the outcomes list for given filters, results for given figures) and the
/// outcomes feed, each under one <see cref="WidgetKey"/>. An entry is served while no content file it was made from has
/// changed and the other things it was made from (a published snapshot, a status, an address) are the same ones; that
/// is the one way an entry goes out of date. An entry made from content files alone is written without invoking its
/// view component at all (<see cref="TryReplay"/>). Forms, with their per-visitor tokens, are never kept.
/// </summary>
/// <remarks>
/// Bounded: keys are made only of validated names, known arguments and filter values, and once
/// <see cref="MaxEntries"/> are held, further renderings are not kept. Off in Development, where a host's overriding
/// view can change while the site runs.
/// </remarks>
internal sealed class WidgetCache(IHostEnvironment environment)
{
    public const int MaxEntries = 1000;

    /// <summary>How many request paths a widget whose links carry its page's path (the outcomes list) is kept for.</summary>
    public const int MaxPaths = 50;

    private readonly ConcurrentDictionary<string, byte> _paths = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<WidgetKey, Entry> _entries = new();

    public bool Enabled { get; } = !environment.IsDevelopment();

    public int Count => _entries.Count;

    /// <summary>How many entries can be written without invoking their view component: those made from content alone.</summary>
    public int Replays => _entries.Count(pair => pair.Value.Sources.ContentOnly);

    /// <summary>What was kept for <paramref name="key"/>, if it was made from the same <paramref name="sources"/>, still current.</summary>
    public bool TryGet<T>(WidgetKey key, WidgetSources sources, [NotNullWhen(true)] out T? output)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(sources);

        // A staff preview renders text that is not the file: neither read from nor written to the cache.
        output = !ContentStore.IsPreviewing && _entries.TryGetValue(key, out var entry) && entry.Sources.SameAs(sources) && !entry.Sources.ContentChanged
            ? entry.Output as T
            : null;
        return output is not null;
    }

    /// <summary>
    /// The HTML kept for a widget called exactly this way, when it was made from content files alone and none of them
    /// has changed since: it can be written without invoking the view component.
    /// </summary>
    public RenderedHtml? TryReplay(WidgetKey key) =>
        !ContentStore.IsPreviewing && _entries.TryGetValue(key, out var entry) && entry.Sources.ContentOnly && !entry.Sources.ContentChanged
            ? entry.Output as RenderedHtml
            : null;

    /// <summary>Keeps what was made for <paramref name="key"/> from <paramref name="sources"/>, room permitting.</summary>
    public void Set(WidgetKey key, WidgetSources sources, object output)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(output);
        if (!ContentStore.IsPreviewing && (_entries.Count < MaxEntries || _entries.ContainsKey(key)))
        {
            _entries[key] = new Entry(sources, output);
        }
    }

    /// <summary>
    /// Whether a widget rendered on <paramref name="path"/> may be kept: the first <see cref="MaxPaths"/> paths are,
    /// no others, so whoever makes up addresses (a host's catch-all route) cannot fill the cache with one entry each.
    /// </summary>
    public bool AdmitsPath(string path) =>
        _paths.ContainsKey(path) || (_paths.Count < MaxPaths && _paths.TryAdd(path, 0)) || _paths.ContainsKey(path);

    private sealed record Entry(WidgetSources Sources, object Output);
}
