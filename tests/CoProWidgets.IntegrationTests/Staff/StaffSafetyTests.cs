using System.Net;
using CoProWidgets.Audit;
using CoProWidgets.Quotes;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.IntegrationTests.Staff;

/// <summary>
/// What keeps the workspace's data in the workspace: its headers on every response, the narrower policies for people,
/// moderation and publishing, exports only as audited POSTs, and an audit log that never holds the words searched for.
/// </summary>
public sealed class StaffSafetyTests : IAsyncDisposable
{
    private const string Survey = """
        ---
        title: Having a say
        thank-you: Thanks.
        ---
        ## Which describes you?
        id: who
        type: single
        required: no
        group: yes

        - uses: I use services
        - works: I work in care

        ## Anything else?
        id: else
        type: text
        publish: ask
        """;

    private const string Id = "0190a0b0-0000-7000-8000-000000000000";

    /// <summary>Every endpoint that names or reaches people, and how it is asked for.</summary>
    private static readonly string[] s_peoplePosts =
    [
        "/copro/staff/surveys/s/responses.csv",
        "/copro/staff/surveys/s/responses.json",
        "/copro/staff/outcomes/o/post-list.csv",
        "/copro/staff/outcomes/o/phone-list.csv",
        "/copro/staff/people/find",
        $"/copro/staff/people/{Id}/download",
        $"/copro/staff/people/{Id}/erase",
        "/copro/get-involved/sign-ups.csv",
    ];

    private readonly LibrarySite _site = new(FixedTime.At("2026-12-01T12:00:00Z"));

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    public static TheoryData<string> Pages => new(
        "/copro/staff", "/copro/staff/surveys/s", "/copro/staff/surveys/s/responses", "/copro/staff/surveys/s/enter", "/copro/staff/people",
        "/copro/staff/quotes", "/copro/staff/outcomes", "/copro/staff/audit", "/copro/staff/content", "/copro/staff/content/preview", "/copro/staff/surveys/nothing-here");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryStaffPage_ForStaffAndForEveryoneRefused_IsNeverFramedCachedOrReferred_AndLoadsNoScript(string path)
    {
        await StartAsync();
        using var staff = _site.Client("sam/staff");
        using var visitor = _site.Client("vera/visitor");
        using var anonymous = _site.Client(null);

        using var shown = await staff.GetAsync(new Uri(path, UriKind.Relative));
        using var forbidden = await visitor.GetAsync(new Uri(path, UriKind.Relative));
        using var unauthorized = await anonymous.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(path.EndsWith("nothing-here", StringComparison.Ordinal) ? HttpStatusCode.NotFound : HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        foreach (var response in (HttpResponseMessage[])[shown, forbidden, unauthorized])
        {
            AssertStaffHeaders(response);
        }

        var page = await shown.ReadDocumentAsync();
        Assert.Empty(page.QuerySelectorAll("script, [style], style"));
        Assert.Equal("#main", page.QuerySelector("a.copro-staff-layout__skip")?.GetAttribute("href"));
    }

    [Fact]
    public async Task AStaffPostRefusedForItsToken_CarriesTheHeadersToo()
    {
        await StartAsync();
        using var staff = _site.Client("sam/staff");

        using var refused = await staff.PostAsync(new Uri("/copro/staff/surveys/s/enter", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        AssertStaffHeaders(refused);
    }

    [Fact]
    public async Task AVolunteerWhoModeratesButMayNotSeePeople_IsRefusedEveryPeopleEndpointAndExport_AndCanModerate()
    {
        await StartAsync(narrower: true);
        await SubmitAsync("Evening slots would help.");
        using var volunteer = _site.Client("vic/volunteer");

        // A page of the workspace first, so each post carries a valid antiforgery token: only the policy refuses it.
        var enter = await volunteer.GetDocumentAsync("/copro/staff/surveys/s/enter");
        var token = enter.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var path in s_peoplePosts)
        {
            using var post = await volunteer.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("confirm", "yes"), new("email", "a@example.org")]));
            Assert.True(post.StatusCode == HttpStatusCode.Forbidden, $"{path}: {post.StatusCode}");
        }

