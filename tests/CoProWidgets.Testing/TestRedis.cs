using StackExchange.Redis;

namespace CoProWidgets.Testing;

/// <summary>
/// A key prefix of its own on the Redis server that the README's test command starts (its address in
/// COPRO_TEST_REDIS), so tests sharing the server never share a key; its keys are deleted at the end. A test needing
/// Redis fails, never skips, without it.
/// </summary>
public sealed class TestRedis : IAsyncDisposable
{
    private readonly ConnectionMultiplexer _connection;

    private TestRedis(ConnectionMultiplexer connection) => _connection = connection;

    public static string Server =>
        Environment.GetEnvironmentVariable("COPRO_TEST_REDIS") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("COPRO_TEST_REDIS is not set. Run the tests with ./test.sh, which starts a Redis server, or set it to a server's address, for example '127.0.0.1:6379'.");

    public string KeyPrefix { get; } = $"copro-test-{Guid.NewGuid():N}:";

    /// <summary>The settings that point CoProWidgets at this Redis, under this prefix.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("ConnectionStrings:Redis", Server), new("CoProWidgets:Redis:KeyPrefix", KeyPrefix)];

    public IDatabase Database => _connection.GetDatabase();

    public static async Task<TestRedis> CreateAsync() => new(await ConnectionMultiplexer.ConnectAsync(Server));

    /// <summary>The keys under this prefix now.</summary>
    public async Task<List<string>> KeysAsync()
    {
        var keys = new List<string>();
        foreach (var server in _connection.GetServers())
        {
            await foreach (var key in server.KeysAsync(pattern: KeyPrefix + "*"))
            {
                keys.Add(key.ToString());
            }
        }

        return keys;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var key in await KeysAsync())
        {
            await Database.KeyDeleteAsync(key);
        }

        await _connection.DisposeAsync();
    }
}
