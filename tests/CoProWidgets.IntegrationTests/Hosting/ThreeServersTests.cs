using System.Net;
using AngleSharp.Dom;
using CoProWidgets.Email;
using CoProWidgets.Storage;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Hosting;

/// <summary>
/// Three servers of the sample site behind one address, sharing one PostgreSQL database and one Redis: a client that
/// spreads its posts over them has one budget, as with one server; each email goes once; each scheduled results
/// snapshot is published once. The test server gives every request the same client address.
/// </summary>
public sealed class ThreeServersTests : IAsyncLifetime
{
    private readonly List<SampleSiteFactory> _servers = [];
    private readonly string _mail = Directory.CreateTempSubdirectory("copro-mail-").FullName;
    private TestDatabase? _database;
    private TestRedis? _redis;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(TestDatabase.PostgreSql);
        _redis = await TestRedis.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }

        await _redis!.DisposeAsync();
        await _database!.DisposeAsync();
        Directory.Delete(_mail, recursive: true);
    }

    [Fact]
    public async Task OneClient_SpreadingSignUpsOverThreeServers_HasOneBudget_AndEachConfirmationGoesOnce()
    {
        var clients = Start(withRedis: true, ("CoProWidgets:RateLimits:SignUps:PermitLimit", "4"));

        var statuses = await SignUpRoundRobinAsync(clients, 9);

        // As one server would: four taken, then every server turns the client away.
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.SeeOther, 4), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 5)], statuses);
        await Wait.UntilAsync(async () => await SentAsync() == 4, "four confirmation emails were sent");
        await Task.Delay(TimeSpan.FromSeconds(3));
        var files = Directory.GetFiles(_mail, "*.eml");
        Assert.Equal(4, files.Length);
        Assert.Equal(4, files.Select(file => File.ReadAllText(file)).Select(text => text[text.IndexOf("To:", StringComparison.Ordinal)..].Split('\n')[0]).Distinct().Count());
        Assert.NotEmpty(await _redis!.KeysAsync());
    }

    [Fact]
    public async Task WithoutRedis_EachServerGivesTheClientABudgetOfItsOwn()
    {
        // What the shared budget prevents: three servers, three budgets.
        var clients = Start(withRedis: false, ("CoProWidgets:RateLimits:SignUps:PermitLimit", "2"));

        var statuses = await SignUpRoundRobinAsync(clients, 9);

        Assert.Equal(6, statuses.Count(status => status == HttpStatusCode.SeeOther));
    }

    [Fact]
    public async Task ThirtyVisitorsOnOneAddress_SpreadOverThreeServers_WithTheDefaultLimits_EachCompleteTheSampleSurvey()
    {
        var servers = Start(withRedis: true);
        var visitors = Enumerable.Range(0, 30)
            .Select(i => _servers[i % 3].CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }))
            .ToList();

        var outcomes = await Task.WhenAll(visitors.Select(AnswerTheSampleSurveyAsync));

        Assert.All(outcomes, status => Assert.Equal(HttpStatusCode.SeeOther, status));
        await using var db = _servers[0].Services.GetRequiredService<CoProDbContextFactory>().Create();
        Assert.Equal(30, await db.SurveyResponses.CountAsync());
        visitors.ForEach(client => client.Dispose());
        servers.ForEach(client => client.Dispose());
    }

    [Fact]
    public async Task ScheduledSnapshot_OnThreeServersLookingEverySecond_IsPublishedOnce()
    {
        var clients = Start(withRedis: true, ("CoProWidgets:Results:RefreshInterval", "00:00:01"), ("CoProWidgets:Results:BurstResponses", "1000"));

        for (var i = 0; i < 12; i++)
        {
            Assert.Equal(HttpStatusCode.SeeOther, await AnswerTheSampleSurveyAsync(clients[i % 3]));
        }

        await Wait.UntilAsync(async () => await SnapshotsAsync() > 0, "a snapshot was published");
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Equal(1, await SnapshotsAsync());
    }

    private List<HttpClient> Start(bool withRedis, params (string Key, string Value)[] settings)
    {
        for (var i = 0; i < 3; i++)
        {
            var server = new SampleSiteFactory { EnvironmentName = "Production" };
            server.ConfigureServices = services => services.AddSingleton<TimeProvider>(FixedTime.At("2026-12-01T12:00:00Z"));
            foreach (var (key, value) in _database!.Settings.Concat(withRedis ? _redis!.Settings : []))
            {
                server.Settings[key] = value;
            }

            server.Settings["CoProWidgets:Email:PickupDirectory"] = _mail;
            server.Settings["CoProWidgets:Email:PollInterval"] = "00:00:01";
            foreach (var (key, value) in settings)
            {
                server.Settings[key] = value;
            }

            _servers.Add(server);
        }

        return [.. _servers.Select(server => server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }))];
    }

    // Each form is fetched from and sent to the same server, as a load balancer with sticky sessions would; the next
    // goes to the next server.
    private static async Task<List<HttpStatusCode>> SignUpRoundRobinAsync(List<HttpClient> clients, int posts)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < posts; i++)
        {
            var client = clients[i % clients.Count];
            var page = await client.GetDocumentAsync("/Get-Involved");
            using var response = await FormPost.From(page, "form.copro-form")
                .Set("name", "Pat").Set("email", $"person{i}@example.org").Check("areas", "mental-health").Set("consent", "yes")
                .PostAsync(client);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    private async Task<int> SentAsync()
    {
        await using var db = _servers[0].Services.GetRequiredService<CoProDbContextFactory>().Create();
        return await db.Outbox.CountAsync(message => message.SentAt != null);
    }

    private async Task<int> SnapshotsAsync()
    {
        await using var db = _servers[0].Services.GetRequiredService<CoProDbContextFactory>().Create();
        return await db.ResultsSnapshots.CountAsync();
    }

    private static async Task<HttpStatusCode> AnswerTheSampleSurveyAsync(HttpClient client)
    {
        var first = FormPost.From(await client.GetDocumentAsync("/Have-Your-Say"))
            .Set("q-have-a-say", "agree").Set("q-share-power", "strongly-agree").Set("q-respondent", "carer");
        using var second = await first.PostAsync(client);
        using var third = await FormPost.From(await second.ReadDocumentAsync()).Check("q-ways", "groups").Set("q-before", "no").PostAsync(client);
        using var check = await FormPost.From(await third.ReadDocumentAsync()).Set("q-age", "65-79").PostAsync(client);
        IDocument page = await check.ReadDocumentAsync();
        using var done = await FormPost.From(page).Set("action", "submit").PostAsync(client);
        return done.StatusCode;
    }
}
