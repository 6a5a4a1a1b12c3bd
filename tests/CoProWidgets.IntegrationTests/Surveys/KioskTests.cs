using System.Net;
using AngleSharp.Dom;
using CoProWidgets.Audit;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Surveys;

/// <summary>
/// A survey kiosk end to end: staff make a signed link, people answer through it one after another, each response is
/// stored as given at the event, and nothing a browser keeps or sends again shows one person's answers to the next.
/// </summary>
public sealed class KioskTests : IAsyncDisposable
{
    private const string Survey = """
        ---
        title: Having a say
        thank-you: Thanks.
        ---
        ## I have a say in my care
        id: say
        type: agreement

        ## Anything else?
        id: else
        type: text
        required: no
        """;

    // The Data Protection time limit is checked against the real clock too, so the site's clock starts at the real now.
    private readonly LibrarySite _site = new(new FixedTime(DateTimeOffset.UtcNow));

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task StaffMakeALink_WithProblemsInTheSummary_AndEachLinkMadeIsAudited()
    {
        await StartAsync();
        using var staff = _site.Client("sam/staff");
        var form = FormPost.From(await staff.GetDocumentAsync("/copro/staff/surveys/s/kiosk"), "form.copro-form");

        using var wrong = await form.Copy().Set("event", " ").Set("days", "15").PostAsync(staff);
        var problems = await wrong.ReadDocumentAsync();
        using var made = await form.Copy().Set("event", "Carers' week, Central Library").Set("days", "2").PostAsync(staff);
        var page = await made.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(["#copro-kiosk-event", "#copro-kiosk-days"], problems.QuerySelectorAll(".copro-error-summary a").Select(link => link.GetAttribute("href")));
        Assert.All(problems.QuerySelectorAll(".copro-error-summary a"), link => Assert.NotNull(problems.GetElementById(link.GetAttribute("href")![1..])));
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        Assert.StartsWith("http://localhost/copro/kiosk/", page.QuerySelector("[role=status] a")?.GetAttribute("href"), StringComparison.Ordinal);
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        var audit = await db.AuditLog.SingleAsync();
        Assert.Equal(("sam", AuditActions.KioskLinkMade, "survey s"), (audit.Actor, audit.Action, audit.Subject));
        Assert.Contains("Carers' week, Central Library", audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALinkChangedOrExpired_ShowsThatItHasEnded_AndTakesNothing()
    {
        await StartAsync();
        var links = _site.Services.GetRequiredService<KioskLinks>();
        var (token, _) = links.Create("s", "Stall", 1);
        using var client = _site.Client(null);

        var changed = token[..^4] + (token[^4] == 'A' ? "B" : "A") + token[^3..];
        using var tampered = await client.GetAsync(new Uri($"/copro/kiosk/{changed}", UriKind.Relative));
        var otherPurpose = _site.Services.GetRequiredService<CoProDataProtection>().Provider.CreateProtector("CoProWidgets.GetInvolved.SignUpTokens.v1").ToTimeLimitedDataProtector().Protect("x\ns\nStall", DateTimeOffset.UtcNow.AddDays(1));
        using var forged = await client.GetAsync(new Uri($"/copro/kiosk/{otherPurpose}", UriKind.Relative));
        _site.Time!.Now += TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1);
        using var expired = await client.GetAsync(new Uri($"/copro/kiosk/{token}", UriKind.Relative));
        using var posted = await client.PostAsync(new Uri($"/copro/kiosk/{token}", UriKind.Relative), new FormUrlEncodedContent([new("q-say", "agree"), new("action", "submit")]));

        Assert.All([tampered, forged, expired, posted], response =>
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore);
        });
        Assert.Equal("This kiosk link has ended", await expired.ReadMainHeadingAsync());
        Assert.Null(links.Read(token));
        Assert.Equal(0, await CountAsync());
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task AResponse_IsStoredWithTheEventChannelAndName_ShownToStaff_AndExported(string provider)
    {
        await StartOnAsync(provider);
        var (token, _) = _site.Services.GetRequiredService<KioskLinks>().Create("s", "Carers' week", 1);
        using var tablet = _site.Client(null);

        var first = await tablet.GetAsync(new Uri($"/copro/kiosk/{token}", UriKind.Relative));
        var page = await first.ReadDocumentAsync();
        Assert.True(first.Headers.CacheControl?.NoStore);
        Assert.Equal("off", page.QuerySelector("form.copro-form[action*='s=']")?.GetAttribute("autocomplete"));
        Assert.Equal("off", page.QuerySelector("textarea")?.GetAttribute("autocomplete"));
        Assert.Equal("Carers' week", page.QuerySelector(".copro-kiosk__event")?.TextContent);
        Assert.Null(page.QuerySelector("a[href*='sign-up']"));

        var thanks = await AnswerAsync(tablet, token, "agree", "Evening meetings");
        Assert.Contains($"{SurveyViewComponent.ThanksParameter}=s", thanks, StringComparison.Ordinal);

        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        var stored = await db.SurveyResponses.SingleAsync();
        Assert.Equal((SurveyChannel.Event, "Carers' week"), (stored.Channel, stored.EventName));
        using var staff = _site.Client("sam/staff");
        var responses = await staff.GetDocumentAsync("/copro/staff/surveys/s/responses");
        Assert.Contains(responses.QuerySelectorAll(".copro-staff__response dd"), dd => dd.TextContent == "Carers' week");
        using var csv = await FormPost.From(responses, "form[action$='responses.csv']").PostAsync(staff);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("response_id,submitted_at,survey_version,channel,event,excluded,say,", lines[0], StringComparison.Ordinal);
        Assert.Contains(",event,Carers' week,no,agree,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormFromBeforeTheSessionChanged_GetsAFreshFirstPage_AndNothingElse()
    {
        await StartAsync();
        var (token, _) = _site.Services.GetRequiredService<KioskLinks>().Create("s", "Stall", 1);
        using var tablet = _site.Client(null);

        // The first person reaches check your answers; the form on it is what Back and a resend would post again.
        var check = await ToCheckAsync(tablet, token, "disagree", "Private words");
        using var sent = await check.Copy().Set("action", "submit").PostAsync(tablet);
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);

        using var resent = await check.Copy().Set("action", "submit").PostAsync(tablet);
        using var changed = await check.Copy().Set("action", "change-1").PostAsync(tablet);

        // The second person starts, and the screen is cleared part way: their page cannot be posted again either.
        var second = await ToCheckAsync(tablet, token, "agree", "Second person");
        var clear = FormPost.From(await tablet.GetDocumentAsync($"/copro/kiosk/{token}"), "form.copro-kiosk__clear");
        using var cleared = await clear.PostAsync(tablet);
        using var afterClear = await second.Copy().Set("action", "change-1").PostAsync(tablet);

        Assert.All([resent, changed, afterClear], response =>
        {
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            Assert.Equal($"/copro/kiosk/{token}", response.Headers.Location?.OriginalString);
            Assert.True(response.Headers.CacheControl?.NoStore);
        });
        Assert.Equal(HttpStatusCode.SeeOther, cleared.StatusCode);
        var fresh = await (await tablet.GetAsync(resent.Headers.Location)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Private words", fresh, StringComparison.Ordinal);
        Assert.DoesNotContain("Second person", fresh, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", fresh, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task FiftyPeopleAtOneStall_AreNeverTurnedAway_WhileALeakedLinkIsBoundedByItsOwnBudget()
    {
        await StartAsync(
            new("CoProWidgets:RateLimits:SurveyResponses:PermitLimit", "5"),
            new("CoProWidgets:RateLimits:SurveyPages:PermitLimit", "5"),
            new("CoProWidgets:RateLimits:KioskResponses:PermitLimit", "50"));
        var links = _site.Services.GetRequiredService<KioskLinks>();
        var (stall, _) = links.Create("s", "Stall", 1);
        var (other, _) = links.Create("s", "Another stall", 1);
        using var tablet = _site.Client(null);

        for (var person = 0; person < 50; person++)
        {
            await AnswerAsync(tablet, stall, "agree", $"Person {person}");
        }

        var check = await ToCheckAsync(tablet, stall, "agree", "One too many");
        using var flooded = await check.Copy().Set("action", "submit").PostAsync(tablet);
        await AnswerAsync(tablet, other, "agree", "At the other stall");

        Assert.Equal(HttpStatusCode.TooManyRequests, flooded.StatusCode);
        Assert.Contains("One too many", await flooded.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(51, await CountAsync());
    }

    private static async Task<FormPost> ToCheckAsync(HttpClient tablet, string token, string say, string words)
    {
        var first = FormPost.From(await tablet.GetDocumentAsync($"/copro/kiosk/{token}"), "form.copro-form[action*='s=']");
        using var next = await first.Set("q-say", say).Set("q-else", words).Set("action", "next").PostAsync(tablet);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        return FormPost.From(await next.ReadDocumentAsync(), "form.copro-form[action*='s=']");
    }

    private static async Task<string> AnswerAsync(HttpClient tablet, string token, string say, string words)
    {
        using var sent = await (await ToCheckAsync(tablet, token, say, words)).Set("action", "submit").PostAsync(tablet);
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        return sent.Headers.Location!.OriginalString;
    }

    private async Task<int> CountAsync()
    {
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        return await db.SurveyResponses.CountAsync();
    }

    private Task StartAsync(params KeyValuePair<string, string?>[] settings) => StartOnAsync(TestDatabase.Sqlite, settings);

    private Task StartOnAsync(string provider, params KeyValuePair<string, string?>[] settings)
    {
        _site.WriteContent("surveys/s.md", Survey);
        return _site.StartAsync(provider, [new("CoProWidgets:StaffPolicy", "Staff"), .. settings], services => HeaderAuthentication.AddTo(services, "Staff"));
    }
}
