using CoProWidgets.Rendering;
using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Outcomes;

/// <summary>
/// When each outcome was last seen to change status, as recorded in the database, held in memory for the Atom feed.
/// The outcome notifier reads it again after every look at the outcomes (when a file changes, and every
/// <see cref="CoProOutcomesOptions.CheckInterval"/>), so a change recorded by another server sharing the database
/// arrives with this server's next look. Read again with the same times, the held map is kept, and with it the feed.
/// </summary>
internal sealed class OutcomeChangeLog(CoProDbContextFactory contexts)
{
    private volatile IReadOnlyDictionary<string, DateTime>? _seen;

    public async ValueTask<IReadOnlyDictionary<string, DateTime>> GetAsync(CancellationToken cancellationToken = default) =>
        _seen ?? await RefreshAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<string, DateTime>> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var fresh = (await db.OutcomeChanges.AsNoTracking().Select(change => new { change.Outcome, change.SeenAt }).ToListAsync(cancellationToken))
            .GroupBy(change => change.Outcome, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Max(change => change.SeenAt), StringComparer.Ordinal);
        var held = _seen;
        if (held is not null && held.Count == fresh.Count && fresh.All(pair => held.TryGetValue(pair.Key, out var seen) && seen == pair.Value))
        {
            return held;
        }

        _seen = fresh;
        return fresh;
    }
}

/// <summary>The Atom feed's bytes, with what they were made from; bounded to one feed.</summary>
internal sealed class OutcomeFeedCache
{
    private volatile Entry? _entry;

    public byte[]? TryGet(object[] sources) =>
        _entry is { } entry && WidgetHtmlCache.SameSources(sources, entry.Sources) ? entry.Feed : null;

    public void Set(object[] sources, byte[] feed) => _entry = new Entry(sources, feed);

    private sealed record Entry(object[] Sources, byte[] Feed);
}
