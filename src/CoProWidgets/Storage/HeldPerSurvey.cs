using System.Collections.Concurrent;

namespace CoProWidgets.Storage;

/// <summary>
/// A value per survey read from the database and held in memory, to be read again once it is older than
/// <see cref="HeldPerSurvey.OtherServersWithin"/> (so what another server sharing the database stored or published
/// shows within that time) or at once after a change on this server. One entry per survey file whose results were
/// shown: bounded by the content, not by visitors.
/// </summary>
/// <typeparam name="T">What is held.</typeparam>
internal sealed class HeldPerSurvey<T>(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Held> _held = new(StringComparer.Ordinal);

    /// <summary>What is held for the survey, and whether it was read recently enough to use as it is.</summary>
    public (T? Value, bool Fresh) Get(string survey) =>
        _held.TryGetValue(survey, out var held) ? (held.Value, time.GetUtcNow() - held.ReadAt < HeldPerSurvey.OtherServersWithin) : (default, false);

    /// <summary>Holds what was just read (or stored) for the survey.</summary>
    public void Hold(string survey, T value) => _held[survey] = new Held(value, time.GetUtcNow());

    /// <summary>Forgets what is held for a survey, after a change on this server.</summary>
    public void Forget(string survey) => _held.TryRemove(survey, out _);

    private sealed record Held(T Value, DateTimeOffset ReadAt);
}

/// <summary>How long what <see cref="HeldPerSurvey{T}"/> holds is used before it is read again.</summary>
internal static class HeldPerSurvey
{
    /// <summary>How soon a change on another server sharing the database (a response, a snapshot, a quote) shows here.</summary>
    public static readonly TimeSpan OtherServersWithin = TimeSpan.FromSeconds(10);
}
