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

    private const string GroupedSurvey = """
        ---
        title: Having a say
        opens: 2026-11-01
        closes: 2026-12-31
        results: after-review
        thank-you: Thanks.
        ---
        ## I have a say in my care
        id: say
        type: agreement

        ## Which describes you?
        id: who
        type: single
        group: yes

        - carer: I care for someone
        - staff: I work in care
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
        // Without this host's own schedule, whose first look at start could otherwise come after the responses.
        _site.WriteContent("surveys/s.md", Survey.Replace("RESULTS", "while-open", StringComparison.Ordinal));
        await _site.StartAsync(provider, [new("CoProWidgets:StaffPolicy", "Staff")], services =>
        {
            HeaderAuthentication.AddTo(services, "Staff");
            services.Remove(services.Single(descriptor => descriptor.ImplementationType == typeof(ResultsPublishing)));
        });
        await SubmitAsync(25);
        var servers = Enumerable.Range(0, 3).Select(_ => ActivatorUtilities.CreateInstance<PublishedResults>(_site.Services)).ToList();

        var published = await Task.WhenAll(servers.Select(server => Task.Run(() => server.RefreshAsync(CancellationToken.None))));

        Assert.Equal(1, published.Sum());
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        Assert.Equal(1, await db.ResultsSnapshots.CountAsync());
        Assert.Equal(0, await Results.RefreshAsync(CancellationToken.None));
    }

    /// <summary>
    /// Stuffing against a reviewed snapshot: one real carer; someone sends nine invented carers to lift the group over
    /// the threshold and subtract their own answers (no audit can tell invented answers from real ones). Staff are told
    /// the group would appear through responses that all arrived since the last publication, exclude the invented ones,
    /// and the group stays hidden.
    /// </summary>
    [Fact]
    public async Task StuffingASmallGroup_IsCaughtInReview_AndExcludedResponsesAreCountedNowhere()
    {
        _site.WriteContent("surveys/s.md", GroupedSurvey);
        await _site.StartAsync(settings: [new("CoProWidgets:StaffPolicy", "Staff")], services: services => HeaderAuthentication.AddTo(services, "Staff"));
        await SubmitGroupedAsync(20, "staff", "agree");
        using var staff = _site.Client("sam/staff");
        var survey = await (await staff.GetAsync(new Uri("/copro/staff/surveys/s", UriKind.Relative))).ReadDocumentAsync();
        using (await FormPost.From(survey, "form[action$='/publish']").PostAsync(staff))
        {
        }

        _site.Time!.Now += TimeSpan.FromHours(1);
        await SubmitGroupedAsync(1, "carer", "disagree");
        await SubmitGroupedAsync(9, "carer", "agree");
        var review = await (await staff.GetAsync(new Uri("/copro/staff/surveys/s", UriKind.Relative))).ReadDocumentAsync();
        Assert.Contains("“I care for someone” would be shown for the first time: 10 of its 10 responses arrived since the last publication", review.QuerySelector(".copro-inset")?.TextContent, StringComparison.Ordinal);

        var carers = await (await staff.GetAsync(new Uri("/copro/staff/surveys/s/responses?group=carer", UriKind.Relative))).ReadDocumentAsync();
        foreach (var form in carers.QuerySelectorAll("form[action$='/exclude']").Take(9).Select(element => FormPost.From(carers, $"form[action='{element.GetAttribute("action")}']")).ToList())
        {
            using var excluded = await form.PostAsync(staff);
            Assert.Equal(HttpStatusCode.SeeOther, excluded.StatusCode);
        }

        await SubmitGroupedAsync(10, "staff", "agree");
        var page = await (await staff.GetAsync(new Uri("/copro/staff/surveys/s", UriKind.Relative))).ReadDocumentAsync();
        using (await FormPost.From(page, "form[action$='/publish']").PostAsync(staff))
        {
        }

        var results = await (await staff.GetAsync(new Uri("/copro/surveys/s/results", UriKind.Relative))).ReadDocumentAsync();
        var rows = results.QuerySelectorAll(".copro-results__question")[0].QuerySelectorAll("tbody tr").ToDictionary(row => row.QuerySelector("th")!.TextContent, row => row.TextContent);
        // The carer left is hidden, or (when everyone left answered alike, which would give the carer's answer away)
        // the question keeps its earlier figures, from before any carer answered.
        Assert.Matches("^(Not shown|No responses)", rows["I care for someone"].Trim()["I care for someone".Length..].Trim());
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        Assert.Equal(9, await db.SurveyResponses.CountAsync(response => response.Excluded));
        Assert.Equal(31, (await db.ResultsSnapshots.OrderByDescending(s => s.Sequence).FirstAsync()).Responses);
        Assert.Equal(9, await db.AuditLog.CountAsync(entry => entry.Action == AuditActions.ResponseExcluded));
    }

    [Fact]
    public async Task ABurstToOneGroup_PausesTheScheduleUntilStaffPublish_HoweverLongItWaits_AndTheOverviewListsTheSurvey()
    {
        _site.WriteContent("surveys/s.md", GroupedSurvey.Replace("after-review", "while-open", StringComparison.Ordinal));
        await _site.StartAsync(settings: [new("CoProWidgets:StaffPolicy", "Staff")], services: services => HeaderAuthentication.AddTo(services, "Staff"));
        await SubmitGroupedAsync(10, "carer", "agree");
        await SubmitGroupedAsync(10, "staff", "agree");
        using var staff = _site.Client("sam/staff");

        Assert.Equal(0, await Results.RefreshAsync(CancellationToken.None));
        _site.Time!.Now += TimeSpan.FromDays(8);
        Assert.Equal(0, await Results.RefreshAsync(CancellationToken.None));
        var overview = await staff.GetDocumentAsync("/copro/staff");
        var paused = overview.QuerySelector(".copro-inset");
        Assert.Equal("Scheduled publication paused", paused?.QuerySelector("h2")?.TextContent);
        Assert.Equal(["/copro/staff/surveys/s"], paused!.QuerySelectorAll("li a").Select(link => link.GetAttribute("href")));
        Assert.Contains("scheduled publication paused", overview.QuerySelector("tbody tr")!.TextContent, StringComparison.Ordinal);
        var survey = await staff.GetDocumentAsync("/copro/staff/surveys/s");
        Assert.Contains(survey.QuerySelectorAll(".copro-inset p"), text => text.TextContent.Contains("It stays paused until staff act", StringComparison.Ordinal));

        using (var published = await FormPost.From(survey, "form[action$='/publish']").PostAsync(staff))
        {
            Assert.Equal(HttpStatusCode.SeeOther, published.StatusCode);
        }

        Assert.Null((await staff.GetDocumentAsync("/copro/staff")).QuerySelector(".copro-inset"));
    }

    [Fact]
    public async Task ThePreview_IsAuditedOncePerCountsAndSnapshots_AndAgainWhenEitherChanges()
    {
        _site.WriteContent("surveys/s.md", GroupedSurvey);
        await _site.StartAsync(settings: [new("CoProWidgets:StaffPolicy", "Staff")], services: services => HeaderAuthentication.AddTo(services, "Staff"));
        var survey = _site.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        await SubmitGroupedAsync(20, "staff", "agree");

        var first = await Results.PreviewAsync(survey);
        Assert.NotNull(first);
        Assert.Same(first, await Results.PreviewAsync(survey));

        await SubmitGroupedAsync(1, "carer", "agree");
        var moreCounts = await Results.PreviewAsync(survey);
        Assert.NotSame(first, moreCounts);
        Assert.Same(moreCounts, await Results.PreviewAsync(survey));

        Assert.NotNull(await Results.PublishAsync(survey, "sam", alongside: null));
        Assert.Null(await Results.PreviewAsync(survey));
        await SubmitGroupedAsync(1, "carer", "agree");
        Assert.NotSame(moreCounts, await Results.PreviewAsync(survey));
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

    private async Task SubmitGroupedAsync(int times, string who, string say)
    {
        var survey = _site.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues> { ["q-say"] = say, ["q-who"] = who }), survey);
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
