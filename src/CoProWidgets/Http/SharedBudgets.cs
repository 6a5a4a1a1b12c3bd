using StackExchange.Redis;

namespace CoProWidgets.Http;

/// <summary>
/// The form budgets in Redis, so that several servers behind one address give a client one budget between them: the
/// same token bucket <see cref="FormRateLimit"/> keeps in memory, spent by one Lua script that reads, refills and takes
/// a post at once (Redis runs a script alone), on Redis's own clock, so servers whose clocks differ still agree. A
/// bucket expires once it would have refilled, so Redis holds only the clients active now.
/// </summary>
internal sealed class SharedBudgets(RedisConnection redis)
{
    // KEYS[1]: the bucket. ARGV[1]: its size; ARGV[2]: milliseconds to refill one post. Returns 0 when a post was
    // taken, otherwise the milliseconds until one will be there.
    private const string Script = """
        local limit = tonumber(ARGV[1])
        local period = tonumber(ARGV[2])
        local clock = redis.call('TIME')
        local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
        local held = redis.call('HMGET', KEYS[1], 'tokens', 'at')
        local tokens = tonumber(held[1]) or limit
        local at = tonumber(held[2]) or now
        local refilled = math.floor((now - at) / period)
        if refilled > 0 then
          tokens = tokens + refilled
          at = at + refilled * period
        end
        if tokens >= limit then
          tokens = limit
          at = now
        end
        local wait = 0
        if tokens >= 1 then
          tokens = tokens - 1
        else
          wait = at + period - now
        end
        redis.call('HSET', KEYS[1], 'tokens', tokens, 'at', at)
        redis.call('PEXPIRE', KEYS[1], (limit - tokens) * period + 1000)
        return wait
        """;

    public bool Configured => redis.Configured;

    /// <summary>Starts connecting to Redis, if it is configured.</summary>
    public void Start() => redis.Start();

    /// <summary>
    /// The key of one client's bucket for one kind of post. After the prefix comes '/', which no prefix holds, before
    /// any ':' (an IPv6 address has some): so no key under one prefix is also a key under a longer one.
    /// </summary>
    public string Key(FormBudget budget, string client) => $"{redis.KeyPrefix}rate/{budget}/{client}";

    /// <summary>
    /// Takes one post from the client's shared budget: zero when it may go ahead, otherwise how long until it may; null
    /// when Redis cannot answer now.
    /// </summary>
    public async ValueTask<TimeSpan?> TryAcquireAsync(FormBudget budget, string client, CoProRateLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        var period = Math.Max(1, (long)(limit.Window.TotalMilliseconds / limit.PermitLimit));
        try
        {
            if (await redis.DatabaseAsync() is not { } database)
            {
                return null;
            }

            var wait = (long)await database.ScriptEvaluateAsync(Script, [Key(budget, client)], [limit.PermitLimit, period]);
            return TimeSpan.FromMilliseconds(wait);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return null;
        }
    }
}
