using System.Collections.Concurrent;

namespace CoProWidgets.Storage;

/// <summary>
/// A value per survey read from the database and held in memory, to be read again once it is older than
/// <see cref="HeldPerSurvey.OtherServersWithin"/> (so what another server sharing the database stored or published
/// shows within that time) or at once after a change on this server, or on any server when they tell each other
/// through Redis (<see cref="OtherServers"/>). One entry per survey file whose results were shown: bounded by the
/// content, not by visitors.
/// </summary>
/// <typeparam name="T">What is held.</typeparam>
internal sealed class HeldPerSurvey<T>
{
    private readonly ConcurrentDictionary<string, Held> _held = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly OtherServers? _otherServers;
    private readonly string _topic = string.Empty;

    public HeldPerSurvey(TimeProvider time) => _time = time;

    /// <summary>Held values that other servers are told of when they change here, and that they tell of in turn.</summary>
    public HeldPerSurvey(TimeProvider time, OtherServers otherServers, string topic)
        : this(time)
    {
        ArgumentNullException.ThrowIfNull(otherServers);
        (_otherServers, _topic) = (otherServers, topic);
        otherServers.Listen(topic, Forget);
    }

    /// <summary>What is held for the survey, and whether it was read recently enough to use as it is.</summary>
    public (T? Value, bool Fresh) Get(string survey) =>
        _held.TryGetValue(survey, out var held) ? (held.Value, _time.GetUtcNow() - held.ReadAt < HeldPerSurvey.OtherServersWithin) : (default, false);

    /// <summary>Holds what was just read (or stored) for the survey.</summary>
    public void Hold(string survey, T value) => _held[survey] = new Held(value, _time.GetUtcNow());

    /// <summary>Forgets what is held for a survey, after a change on this server.</summary>
    public void Forget(string survey) => _held.TryRemove(survey, out _);

    /// <summary>Forgets what is held for a survey after a change here, and has the other servers forget it too.</summary>
    public void Changed(string survey)
    {
        Forget(survey);
        _otherServers?.Tell(_topic, survey);
    }

    /// <summary>Holds what was just stored for the survey, and has the other servers forget what they hold.</summary>
    public void Changed(string survey, T value)
    {
        Hold(survey, value);
        _otherServers?.Tell(_topic, survey);
    }

    private sealed record Held(T Value, DateTimeOffset ReadAt);
}

/// <summary>How long what <see cref="HeldPerSurvey{T}"/> holds is used before it is read again.</summary>
internal static class HeldPerSurvey
{
    /// <summary>How soon a change on another server sharing the database (a response, a snapshot, a quote) shows here.</summary>
    public static readonly TimeSpan OtherServersWithin = TimeSpan.FromSeconds(10);
}
