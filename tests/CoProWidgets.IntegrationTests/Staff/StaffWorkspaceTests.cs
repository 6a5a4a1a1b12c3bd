using System.Net;
using AngleSharp.Dom;
using CoProWidgets.Audit;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.IntegrationTests.Staff;

/// <summary>The staff workspace exists only with a staff policy, only for staff, and shows each survey's responses.</summary>
public sealed partial class StaffWorkspaceTests : IAsyncDisposable
{
    private const string Survey = """
        ---
        title: Having a say
        opens: 2026-11-01
        closes: 2026-12-31
        results: after-closing
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
        """;

    private readonly FixedTime _time = FixedTime.At("2026-12-01T12:00:00Z");
    private readonly LibrarySite _site;

    public StaffWorkspaceTests() => _site = new LibrarySite(_time);

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task WithoutAStaffPolicy_TheWorkspaceDoesNotExist()
    {
        await StartAsync(staffPolicy: null);

        using var response = await GetAsync("/copro/staff", "staff");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task WithAStaffPolicy_NobodyElseGetsIn()
    {
        await StartAsync();

        using var anonymous = await GetAsync("/copro/staff", user: null);
        using var visitor = await GetAsync("/copro/staff/surveys/s", "visitor");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, visitor.StatusCode);
    }

