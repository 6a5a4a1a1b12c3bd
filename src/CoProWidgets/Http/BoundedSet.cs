using System.Collections.Concurrent;

namespace CoProWidgets.Http;

/// <summary>
/// Remembers up to a fixed number of keys, to say a thing once (a log line at Warning) however often it happens.
/// When full it remembers nothing more, so whoever chooses the keys (a request's origin, say) cannot grow it: every
/// key it cannot hold counts as already seen.
/// </summary>
internal sealed class BoundedSet(int capacity)
{
    private readonly ConcurrentDictionary<string, byte> _keys = new(StringComparer.Ordinal);

    /// <summary>True the first time a key is added while there is room; false for a key seen before or once full.</summary>
    public bool Add(string key) => _keys.Count < capacity && _keys.TryAdd(key, 0);
}