        using var people = await volunteer.GetAsync(new Uri("/copro/staff/people", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, people.StatusCode);
        using var publish = await volunteer.PostAsync(new Uri("/copro/staff/surveys/s/publish", UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);

        // What the pages offer follows: no people link, no export forms, no publish button.
        var overview = await volunteer.GetDocumentAsync("/copro/staff");
        Assert.DoesNotContain(overview.QuerySelectorAll("a"), link => link.GetAttribute("href") == "/copro/staff/people");
        Assert.Contains(overview.QuerySelectorAll("nav.copro-staff-layout__nav a"), link => link.GetAttribute("href") == "/copro/staff/quotes");
        var responses = await volunteer.GetDocumentAsync("/copro/staff/surveys/s/responses");
        Assert.Empty(responses.QuerySelectorAll("form[action*='responses.']"));
        Assert.Null((await volunteer.GetDocumentAsync("/copro/staff/surveys/s")).QuerySelector("form[action$='/publish']"));

        var queue = await volunteer.GetDocumentAsync("/copro/staff/quotes");
        using var approved = await FormPost.From(queue, ".copro-staff__response form").Set("action", "approve").PostAsync(volunteer);
        Assert.Equal(HttpStatusCode.SeeOther, approved.StatusCode);
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        Assert.Equal(SurveyQuoteStatus.Approved, (await db.SurveyQuotes.SingleAsync()).Status);
        Assert.Equal([AuditActions.QuoteApproved], await db.AuditLog.Select(entry => entry.Action).ToListAsync());
    }

    [Fact]
    public async Task AHelperWhoMayNotModerate_IsRefusedPeoplesResponsesAndEveryActionOnThem_AndIsNotOfferedThem()
    {
        await StartAsync(narrower: true);
        await SubmitAsync("My neighbour hits me and takes my pension.");
        var id = (await _site.Services.GetRequiredService<CoProDbContextFactory>().Create().SurveyResponses.SingleAsync()).Id;
        using var helper = _site.Client("hal/helper");
        var survey = await helper.GetDocumentAsync("/copro/staff/surveys/s");
        var token = survey.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? (await helper.GetDocumentAsync("/copro/staff/surveys/s/enter")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        foreach (var path in (string[])["/copro/staff/surveys/s/responses", "/copro/staff/surveys/s/responses?concerns=yes", "/copro/staff/safeguarding"])
        {
            using var page = await helper.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(page.StatusCode == HttpStatusCode.Forbidden, $"{path}: {page.StatusCode}");
        }

        foreach (var action in (string[])["", $"/{id}/exclude", $"/{id}/include", $"/{id}/delete", $"/{id}/concern"])
        {
            using var post = await helper.PostAsync(new Uri($"/copro/staff/surveys/s/responses{action}", UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("confirm", "yes"), new("q", "pension")]));
            Assert.True(post.StatusCode == HttpStatusCode.Forbidden, $"responses{action}: {post.StatusCode}");
        }

        Assert.Empty(survey.QuerySelectorAll("a[href*='/responses']"));
        Assert.Contains("1 raised, 1 waiting", survey.QuerySelector(".copro-staff__facts")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(survey.QuerySelectorAll("nav.copro-staff-layout__nav a"), link => link.GetAttribute("href") == "/copro/staff/safeguarding");
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        Assert.Equal(1, await db.SurveyResponses.CountAsync(response => !response.Excluded));
        Assert.Equal(0, await db.AuditLog.CountAsync());
    }

    [Fact]
    public async Task AVolunteerWhoModeratesButMayNotSeePeople_ReadsAndExcludesResponses_ButMayNotDeleteOne()
    {
        await StartAsync(narrower: true);
        await SubmitAsync("Evening slots would help.");
        var id = (await _site.Services.GetRequiredService<CoProDbContextFactory>().Create().SurveyResponses.SingleAsync()).Id;
        using var volunteer = _site.Client("vic/volunteer");

        var responses = await volunteer.GetDocumentAsync("/copro/staff/surveys/s/responses");
        Assert.Empty(responses.QuerySelectorAll("form[action$='/delete']"));
        var token = responses.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var deleted = await volunteer.PostAsync(new Uri($"/copro/staff/surveys/s/responses/{id}/delete", UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("confirm", "yes")]));
        Assert.Equal(HttpStatusCode.Forbidden, deleted.StatusCode);
        using var excluded = await FormPost.From(responses, "form[action$='/exclude']").PostAsync(volunteer);
        Assert.Equal(HttpStatusCode.SeeOther, excluded.StatusCode);

        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        Assert.True((await db.SurveyResponses.SingleAsync()).Excluded);
    }

    [Fact]
    public async Task StaffWithEveryPolicy_SeeThePeopleLinkAndTheExportForms()
    {
        await StartAsync(narrower: true);
        await SubmitAsync("Evening slots would help.");
        using var staff = _site.Client("sam/staff");

        var overview = await staff.GetDocumentAsync("/copro/staff");
        var responses = await staff.GetDocumentAsync("/copro/staff/surveys/s/responses");

        Assert.Contains(overview.QuerySelectorAll("nav.copro-staff-layout__nav a"), link => link.GetAttribute("href") == "/copro/staff/people");
        Assert.Equal(2, responses.QuerySelectorAll("form[method=post][action*='responses.']").Length);
    }

    [Theory]
    [InlineData("/copro/staff/surveys/s/responses.csv")]
    [InlineData("/copro/staff/surveys/s/responses.json")]
    [InlineData("/copro/staff/outcomes/o/post-list.csv")]
    [InlineData("/copro/get-involved/sign-ups.csv")]
    public async Task Exports_AreNotThereForAGet(string path)
    {
        await StartAsync();
        using var staff = _site.Client("sam/staff");

        using var response = await staff.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        Assert.Equal(0, await db.AuditLog.CountAsync());
    }

    [Fact]
    public async Task AnExportFilteredByWords_IsAuditedWithoutTheWords_AndGivesEachResponsesDayOnly()
    {
        await StartAsync();
        await SubmitAsync("Call Priya Sharma about the evening slots.");
        await SubmitAsync("Nothing to add.");
        using var staff = _site.Client("sam/staff");
        using var searched = await FormPost.From(await staff.GetDocumentAsync("/copro/staff/surveys/s/responses"), "form.copro-staff__filters")
            .Set("q", "Priya Sharma").Set("group", "uses").PostAsync(staff);
        Assert.DoesNotContain("Priya", searched.RequestMessage!.RequestUri!.ToString(), StringComparison.Ordinal);
        var page = await searched.ReadDocumentAsync();
        Assert.Equal("1 of 2 responses match.", page.QuerySelector(".copro-staff__count")?.TextContent);

        using var csv = await FormPost.From(page, "form[action$='responses.csv']").PostAsync(staff);
        using var json = await FormPost.From(page, "form[action$='responses.json']").PostAsync(staff);

        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(",2026-12-01,", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("12:00", lines[1], StringComparison.Ordinal);
        var text = await json.Content.ReadAsStringAsync();
        Assert.Contains("\"submittedOn\": \"2026-12-01\"", text, StringComparison.Ordinal);
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        var details = await db.AuditLog.OrderBy(entry => entry.Detail).Select(entry => entry.Detail!).ToListAsync();
        Assert.Equal(["CSV, group=uses, words in written answers", "JSON, group=uses, words in written answers", "group=uses, words in written answers"], details.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(details, detail => detail.Contains("Priya", StringComparison.OrdinalIgnoreCase));
    }

    private static void AssertStaffHeaders(HttpResponseMessage response)
    {
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none';", policy, StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    private async Task SubmitAsync(string text)
    {
        var survey = _site.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues> { ["q-who"] = "uses", ["q-else"] = text, ["q-else-publish"] = "yes" }), survey);
        Assert.True(await _site.Services.GetRequiredService<SurveyService>().SubmitAsync(survey, SurveyService.NewKey(), answers));
    }

    /// <summary>
    /// Staff (<c>staff</c>), volunteers (<c>volunteer</c>) and helpers (<c>helper</c>, who enter paper responses) pass
    /// the staff policy; with <paramref name="narrower"/>, only staff pass the people and publishing policies, staff
    /// and volunteers the moderation policy, and helpers nothing more.
    /// </summary>
    private Task StartAsync(bool narrower = false)
    {
        _site.WriteContent("surveys/s.md", Survey);
        _site.WriteContent("get-involved.md", "---\ntitle: Get involved\nprivacy-url: /privacy\nconsent: We keep your details.\nareas:\n  gp: GP access\n---\nTake part.\n");
        List<KeyValuePair<string, string?>> settings = [new("CoProWidgets:StaffPolicy", "Staff")];
        if (narrower)
        {
            settings.AddRange([new("CoProWidgets:PeoplePolicy", "People"), new("CoProWidgets:ModerationPolicy", "Moderation"), new("CoProWidgets:PublishingPolicy", "People")]);
        }

        return _site.StartAsync(settings: settings, services: services =>
        {
            services.AddAuthentication(HeaderAuthentication.SchemeName).AddScheme<AuthenticationSchemeOptions, HeaderAuthentication>(HeaderAuthentication.SchemeName, null);
            services.AddAuthorization(options =>
            {
                options.AddPolicy("Staff", policy => policy.RequireRole("staff", "volunteer", "helper"));
                options.AddPolicy("People", policy => policy.RequireRole("staff"));
                options.AddPolicy("Moderation", policy => policy.RequireRole("staff", "volunteer"));
            });
        });
    }
}
