using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using CoProWidgets.Audit;
using CoProWidgets.Storage;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Staff;

/// <summary>Staff enter paper, phone and event responses, and download responses, each recorded in the audit log.</summary>
public sealed class StaffEntryTests : IAsyncDisposable
{
    private const string Survey = """
        ---
        title: Having a say
        opens: 2026-11-01
        closes: 2026-12-31
        results: while-open
        thank-you: Thanks.
        ---
        ## I have a say in my care
        id: say
        type: agreement

        ## Which describes you?
        id: who
        type: single
        required: no
        group: yes

        - uses: I use services or care for someone who does
        - works: I work in health or social care

        ## Anything else?
        id: else
        type: text
        required: no
        """;

    private readonly LibrarySite _site = new(FixedTime.At("2026-12-01T12:00:00Z"));

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task PaperResponse_IsStoredWithItsChannel_CountsInTheResults_AndIsAudited()
    {
        await StartAsync();
        using var staff = _site.Client("sam/staff");

        var form = await EntryFormAsync(staff);
        form.Set("channel", "paper").Set("q-say", "agree").Set("q-who", "uses").Set("q-else", "The bus stops too far away.");
        using var sent = await form.PostAsync(staff);

        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        Assert.Equal("/copro/staff/surveys/s?entered=1", sent.Headers.Location?.OriginalString);
        var page = await (await staff.GetAsync(new Uri("/copro/staff/surveys/s?entered=1", UriKind.Relative))).ReadDocumentAsync();
        Assert.Equal("Response stored", page.QuerySelector("[role=status] h2")?.TextContent);
        Assert.Equal(["Paper form or postcard", "1"], page.QuerySelectorAll("table")[1].QuerySelectorAll("tbody tr")
            .First(row => row.QuerySelector("th")!.TextContent.StartsWith("Paper", StringComparison.Ordinal)).Children.Select(cell => cell.TextContent));
        var tally = await SurveyTally.ReadAsync(_site.Services.GetRequiredService<CoProDbContextFactory>(), "s", CancellationToken.None);
        Assert.Equal(1, tally.Of("say", "agree", string.Empty));

        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        var stored = await db.SurveyResponses.SingleAsync();
        Assert.Equal(SurveyChannel.Paper, stored.Channel);
        var audit = await db.AuditLog.SingleAsync();
        Assert.Equal(("sam", AuditActions.ResponseEntered, "survey s"), (audit.Actor, audit.Action, audit.Subject));
        Assert.Equal(new DateTime(2026, 12, 1, 12, 0, 0), audit.At);
        Assert.DoesNotContain("bus", audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntryWithProblems_ShowsEachInTheSummaryLinkedToItsField_AndStoresNothing()
    {
        await StartAsync();
        using var staff = _site.Client("sam/staff");

        var form = await EntryFormAsync(staff);
        form.Set("q-else", new string('x', 1001));
        using var sent = await form.PostAsync(staff);
        var page = await sent.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, sent.StatusCode);
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        var links = page.QuerySelectorAll(".copro-error-summary a").ToList();
        Assert.Equal(3, links.Count);
        Assert.All(links, link => Assert.NotNull(page.GetElementById(link.GetAttribute("href")![1..])));
        Assert.Equal(new string('x', 1001), page.QuerySelector("textarea")?.TextContent);
        Assert.Equal(0, await CountAsync(db => db.SurveyResponses));
        Assert.Equal(0, await CountAsync(db => db.AuditLog));
    }

    [Fact]
    public async Task EntrySentTwice_StoresOneResponse()
    {
        await StartAsync();
        using var staff = _site.Client("sam/staff");
        var form = (await EntryFormAsync(staff)).Set("channel", "phone").Set("q-say", "disagree");

        using var first = await form.PostAsync(staff);
        using var second = await form.PostAsync(staff);

        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.Equal(1, await CountAsync(db => db.SurveyResponses));
        Assert.Equal(1, await CountAsync(db => db.AuditLog));
    }

    [Fact]
    public async Task EntryWithoutTheAntiforgeryToken_OrFromAnotherUser_OrWithoutThePolicy_IsRefused()
    {
        await StartAsync();
        using var staff = _site.Client("sam/staff");
        var form = (await EntryFormAsync(staff)).Set("channel", "event").Set("q-say", "agree");

        using var noToken = await (await EntryFormAsync(staff)).Set("channel", "event").Set("q-say", "agree").Remove("__RequestVerificationToken").PostAsync(staff);
        using var otherStaff = _site.Client("alex/staff");
        using var otherUser = await form.PostAsync(otherStaff);
        using var visitor = _site.Client("visitor");
        using var forbidden = await form.PostAsync(visitor);
        using var anonymous = _site.Client(null);
        using var unauthorized = await form.PostAsync(anonymous);

        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, otherUser.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal(0, await CountAsync(db => db.SurveyResponses));
    }

    [Fact]
    public async Task Exports_FollowTheFilters_CarryTheChannelAndVersion_AndAreAudited()
    {
        await StartAsync();
        using var staff = _site.Client("sam/staff");
        var service = _site.Services.GetRequiredService<SurveyService>();
        await service.SubmitAsync(Definition(), SurveyService.NewKey(), Answers("agree", "works", "Online words"));
        await service.SubmitAsync(Definition(), SurveyService.NewKey(), Answers("disagree", "uses", "=HYPERLINK(\"x\")"), SurveyChannel.Paper);

        var responses = await (await staff.GetAsync(new Uri("/copro/staff/surveys/s/responses?channel=paper", UriKind.Relative))).ReadDocumentAsync();
        var csvForm = FormPost.From(responses, "form[action$='responses.csv']");
        using var csv = await csvForm.PostAsync(staff);
        using var json = await FormPost.From(responses, "form[action$='responses.json']").PostAsync(staff);
        using var byAnswer = await csvForm.Copy().Remove("channel").Set("answer", "say:agree").PostAsync(staff);

        Assert.Equal(("/copro/staff/surveys/s/responses.csv", "paper"), (csvForm.Action, csvForm["channel"]));
        Assert.Equal("1 of 2 responses match.", string.Join(' ', responses.QuerySelector(".copro-staff__count")!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("response_id,submitted_at,survey_version,channel,excluded,say,who,else,other_answers", lines[0]);
        Assert.Matches(@"^[0-9a-f-]{36},\d{4}-\d{2}-\d{2},", lines[1]);
        Assert.Equal(2, lines.Length);
        Assert.EndsWith($",{Definition().Version},paper,no,disagree,uses,\"'=HYPERLINK(\"\"x\"\")\",", lines[1], StringComparison.Ordinal);
        Assert.Equal("attachment", csv.Content.Headers.ContentDisposition?.DispositionType);
        using var document = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        var root = document.RootElement;
        Assert.Equal(Definition().Version, root.GetProperty("version").GetString());
        Assert.Equal("paper", root.GetProperty("filters").GetProperty("channel").GetString());
        Assert.Equal(["say", "who", "else"], root.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()));
        var response = Assert.Single(root.GetProperty("responses").EnumerateArray().ToList());
        Assert.Equal("=HYPERLINK(\"x\")", response.GetProperty("answers").GetProperty("else")[0].GetString());
        Assert.Contains("Online words", await byAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        var audited = await db.AuditLog.OrderBy(entry => entry.Detail).Select(entry => entry.Detail).ToListAsync();
        Assert.Equal(["CSV, answer=say:agree", "CSV, channel=paper", "JSON, channel=paper"], audited);
    }

    [Fact]
    public async Task Exports_WithoutThePolicy_AreRefused_AndUnknownSurveysAreNotFound()
    {
        await StartAsync();
        using var visitor = _site.Client("visitor");
        using var staff = _site.Client("sam/staff");

        var token = (await staff.GetDocumentAsync("/copro/staff/surveys/s/enter")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var forbidden = await visitor.PostAsync(new Uri("/copro/staff/surveys/s/responses.json", UriKind.Relative), new FormUrlEncodedContent([]));
        using var missing = await staff.PostAsync(new Uri("/copro/staff/surveys/nothing/responses.csv", UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(0, await CountAsync(db => db.AuditLog));
    }

    private static async Task<FormPost> EntryFormAsync(HttpClient staff)
    {
        using var response = await staff.GetAsync(new Uri("/copro/staff/surveys/s/enter", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return FormPost.From(await response.ReadDocumentAsync());
    }

    private SurveyDefinition Definition() => _site.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;

    private SurveyAnswers Answers(string say, string who, string text) =>
        SurveyAnswers.Read(new Microsoft.AspNetCore.Http.FormCollection(new() { ["q-say"] = say, ["q-who"] = who, ["q-else"] = text }), Definition());

    private async Task<int> CountAsync<T>(Func<CoProDbContext, IQueryable<T>> table)
    {
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        return await table(db).CountAsync();
    }

    private Task StartAsync()
    {
        _site.WriteContent("surveys/s.md", Survey);
        return _site.StartAsync(settings: [new("CoProWidgets:StaffPolicy", "Staff")], services: services => HeaderAuthentication.AddTo(services, "Staff"));
    }
}
