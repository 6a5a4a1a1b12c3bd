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
/// Bounded: keys are made of validated names, arguments held to their ranges and filter values; past
/// <see cref="MaxEntries"/> entries, those whose content changed go first, then those used least recently, so made-up
/// requests can push out only each other and what nobody asks for. Entries made on a request path (the outcomes list,
/// whose links carry it) are kept for the <see cref="MaxPaths"/> paths used most recently. Each server keeps its own:
/// what an entry is checked against is read from this server's content files and, at most
/// <see cref="Storage.HeldPerSurvey.OtherServersWithin"/> old, from the shared database. Off in Development, where a
/// host's overriding view can change while the site runs.
/// </remarks>
internal sealed class WidgetCache(IHostEnvironment environment)
{
    public const int MaxEntries = 1000;

    /// <summary>How many request paths a widget whose links carry its page's path (the outcomes list) is kept for.</summary>
    public const int MaxPaths = 50;

    private readonly ConcurrentDictionary<WidgetKey, Entry> _entries = new();
    private readonly ConcurrentDictionary<string, long> _paths = new(StringComparer.Ordinal);
    private readonly Lock _evicting = new();
    private long _clock;

    public bool Enabled { get; } = !environment.IsDevelopment();

    public int Count => _entries.Count;

    /// <summary>How many paths entries are kept for now.</summary>
    public int Paths => _paths.Count;

    /// <summary>How many entries can be written without invoking their view component: those made from content alone.</summary>
    public int Replays => _entries.Count(pair => pair.Value.Sources.ContentOnly);

    /// <summary>What was kept for <paramref name="key"/>, if it was made from the same <paramref name="sources"/>, still current.</summary>
    public bool TryGet<T>(WidgetKey key, WidgetSources sources, [NotNullWhen(true)] out T? output)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(sources);

        // A staff preview renders text that is not the file: neither read from nor written to the cache.
        output = !ContentStore.IsPreviewing && _entries.TryGetValue(key, out var entry) && entry.Sources.SameAs(sources) && !entry.Sources.ContentChanged
            ? Used(key, entry).Output as T
            : null;
        return output is not null;
    }

    /// <summary>
    /// The HTML kept for a widget called exactly this way, when it was made from content files alone and none of them
    /// has changed since: it can be written without invoking the view component.
    /// </summary>
    public RenderedHtml? TryReplay(WidgetKey key) =>
        !ContentStore.IsPreviewing && _entries.TryGetValue(key, out var entry) && entry.Sources.ContentOnly && !entry.Sources.ContentChanged
            ? Used(key, entry).Output as RenderedHtml
            : null;

    /// <summary>Keeps what was made for <paramref name="key"/> from <paramref name="sources"/>, making room if need be.</summary>
    public void Set(WidgetKey key, WidgetSources sources, object output)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(output);
        if (ContentStore.IsPreviewing)
        {
            return;
        }

        var now = Interlocked.Increment(ref _clock);
        _entries[key] = new Entry(sources, output) { LastUsed = now };
        if (key.Path is { } path)
        {
            _paths[path] = now;
        }

        if (_entries.Count > MaxEntries || _paths.Count > MaxPaths)
        {
            lock (_evicting)
            {
                MakeRoom();
            }
        }
    }

    private Entry Used(WidgetKey key, Entry entry)
    {
        var now = Interlocked.Increment(ref _clock);
        entry.LastUsed = now;
        if (key.Path is { } path && _paths.ContainsKey(path))
        {
            _paths[path] = now;
        }

        return entry;
    }

    private void MakeRoom()
    {
        while (_paths.Count > MaxPaths)
        {
            var oldest = _paths.MinBy(pair => pair.Value).Key;
            _paths.TryRemove(oldest, out _);
            foreach (var key in _entries.Keys.Where(key => key.Path == oldest))
            {
                _entries.TryRemove(key, out _);
            }
        }

        if (_entries.Count > MaxEntries)
        {
            foreach (var (key, _) in _entries.Where(pair => pair.Value.Sources.ContentChanged))
            {
                _entries.TryRemove(key, out _);
            }
        }

        while (_entries.Count > MaxEntries)
        {
            _entries.TryRemove(_entries.MinBy(pair => pair.Value.LastUsed).Key, out _);
        }
    }

    private sealed class Entry(WidgetSources sources, object output)
    {
        private long _lastUsed;

        public WidgetSources Sources { get; } = sources;

        public object Output { get; } = output;

        public long LastUsed
        {
            get => Volatile.Read(ref _lastUsed);
            set => Volatile.Write(ref _lastUsed, value);
        }
    }
}
