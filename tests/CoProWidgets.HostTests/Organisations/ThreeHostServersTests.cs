using System.Net;
using CoProWidgets.HostTests.Support;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace CoProWidgets.HostTests.Organisations;

/// <summary>
/// Three servers of the widget host behind one address, on one PostgreSQL database and one Redis: an organisation added
/// on one is served by all, a form fetched from one is taken by another (one key ring), one client's posts spread over
/// them spend one budget, and each email goes once.
/// </summary>
public sealed class ThreeHostServersTests : IAsyncLifetime
{
    private readonly List<HostSite> _servers = [];
    private TestRedis _redis = null!;

    public async Task InitializeAsync()
    {
        _redis = await TestRedis.CreateAsync();
        KeyValuePair<string, string?>[] settings = [.. _redis.Settings, new("CoProWidgets:RateLimits:SignUps:PermitLimit", "4"), new("CoProWidgets:RateLimits:SignUps:Window", "01:00:00")];
        var first = await HostSite.OnAsync(TestDatabase.PostgreSql, settings);
        _servers.Add(first);
        _servers.Add(HostSite.BesideOf(first));
        _servers.Add(HostSite.BesideOf(first));
        await first.AddOrganisationAsync("north", "north.test");
        first.WriteContent("north", "get-involved.md", await File.ReadAllTextAsync(Path.Combine(Repository.SampleContent, "get-involved.md")));
    }

    public async Task DisposeAsync()
    {
        // The first server owns the database and the folder: it goes last.
        foreach (var server in Enumerable.Reverse(_servers))
        {
            await server.DisposeAsync();
        }

        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task OneClientsSignUps_SpreadOverThreeServers_SpendOneBudget_AndEachEmailGoesOnce()
    {
        // One browser: one cookie jar, whichever server answers.
        var jar = new CookieContainer();
        var clients = _servers.Select(server => server.CreateDefaultClient(new Uri("http://north.test/"), new CookieContainerHandler(jar))).ToList();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 9; i++)
        {
            // The form comes from one server and goes to the next, as a load balancer may send them.
            var page = await clients[i % 3].GetDocumentAsync("copro/get-involved");
            using var posted = await FormPost.From(page, "form.copro-form")
                .Set("name", "Pat").Set("email", $"pat{i}@example.org").Check("areas", "carers").Set("consent", "yes")
                .PostAsync(clients[(i + 1) % 3]);
            statuses.Add(posted.StatusCode);
            Assert.True(posted.StatusCode != HttpStatusCode.InternalServerError, Problems());
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.SeeOther, 4), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 5)], statuses);
        Assert.Contains(await _redis.KeysAsync(), key => key.StartsWith(_redis.KeyPrefix + "north:", StringComparison.Ordinal));
        var mail = Path.Combine(_servers[0].DataPath, "organisations", "north", "mail");
        await Wait.UntilAsync(() => Directory.Exists(mail) && Directory.EnumerateFiles(mail, "*.eml").Count() >= 4, TimeSpan.FromSeconds(30));
        // Every server's outbox has had several turns since: still one email each.
        await Task.Delay(TimeSpan.FromSeconds(12));
        var recipients = Directory.EnumerateFiles(mail, "*.eml").Select(File.ReadAllText)
            .Select(text => Enumerable.Range(0, 4).Single(i => text.Contains($"pat{i}@example.org", StringComparison.Ordinal))).Order().ToList();
        Assert.Equal([0, 1, 2, 3], recipients);
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    private string Problems() => string.Join("\n", _servers.SelectMany(server => server.Log.Entries)
        .Where(entry => entry.Level >= Microsoft.Extensions.Logging.LogLevel.Error).Select(entry => $"{entry.Category}: {entry.Message}"));
}
