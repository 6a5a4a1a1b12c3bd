using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CoProWidgets.Http;

/// <summary>
/// The one connection to Redis when <c>ConnectionStrings:Redis</c> is set, started as soon as something needs it.
/// The client reconnects by itself after an outage; meanwhile commands fail at once instead of waiting in a queue, so a
/// visitor's post never waits on Redis for longer than the first connection attempt.
/// </summary>
internal sealed class RedisConnection : IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>>? _connection;

    public RedisConnection(IConfiguration configuration, IOptions<CoProWidgetsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        KeyPrefix = options.Value.Redis.KeyPrefix;
        if (configuration.GetConnectionString(CoProRedisOptions.ConnectionStringName) is { Length: > 0 } setting)
        {
            var redis = ConfigurationOptions.Parse(setting);
            redis.AbortOnConnectFail = false;
            redis.BacklogPolicy = BacklogPolicy.FailFast;
            _connection = new(() => ConnectionMultiplexer.ConnectAsync(redis));
        }
    }

    /// <summary>Whether Redis is configured at all.</summary>
    public bool Configured => _connection is not null;

    /// <summary>What every key starts with (<see cref="CoProRedisOptions.KeyPrefix"/>).</summary>
    public string KeyPrefix { get; }

    /// <summary>Starts connecting, so the first post does not wait for it.</summary>
    public void Start() => _ = _connection?.Value;

    /// <summary>The database, or null when Redis is not configured or cannot be reached now.</summary>
    public async ValueTask<IDatabase?> DatabaseAsync()
    {
        if (_connection is null)
        {
            return null;
        }

        var connection = await _connection.Value;
        return connection.IsConnected ? connection.GetDatabase() : null;
    }

    /// <summary>The client's publish and subscribe side, or null when Redis is not configured.</summary>
    public async ValueTask<ISubscriber?> SubscriberAsync() => _connection is null ? null : (await _connection.Value).GetSubscriber();

    public async ValueTask DisposeAsync()
    {
        if (_connection is { IsValueCreated: true })
        {
            await (await _connection.Value).DisposeAsync();
        }
    }
}