    [Theory]
    [InlineData("/copro/staff/surveys/s/enter")]
    [InlineData("/copro/staff/people")]
    [InlineData("/copro/staff/outcomes")]
    [InlineData("/copro/staff/audit")]
    [InlineData("/copro/staff/content")]
    [InlineData("/copro/staff/widgets")]
    [InlineData("/copro/staff/content/preview")]
    public async Task EveryStaffPage_IsForStaffOnly(string path)
    {
        await StartAsync();

        using var anonymous = await GetAsync(path, user: null);
        using var visitor = await GetAsync(path, "visitor");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, visitor.StatusCode);
    }

    [Theory]
    [InlineData("/copro/staff/surveys/s/enter")]
    [InlineData("/copro/staff/people/find")]
    [InlineData("/copro/staff/people/0190a0b0-0000-7000-8000-000000000000/download")]
    [InlineData("/copro/staff/people/0190a0b0-0000-7000-8000-000000000000/erase")]
    [InlineData("/copro/staff/email/0190a0b0-0000-7000-8000-000000000000/retry")]
    [InlineData("/copro/staff/content/preview")]
    [InlineData("/copro/staff/surveys/s/responses.csv")]
    [InlineData("/copro/staff/surveys/s/responses.json")]
    [InlineData("/copro/staff/outcomes/o/post-list.csv")]
    [InlineData("/copro/get-involved/sign-ups.csv")]
    public async Task EveryStaffAction_IsRefusedWithoutTheAntiforgeryToken_AndForVisitors(string path)
    {
        await StartAsync();
        using var staff = _site.Client("staff");
        using var visitor = _site.Client("visitor");
        await staff.GetAsync(new Uri("/copro/staff/people", UriKind.Relative));

        using var withoutToken = await staff.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([new("confirm", "yes"), new("email", "a@example.org")]));
        using var forVisitor = await visitor.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forVisitor.StatusCode);
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        Assert.Equal(0, await db.AuditLog.CountAsync());
    }

    [Fact]
    public async Task Overview_ListsEverySurveyWithItsDatesAndResponses_NeverCachedOrIndexed()
    {
        await StartAsync();
        await SubmitAsync(3, who: "uses");

        using var response = await GetAsync("/copro/staff", "staff");
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("noindex", response.Headers.GetValues("X-Robots-Tag").Single());
        Assert.Equal("Staff workspace", page.QuerySelector("h1")?.TextContent);
        var row = page.QuerySelector("tbody tr")!;
        Assert.Equal("/copro/staff/surveys/s", row.QuerySelector("th a")?.GetAttribute("href"));
        Assert.Equal(["Open", "1 November 2026", "31 December 2026", "3"], row.QuerySelectorAll("td").Select(cell => cell.TextContent));
    }

    [Fact]
    public async Task SurveyPage_ShowsResponsesInTotal_PerUkDay_AndByGroup_AndWhatThePublicSees()
    {
        await StartAsync();
        await SubmitAsync(2, who: "uses");
        _time.Now = DateTimeOffset.Parse("2026-12-02T23:30:00Z", System.Globalization.CultureInfo.InvariantCulture);
        await SubmitAsync(1, who: "works");
        await SubmitAsync(1, who: null);

        using var response = await GetAsync("/copro/staff/surveys/s", "staff");
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Having a say", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("4", Fact(page, "Responses"));
        Assert.StartsWith("The survey is still open. Results will be published here after it closes", Fact(page, "Public results"), StringComparison.Ordinal);
        var tables = page.QuerySelectorAll("table");
        Assert.Equal([["Wednesday 2 December 2026", "2"], ["Tuesday 1 December 2026", "2"]], Rows(tables[0]));
        Assert.Equal([["Online, on this site", "4"], ["Online, on another site", "0"], ["Paper form or postcard", "0"], ["Phone call", "0"], ["At an event", "0"]], Rows(tables[1]));
        Assert.Equal([["I use services or care for someone who does", "2"], ["I work in health or social care", "1"]], Rows(tables[2]));
        Assert.Equal("/copro/staff", page.QuerySelector(".copro-staff a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task SurveyPage_ForNoSuchSurvey_IsNotFound()
    {
        await StartAsync();

        using var missing = await GetAsync("/copro/staff/surveys/nothing-here", "staff");
        using var invalid = await GetAsync("/copro/staff/surveys/no%20such", "staff");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, invalid.StatusCode);
    }

    [Fact]
    public async Task ResponsesPage_ShowsEachResponseNewestFirst_WithWrittenAnswersAsText()
    {
        await StartAsync();
        await SubmitAsync(1, who: "uses", text: "The GP <script>alert(1)</script> never called back.");
        _time.Now += TimeSpan.FromHours(1);
        await SubmitAsync(1, who: "works", text: "Evening appointments\nwould help.");

        using var response = await GetAsync("/copro/staff/surveys/s/responses", "staff");
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var responses = page.QuerySelectorAll(".copro-staff__response").ToList();
        Assert.Equal(["Response 2, 1 December 2026, 13:00", "Response 1, 1 December 2026, 12:00"], responses.Select(section => section.QuerySelector("h2")!.TextContent));
        Assert.Equal("Evening appointments\nwould help.", responses[0].QuerySelector(".copro-staff__text")?.TextContent);
        Assert.Equal(["Online, on this site", "Agree", "I work in health or social care"], responses[0].QuerySelectorAll("dd:not(.copro-staff__text)").Select(dd => dd.TextContent));
        Assert.Contains("<script>", responses[1].QuerySelector(".copro-staff__text")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main script, .copro-staff script"));
    }

    [Fact]
    public async Task ResponsesPage_FiltersByGroupAndWords_AndPagesThroughTheRest()
    {
        await StartAsync();
        await SubmitAsync(22, who: "uses", text: "Waiting too long");
        await SubmitAsync(3, who: "works", text: "Short staffed");

        var byGroup = await (await GetAsync("/copro/staff/surveys/s/responses?group=works", "staff")).ReadDocumentAsync();
        using var staff = _site.Client("staff");
        using var searched = await FormPost.From(await staff.GetDocumentAsync("/copro/staff/surveys/s/responses"), "form.copro-staff__filters").Set("q", "WAITING").PostAsync(staff);
        var byWords = await searched.ReadDocumentAsync();
        var wordsInAddress = await (await GetAsync("/copro/staff/surveys/s/responses?q=WAITING", "staff")).ReadDocumentAsync();
        var unknownGroup = await (await GetAsync("/copro/staff/surveys/s/responses?group=nobody&page=99", "staff")).ReadDocumentAsync();

        Assert.Equal("3 of 25 responses match.", Count(byGroup));
        Assert.Equal("works", byGroup.QuerySelector("select[name=group] option[selected]")?.GetAttribute("value"));
        // Words are posted and never put in an address: their matches show at once, and words in an address are ignored.
        Assert.Equal("22 of 25 responses match.", Count(byWords));
        Assert.Null(byWords.QuerySelector(".copro-pagination"));
        Assert.Equal(22, byWords.QuerySelectorAll(".copro-staff__response").Length);
        Assert.Equal("25 responses, page 1 of 2.", Count(wordsInAddress));
        Assert.Equal("25 responses, page 2 of 2.", Count(unknownGroup));
        Assert.Equal(5, unknownGroup.QuerySelectorAll(".copro-staff__response").Length);
    }

    private static string Count(IDocument page) =>
        string.Join(' ', page.QuerySelector(".copro-staff__count")!.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static string? Fact(IDocument page, string term) =>
        page.QuerySelectorAll("dt").FirstOrDefault(dt => dt.TextContent == term)?.NextElementSibling?.TextContent;

    private static List<List<string>> Rows(IElement table) =>
        table.QuerySelectorAll("tbody tr").Select(row => row.Children.Select(cell => cell.TextContent).ToList()).ToList();

    private async Task<HttpResponseMessage> GetAsync(string path, string? user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (user is not null)
        {
            request.Headers.Add(HeaderAuthentication.Header, user);
        }

        return await _site.App.GetTestClient().SendAsync(request);
    }

    private async Task SubmitAsync(int times, string? who, string? text = null)
    {
        var service = _site.Services.GetRequiredService<SurveyService>();
        var survey = _site.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues> { ["q-say"] = "agree", ["q-who"] = who, ["q-else"] = text }), survey);
        for (var i = 0; i < times; i++)
        {
            Assert.True(await service.SubmitAsync(survey, SurveyService.NewKey(), answers));
        }
    }

    private Task StartAsync(string? staffPolicy = "Staff")
    {
        _site.WriteContent("surveys/s.md", Survey);
        return _site.StartAsync(settings: [new("CoProWidgets:StaffPolicy", staffPolicy)], services: services => HeaderAuthentication.AddTo(services, "Staff"));
    }
}
