using CoProWidgets.Http;
using StackExchange.Redis;

namespace CoProWidgets.Storage;

/// <summary>
/// Tells the other servers sharing the database, through Redis when it is configured, that something held per survey
/// (<see cref="HeldPerSurvey{T}"/>) changed here: a snapshot published or withdrawn, a quote decided. They read it again
/// at once instead of within <see cref="HeldPerSurvey.OtherServersWithin"/>. Without Redis, or while it is away, nothing
/// is told and that time holds, as it always did: the telling is a shortcut, never what correctness rests on.
/// </summary>
internal sealed class OtherServers(RedisConnection redis)
{
    // A server hears what it tells too; it has already forgotten, so it skips its own.
    private readonly string _self = Guid.NewGuid().ToString("N");

    /// <summary>Calls <paramref name="changed"/> with the survey's name whenever another server tells of a change.</summary>
    public void Listen(string topic, Action<string> changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        if (redis.Configured)
        {
            _ = SubscribeAsync(topic, changed);
        }
    }

    /// <summary>Tells the other servers that <paramref name="survey"/> changed; returns at once and never fails.</summary>
    public void Tell(string topic, string survey)
    {
        if (redis.Configured)
        {
            _ = PublishAsync(topic, survey);
        }
    }

    private RedisChannel Channel(string topic) => RedisChannel.Literal($"{redis.KeyPrefix}changed/{topic}");

    private async Task SubscribeAsync(string topic, Action<string> changed)
    {
        try
        {
            // Kept by the client and made again whenever it reconnects, even if Redis is away now.
            var subscriber = await redis.SubscriberAsync();
            await subscriber!.SubscribeAsync(Channel(topic), (_, message) =>
            {
                var text = message.ToString();
                var bar = text.IndexOf('|', StringComparison.Ordinal);
                if (bar > 0 && !text.AsSpan(0, bar).SequenceEqual(_self))
                {
                    changed(text[(bar + 1)..]);
                }
            });
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
        }
    }

    private async Task PublishAsync(string topic, string survey)
    {
        try
        {
            if (await redis.DatabaseAsync() is { } database)
            {
                await database.PublishAsync(Channel(topic), $"{_self}|{survey}");
            }
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
        }
    }
}
