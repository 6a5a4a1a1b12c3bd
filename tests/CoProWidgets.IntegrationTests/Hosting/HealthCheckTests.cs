using CoProWidgets.Email;
using CoProWidgets.Storage;
using CoProWidgets.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoProWidgets.IntegrationTests.Hosting;

/// <summary>The health checks a host adds with one call: the database, an outbox that is not stuck, content that is not left broken.</summary>
public sealed class HealthCheckTests : IAsyncDisposable
{
    private readonly FixedTime _time = FixedTime.At("2026-12-01T12:00:00Z");
    private readonly LibrarySite _site;

    public HealthCheckTests() => _site = new LibrarySite(_time);

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FreshSite_IsHealthy(string provider)
    {
        await StartAsync(provider);

        var report = await CheckAsync();

        Assert.Equal(HealthStatus.Healthy, report.Entries["coprowidgets-database"].Status);
        Assert.Equal(HealthStatus.Healthy, report.Entries["coprowidgets-outbox"].Status);
        Assert.True(report.Entries["coprowidgets-content"].Status == HealthStatus.Healthy, report.Entries["coprowidgets-content"].Description);
    }

    [Fact]
    public async Task ContentFileBrokenLongerThanAllowed_IsUnhealthy_AndDegradedBefore()
    {
        _site.WriteContent("principles/ours.md", "---\ntitle: Ours\nlayout: numbered\n---\n## One\n");
        await StartAsync(TestDatabase.Sqlite);
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Entries["coprowidgets-content"].Status);

        _site.WriteContent("principles/ours.md", "---\ntitle: Ours\nlayout: spiral\n---\n## One\n");
        await Wait.UntilAsync(async () => (await CheckAsync()).Entries["coprowidgets-content"].Status == HealthStatus.Degraded, "the broken file to be seen");
        _time.Now += TimeSpan.FromHours(23);
        Assert.Equal(HealthStatus.Degraded, (await CheckAsync()).Entries["coprowidgets-content"].Status);

        _time.Now += TimeSpan.FromHours(2);
        var content = (await CheckAsync()).Entries["coprowidgets-content"];

        Assert.Equal(HealthStatus.Unhealthy, content.Status);
        Assert.Contains("principles/ours.md:3: The layout 'spiral' is not known.", content.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmailWaitingLongerThanAllowed_MakesTheOutboxUnhealthy()
    {
        await StartAsync(TestDatabase.Sqlite);
        await AddMessageAsync(createdAgo: TimeSpan.FromMinutes(20), failed: false);
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Entries["coprowidgets-outbox"].Status);

        _time.Now += TimeSpan.FromMinutes(15);
        var outbox = (await CheckAsync()).Entries["coprowidgets-outbox"];

        Assert.Equal(HealthStatus.Unhealthy, outbox.Status);
        Assert.Contains("waited 35 minutes", outbox.Description, StringComparison.Ordinal);
        Assert.Equal(1, outbox.Data["waiting"]);
    }

    [Fact]
    public async Task EmailThatFailedForGoodToday_MakesTheOutboxDegraded()
    {
        await StartAsync(TestDatabase.Sqlite);
        await AddMessageAsync(createdAgo: TimeSpan.FromHours(2), failed: true);

        var outbox = (await CheckAsync()).Entries["coprowidgets-outbox"];

        Assert.Equal(HealthStatus.Degraded, outbox.Status);
        Assert.Equal(1, outbox.Data["failedInLastDay"]);
    }

    [Fact]
    public async Task DatabaseThatIsGone_IsUnhealthy()
    {
        await StartAsync(TestDatabase.PostgreSql);
        await _site.DropDatabaseAsync();

        var report = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, report.Entries["coprowidgets-database"].Status);
        Assert.Equal(HealthStatus.Unhealthy, report.Status);
    }

    private Task<HealthReport> CheckAsync() => _site.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

    private async Task AddMessageAsync(TimeSpan createdAgo, bool failed)
    {
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        var created = _time.GetUtcNow().UtcDateTime - createdAgo;
        db.Outbox.Add(new OutboxMessage
        {
            Id = Guid.NewGuid(),
            Kind = "test",
            Recipient = "someone@example.org",
            Subject = "Test",
            TextBody = "Test",
            CreatedAt = created,
            NextAttemptAt = DateTime.UtcNow.AddYears(1),
            FailedAt = failed ? created.AddMinutes(30) : null,
            Attempts = failed ? 5 : 0,
        });
        await db.SaveChangesAsync();
    }

    private Task StartAsync(string provider) =>
        _site.StartAsync(provider, [new("CoProWidgets:Email:PollInterval", "01:00:00")], services => services.AddHealthChecks().AddCoProWidgets());
}
