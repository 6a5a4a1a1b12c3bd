using System.Net;
using CoProWidgets.Http;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoProWidgets.IntegrationTests.GetInvolved;

/// <summary>
/// Form budgets in Redis (ConnectionStrings:Redis): kept under the site's key prefix, expiring once full again, and,
/// while Redis cannot be reached, kept in the server's memory so that people's forms are still taken, which is said
/// once when it starts and once when Redis answers again.
/// </summary>
public sealed class SharedBudgetTests : IAsyncLifetime, IDisposable
{
    private readonly SampleSiteFactory _site = new();
    private TestRedis? _redis;

    public async Task InitializeAsync() => _redis = await TestRedis.CreateAsync();

    public async Task DisposeAsync() => await _redis!.DisposeAsync();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Budget_IsOneKeyUnderThePrefix_ThatExpiresOnceTheBucketWouldBeFullAgain()
    {
        UseRedis(_redis!.Settings);
        _site.Settings["CoProWidgets:RateLimits:Unsubscribes:PermitLimit"] = "2";
        _site.Settings["CoProWidgets:RateLimits:Unsubscribes:Window"] = "00:10:00";
        using var client = _site.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add(await UnsubscribeAsync(client));
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
        var key = Assert.Single(await _redis.KeysAsync());
        Assert.Equal($"{_redis.KeyPrefix}rate/Unsubscribes/unknown", key);
        Assert.InRange((await _redis.Database.KeyTimeToLiveAsync(key))!.Value.TotalMinutes, 9, 11);
    }

    [Fact]
    public async Task TwoPrefixesOnOneRedis_AreTwoBudgets()
    {
        await using var other = await TestRedis.CreateAsync();
        using var otherSite = new SampleSiteFactory();
        foreach (var (site, redis) in new[] { (_site, _redis!), (otherSite, other) })
        {
            foreach (var (key, value) in redis.Settings)
            {
                site.Settings[key] = value;
            }

            site.Settings["CoProWidgets:RateLimits:Unsubscribes:PermitLimit"] = "1";
        }

        using var client = _site.CreateClient();
        using var otherClient = otherSite.CreateClient();

        Assert.Equal(HttpStatusCode.BadRequest, await UnsubscribeAsync(client));
        Assert.Equal(HttpStatusCode.BadRequest, await UnsubscribeAsync(otherClient));
        Assert.Equal(HttpStatusCode.TooManyRequests, await UnsubscribeAsync(otherClient));
    }

    [Fact]
    public async Task RedisGoneAndBack_FormsAreTakenThroughout_BudgetsHoldInMemoryMeanwhile_EachChangeSaidOnce()
    {
        using var relay = TcpRelay.To(TestRedis.Server);
        UseRedis([new("ConnectionStrings:Redis", $"127.0.0.1:{relay.Port},connectTimeout=500,asyncTimeout=500"), new("CoProWidgets:Redis:KeyPrefix", _redis!.KeyPrefix)]);
        _site.Settings["CoProWidgets:RateLimits:Unsubscribes:PermitLimit"] = "3";
        using var client = _site.CreateClient();
        var key = $"{_redis.KeyPrefix}rate/Unsubscribes/unknown";

        Assert.Equal(HttpStatusCode.BadRequest, await UnsubscribeAsync(client));
        Assert.Equal("2", (string?)await _redis.Database.HashGetAsync(key, "tokens"));

        relay.Cut();
        var whileAway = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            whileAway.Add(await UnsubscribeAsync(client));
        }

