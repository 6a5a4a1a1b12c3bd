using System.Net;
using CoProWidgets.Audit;
using CoProWidgets.Storage;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.IntegrationTests.SurveyResults;

/// <summary>Results are published as snapshots: on the schedule, or by staff after review; once per sequence whatever the servers.</summary>
public sealed class ResultsPublishingTests : IAsyncDisposable
{
    private const string Survey = """
        ---
        title: Having a say
        opens: 2026-11-01
        closes: 2026-12-31
        results: RESULTS
        thank-you: Thanks.
        ---
        ## I have a say in my care
        id: say
        type: agreement
        """;

    private readonly LibrarySite _site = new(FixedTime.At("2026-12-01T12:00:00Z"));

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task AfterReview_IsNeverPublishedOnTheSchedule_OnlyByStaff_WithEnoughNewResponses_AndAudited()
    {
        await StartAsync("after-review");
        await SubmitAsync(12);
        Assert.Equal(0, await Results.RefreshAsync(CancellationToken.None));
        using var staff = _site.Client("sam/staff");
        var before = await (await staff.GetAsync(new Uri("/copro/surveys/s/results", UriKind.Relative))).ReadDocumentAsync();
        Assert.Equal("Results will be published here once the team has reviewed them.", before.QuerySelector(".copro-results__status")?.TextContent);

        var page = await (await staff.GetAsync(new Uri("/copro/staff/surveys/s", UriKind.Relative))).ReadDocumentAsync();
        using var published = await FormPost.From(page, "form[action$='/publish']").PostAsync(staff);
        await SubmitAsync(3);
        using var tooFew = await FormPost.From(page, "form[action$='/publish']").PostAsync(staff);

        Assert.Equal("/copro/staff/surveys/s?published=1", published.Headers.Location?.OriginalString);
        Assert.Equal("/copro/staff/surveys/s?published=0", tooFew.Headers.Location?.OriginalString);
        var after = await (await staff.GetAsync(new Uri("/copro/surveys/s/results", UriKind.Relative))).ReadDocumentAsync();
        Assert.StartsWith("Based on 12 responses, published on 1 December 2026", after.QuerySelector(".copro-results__status")?.TextContent, StringComparison.Ordinal);
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        var snapshot = await db.ResultsSnapshots.SingleAsync();
        Assert.Equal(("sam", 12L), (snapshot.PublishedBy, snapshot.Responses));
        Assert.Equal(AuditActions.ResultsPublished, (await db.AuditLog.SingleAsync()).Action);
    }

    [Fact]
    public async Task PublishWithoutTheAntiforgeryToken_IsRefused()
    {
        await StartAsync("after-review");
        await SubmitAsync(12);
        using var staff = _site.Client("staff");
        await staff.GetAsync(new Uri("/copro/staff/surveys/s", UriKind.Relative));

        using var refused = await staff.PostAsync(new Uri("/copro/staff/surveys/s/publish", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        Assert.Equal(0, await db.ResultsSnapshots.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ThreeServersLookingAtOnce_PublishOneSnapshot(string provider)
    {
        await StartAsync("while-open", provider);
        await SubmitAsync(25);
        var servers = Enumerable.Range(0, 3).Select(_ => ActivatorUtilities.CreateInstance<PublishedResults>(_site.Services)).ToList();

        var published = await Task.WhenAll(servers.Select(server => Task.Run(() => server.RefreshAsync(CancellationToken.None))));

        Assert.Equal(1, published.Sum());
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        Assert.Equal(1, await db.ResultsSnapshots.CountAsync());
        Assert.Equal(0, await Results.RefreshAsync(CancellationToken.None));
    }

    private PublishedResults Results => _site.Services.GetRequiredService<PublishedResults>();

    private async Task SubmitAsync(int times)
    {
        var survey = _site.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues> { ["q-say"] = "agree" }), survey);
        for (var i = 0; i < times; i++)
        {
            await _site.Services.GetRequiredService<SurveyService>().SubmitAsync(survey, SurveyService.NewKey(), answers);
        }
    }

    private Task StartAsync(string results, string provider = TestDatabase.Sqlite)
    {
        _site.WriteContent("surveys/s.md", Survey.Replace("RESULTS", results, StringComparison.Ordinal));
        return _site.StartAsync(provider, [new("CoProWidgets:StaffPolicy", "Staff")], services => HeaderAuthentication.AddTo(services, "Staff"));
    }
}
