using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.IntegrationTests.SurveyResults;

/// <summary>
/// Two servers on one PostgreSQL database: with Redis, a snapshot published or withdrawn on one shows on the other at
/// once, since it tells the other to read again; without, the other reads again only after
/// <see cref="Storage.HeldPerSurvey.OtherServersWithin"/> (never, here, where the clock stands still).
/// </summary>
public sealed class OtherServersTests : IAsyncLifetime
{
    private const string Survey = """
        ---
        title: Having a say
        closes: 2026-12-31
        results: while-open
        thank-you: Thanks.
        ---
        ## Power should be shared more equally
        id: power
        type: agreement
        """;

    private readonly string _content = LibraryHost.EmptyContentFolder();
    private readonly List<WebApplication> _servers = [];
    private TestDatabase? _database;
    private TestRedis? _redis;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_content, "surveys"));
        await File.WriteAllTextAsync(Path.Combine(_content, "surveys", "s.md"), Survey);
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
        Directory.Delete(_content, recursive: true);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SnapshotPublishedAndWithdrawnOnOneServer_ShowsOnTheOther_AtOnceOnlyWithRedis(bool withRedis)
    {
        var here = await StartAsync(withRedis);
        var there = await StartAsync(withRedis);
        var survey = here.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        var thereResults = there.Services.GetRequiredService<PublishedResults>();
        Assert.Null(await thereResults.LatestAsync(survey));

        var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues> { ["q-power"] = "agree" }), survey);
        for (var i = 0; i < 10; i++)
        {
            Assert.True(await here.Services.GetRequiredService<SurveyService>().SubmitAsync(survey, SurveyService.NewKey(), answers));
        }

        var hereResults = here.Services.GetRequiredService<PublishedResults>();
        Assert.NotNull(await hereResults.PublishAsync(survey, "staff@example.org", null));
        if (!withRedis)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.Null(await thereResults.LatestAsync(survey));
            return;
        }

        await Wait.UntilAsync(async () => await thereResults.LatestAsync(survey) is not null, TimeSpan.FromSeconds(5));
        Assert.True(await hereResults.WithdrawAsync(survey, "staff@example.org", null));
        await Wait.UntilAsync(async () => await thereResults.LatestAsync(survey) is null, TimeSpan.FromSeconds(5));
    }

    private async Task<WebApplication> StartAsync(bool withRedis)
    {
        var settings = new Dictionary<string, string?>(_database!.Settings.Concat(withRedis ? _redis!.Settings : [])) { ["CoProWidgets:ContentPath"] = _content };
        var time = FixedTime.At("2026-12-01T12:00:00Z");
        var server = await LibraryHost.StartAsync(settings, services => services.AddSingleton<TimeProvider>(time));
        _servers.Add(server);
        return server;
    }
}