        // The server's own bucket, full at first: three taken, then held.
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], whileAway);
        Assert.Single(_site.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("Redis (ConnectionStrings:Redis) cannot be reached", StringComparison.Ordinal));

        relay.Open();
        var connection = _site.Services.GetRequiredService<RedisConnection>();
        await Wait.UntilAsync(async () => await connection.DatabaseAsync() is not null, "the connection to Redis came back");
        Assert.Equal(HttpStatusCode.BadRequest, await UnsubscribeAsync(client));
        Assert.Equal(HttpStatusCode.BadRequest, await UnsubscribeAsync(client));
        Assert.Equal("0", (string?)await _redis.Database.HashGetAsync(key, "tokens"));
        Assert.Single(_site.Logs.Entries, entry => entry.Message.Contains("Redis answers again", StringComparison.Ordinal));
        Assert.Single(_site.Logs.Entries, entry => entry.Message.Contains("cannot be reached", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RedisNotThereAtStart_FormsAreTaken_AndItIsSaidOnce()
    {
        using var relay = TcpRelay.To(TestRedis.Server);
        var port = relay.Port;
        relay.Cut();
        UseRedis([new("ConnectionStrings:Redis", $"127.0.0.1:{port},connectTimeout=500"), new("CoProWidgets:Redis:KeyPrefix", _redis!.KeyPrefix)]);
        _site.Settings["CoProWidgets:RateLimits:Unsubscribes:PermitLimit"] = "2";
        using var client = _site.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add(await UnsubscribeAsync(client));
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
        Assert.Single(_site.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("cannot be reached", StringComparison.Ordinal));
        Assert.Empty(await _redis.KeysAsync());
    }

    [Fact]
    public async Task HealthCheck_IsDegradedWhileRedisIsAway_AndHealthyWhenItAnswers()
    {
        using var relay = TcpRelay.To(TestRedis.Server);
        UseRedis([new("ConnectionStrings:Redis", $"127.0.0.1:{relay.Port},connectTimeout=500,asyncTimeout=500"), new("CoProWidgets:Redis:KeyPrefix", _redis!.KeyPrefix)]);
        _site.ConfigureServices = services => services.AddHealthChecks().AddCoProWidgets();
        _ = _site.Server;
        var health = _site.Services.GetRequiredService<HealthCheckService>();
        Task<HealthReport> CheckAsync() => health.CheckHealthAsync(check => check.Name == "coprowidgets-redis");

        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);
        relay.Cut();
        Assert.Equal(HealthStatus.Degraded, (await CheckAsync()).Status);
        relay.Open();
        await Wait.UntilAsync(async () => (await CheckAsync()).Status == HealthStatus.Healthy, "Redis answered again");
    }

    [Theory]
    [InlineData("ConnectionStrings:Redis", "password=only-a-password", "ConnectionStrings:Redis is set but is not a Redis configuration string")]
    [InlineData("ConnectionStrings:Redis", "127.0.0.1:6379,no-such-option=1", "ConnectionStrings:Redis is set but is not a Redis configuration string")]
    [InlineData("CoProWidgets:Redis:KeyPrefix", "copro", "CoProWidgets:Redis:KeyPrefix is 'copro'. It must be")]
    [InlineData("CoProWidgets:Redis:KeyPrefix", "copro/east:", "CoProWidgets:Redis:KeyPrefix is 'copro/east:'. It must be")]
    [InlineData("CoProWidgets:Redis:KeyPrefix", "", "CoProWidgets:Redis:KeyPrefix is ''. It must be")]
    public void Start_WithARedisSettingThatCannotWork_FailsNamingIt(string setting, string value, string message)
    {
        _site.Settings[setting] = value;

        var error = Assert.Throws<OptionsValidationException>(() => _site.CreateClient());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private void UseRedis(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        foreach (var (key, value) in settings)
        {
            _site.Settings[key] = value;
        }
    }

    // A post with a link that does not work: it spends from the budget, then is refused as a bad link (400).
    private static async Task<HttpStatusCode> UnsubscribeAsync(HttpClient client)
    {
        using var response = await client.PostAsync(new Uri("/copro/get-involved/unsubscribe", UriKind.Relative), new FormUrlEncodedContent([new("token", "x")]));
        return response.StatusCode;
    }
}
