using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using CoProWidgets.Audit;
using CoProWidgets.Email;
using CoProWidgets.GetInvolved;
using CoProWidgets.IntegrationTests.Outcomes;
using CoProWidgets.Storage;
using CoProWidgets.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Staff;

/// <summary>People who signed up, found by address to download or erase their data; outcomes and their emails; the audit log.</summary>
public sealed class StaffPeopleTests : IAsyncDisposable
{
    private const string GetInvolved = """
        ---
        title: Get involved
        privacy-url: /privacy
        consent: We keep your details to tell you what happened.
        areas:
          gp-access: GP access
          carers: Support for carers
        ---
        Take part.
        """;

    private const string Outcome = """
        ---
        title: Evening appointments
        date: 2026-10-12
        status: in-progress
        areas: [gp-access]
        ---
        ## We did

        Two practices now open until 8pm.
        """;

    private readonly LibrarySite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task PeoplePage_CountsByStatusAreaAndWay()
    {
        await StartAsync();
        await Followers.AddAsync(Contexts, "a@example.org", "gp-access,carers");
        await Followers.AddAsync(Contexts, "b@example.org", "carers", byEmail: false);
        await Followers.AddAsync(Contexts, "c@example.org", "carers", SignUpStatus.Pending);
        using var staff = _site.Client("staff");

        var page = await (await staff.GetAsync(new Uri("/copro/staff/people", UriKind.Relative))).ReadDocumentAsync();

        var tables = page.QuerySelectorAll("table");
        Assert.Equal([["Waiting to confirm their address", "1"], ["Confirmed", "2"], ["Unsubscribed", "0"]], Rows(tables[0]));
        Assert.Equal([["GP access", "1"], ["Support for carers", "2"]], Rows(tables[1]));
        Assert.Equal([["Email", "1"], ["Phone", "0"], ["Post", "1"]], Rows(tables[2]));
        Assert.DoesNotContain("example.org", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindingAPerson_ThenDownloadingAndErasing_KeepsNoAddressInTheAuditLog()
    {
        await StartAsync();
        await Followers.AddAsync(Contexts, "sam@example.org", "gp-access");
        await using (var db = Contexts.Create())
        {
            db.Outbox.Add(new OutboxMessage { Id = Guid.CreateVersion7(), Kind = "welcome", Recipient = "sam@example.org", Subject = "Welcome", TextBody = "Hello Sam\n\nChange your choices: https://healthwatch.example/copro/get-involved/preferences?token=CfDJ8abc\nStop: <https://healthwatch.example/copro/get-involved/unsubscribe?token=CfDJ8def>", CreatedAt = DateTime.UtcNow, NextAttemptAt = DateTime.UtcNow.AddDays(1) });
            await db.SaveChangesAsync();
        }

        using var staff = _site.Client("staff");
        var people = await (await staff.GetAsync(new Uri("/copro/staff/people", UriKind.Relative))).ReadDocumentAsync();
        using var found = await FormPost.From(people).Set("email", "  SAM@example.org ").PostAsync(staff);
        var foundPage = await found.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal("sam@example.org", Fact(foundPage, "Email address"));
        Assert.Equal("1", Fact(foundPage, "Emails held"));

        using var download = await FormPost.From(foundPage, "form[action$='/download']").PostAsync(staff);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        using (var held = JsonDocument.Parse(await download.Content.ReadAsStringAsync()))
        {
            Assert.Equal("sam@example.org", held.RootElement.GetProperty("signUp").GetProperty("email").GetString());
            Assert.Equal(["GP access"], held.RootElement.GetProperty("signUp").GetProperty("areas").EnumerateArray().Select(area => area.GetString()));
            // A subject access file holds no working link: each address in an email's text is taken out.
            Assert.Equal("Hello Sam\n\nChange your choices: [link removed]\nStop: <[link removed]>", held.RootElement.GetProperty("emails")[0].GetProperty("text").GetString());
            Assert.DoesNotContain("token", held.RootElement.GetRawText(), StringComparison.OrdinalIgnoreCase);
        }

        using var unconfirmed = await FormPost.From(foundPage, "form[action$='/erase']").PostAsync(staff);
        var again = await unconfirmed.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.NotNull(again.GetElementById(again.QuerySelector(".copro-error-summary a")!.GetAttribute("href")![1..]));
        Assert.Equal(1, await Contexts.Create().SignUps.CountAsync());

        using var erased = await FormPost.From(again, "form[action$='/erase']").Check("confirm", "yes").PostAsync(staff);
        Assert.Equal(HttpStatusCode.SeeOther, erased.StatusCode);
        Assert.Equal("/copro/staff/people?erased=1", erased.Headers.Location?.OriginalString);

        await using var after = Contexts.Create();
        Assert.Equal(0, await after.SignUps.CountAsync());
        Assert.Equal(0, await after.Outbox.CountAsync());
        var audit = await after.AuditLog.OrderBy(entry => entry.At).ThenBy(entry => entry.Id).ToListAsync();
        Assert.Equal([AuditActions.PersonFound, AuditActions.PersonDownloaded, AuditActions.PersonErased], audit.Select(entry => entry.Action));
        Assert.All(audit, entry => Assert.StartsWith("sign-up ", entry.Subject, StringComparison.Ordinal));
        Assert.DoesNotContain(audit, entry => $"{entry.Subject} {entry.Detail}".Contains("example.org", StringComparison.Ordinal));

        var log = await (await staff.GetAsync(new Uri("/copro/staff/audit", UriKind.Relative))).ReadDocumentAsync();
        Assert.Equal(["person-erased", "person-downloaded", "person-found"], log.QuerySelectorAll("tbody tr").Select(row => row.Children[2].TextContent));
    }

    [Fact]
    public async Task FindingNobody_OrNothing_SaysSo()
    {
        await StartAsync();
        using var staff = _site.Client("staff");
        var people = await (await staff.GetAsync(new Uri("/copro/staff/people", UriKind.Relative))).ReadDocumentAsync();

        var nobody = await (await FormPost.From(people).Set("email", "nobody@example.org").PostAsync(staff)).ReadDocumentAsync();
        using var empty = await FormPost.From(people).Set("email", " ").PostAsync(staff);

        Assert.Contains("Nobody has signed up with that address", nobody.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("Enter the email address the person signed up with", (await empty.ReadDocumentAsync()).QuerySelector(".copro-error-summary a")?.TextContent);
    }

    [Fact]
    public async Task PeopleActions_WithoutAntiforgery_OrForVisitors_AreRefused()
    {
        await StartAsync();
        await Followers.AddAsync(Contexts, "sam@example.org", "gp-access");
        var id = (await Contexts.Create().SignUps.SingleAsync()).Id;
        using var staff = _site.Client("staff");
        using var visitor = _site.Client("visitor");
        await staff.GetAsync(new Uri("/copro/staff/people", UriKind.Relative));

        using var noToken = await staff.PostAsync(new Uri($"/copro/staff/people/{id}/erase", UriKind.Relative), new FormUrlEncodedContent([new("confirm", "yes")]));
        using var find = await staff.PostAsync(new Uri("/copro/staff/people/find", UriKind.Relative), new FormUrlEncodedContent([new("email", "sam@example.org")]));
        using var forbidden = await visitor.PostAsync(new Uri($"/copro/staff/people/{id}/download", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, find.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(1, await Contexts.Create().SignUps.CountAsync());
        Assert.Equal(0, await Contexts.Create().AuditLog.CountAsync());
    }

    [Fact]
    public async Task OutcomesPage_ShowsEachAnnouncementAndItsEmails_AndAFailedEmailCanBeRetried()
    {
        await StartAsync();
        await Followers.AddAsync(Contexts, "a@example.org", "gp-access");
        await Followers.AddAsync(Contexts, "b@example.org", "gp-access");
        await Followers.AddAsync(Contexts, "c@example.org", "gp-access", byEmail: false);
        _site.WriteContent("outcomes/evening.md", Outcome);
        await Wait.UntilAsync(async () => await Contexts.Create().Outbox.CountAsync(m => m.SentAt != null) == 2, "the outcome's two emails to be sent");
        await using (var db = Contexts.Create())
        {
            await db.Outbox.Where(m => m.Recipient == "b@example.org").ExecuteUpdateAsync(set => set
                .SetProperty(m => m.SentAt, (DateTime?)null).SetProperty(m => m.FailedAt, DateTime.UtcNow).SetProperty(m => m.Attempts, 8).SetProperty(m => m.LastError, "550 Mailbox unavailable"));
        }

        using var staff = _site.Client("staff");
        var page = await (await staff.GetAsync(new Uri("/copro/staff/outcomes", UriKind.Relative))).ReadDocumentAsync();

        Assert.Equal("1", Fact(page, "Failed in the last day"));
        var failed = page.QuerySelectorAll("table")[0].QuerySelector("tbody tr")!;
        Assert.Equal("b@example.org", failed.QuerySelector("th")?.TextContent);
        Assert.Contains("550 Mailbox unavailable", failed.TextContent, StringComparison.Ordinal);
        var history = page.QuerySelector(".copro-staff__outcome table tbody tr")!;
        Assert.Equal("In progress", history.QuerySelector("th")?.TextContent);
        Assert.Equal(["2 people", "0", "1", "1"], history.QuerySelectorAll("td").Skip(1).Select(cell => cell.TextContent));
        var csv = await (await FormPost.From(page, ".copro-staff__outcome form[action$='post-list.csv']").PostAsync(staff)).Content.ReadAsStringAsync();
        Assert.Contains("1 High Street", csv, StringComparison.Ordinal);

        using var retried = await FormPost.From(page, "table form").PostAsync(staff);
        Assert.Equal("/copro/staff/outcomes?retried=1", retried.Headers.Location?.OriginalString);
        await Wait.UntilAsync(async () => await Contexts.Create().Outbox.CountAsync(m => m.SentAt != null) == 2, "the retried email to be sent");
        using var twice = await FormPost.From(page, "table form").PostAsync(staff);
        Assert.Equal("/copro/staff/outcomes?retried=0", twice.Headers.Location?.OriginalString);
        var actions = await Contexts.Create().AuditLog.Select(entry => entry.Action).ToListAsync();
        Assert.Equal([AuditActions.ContactListExported, AuditActions.EmailRetried], actions.Order());
    }

    [Fact]
    public async Task RetriedEmail_ToSomeoneWhoHasSinceUnsubscribed_IsNotSent_AndSaysWhy()
    {
        await StartAsync();
        await Followers.AddAsync(Contexts, "a@example.org", "gp-access");
        await Followers.AddAsync(Contexts, "b@example.org", "gp-access");
        _site.WriteContent("outcomes/evening.md", Outcome);
        await Wait.UntilAsync(async () => await Contexts.Create().Outbox.CountAsync(m => m.SentAt != null) == 2, "the outcome's two emails to be sent");
        await using (var db = Contexts.Create())
        {
            await db.Outbox.ExecuteUpdateAsync(set => set
                .SetProperty(m => m.SentAt, (DateTime?)null).SetProperty(m => m.FailedAt, DateTime.UtcNow).SetProperty(m => m.Attempts, 8).SetProperty(m => m.LastError, "550 Mailbox unavailable"));
            await db.SignUps.Where(s => s.Email == "b@example.org").ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, SignUpStatus.Unsubscribed));
        }

        using var staff = _site.Client("staff");
        var page = await staff.GetDocumentAsync("/copro/staff/outcomes");
        foreach (var form in page.QuerySelectorAll("table form").Select(form => form.GetAttribute("action")!))
        {
            using var retried = await FormPost.From(page, $"table form[action='{form}']").PostAsync(staff);
            Assert.Equal(HttpStatusCode.SeeOther, retried.StatusCode);
        }

        await Wait.UntilAsync(async () => await Contexts.Create().Outbox.CountAsync(m => m.LastError == CoProWidgets.Email.OutboxSender.NotSentError) == 1, "the unsubscribed person's email to be held back");
        await Wait.UntilAsync(async () => await Contexts.Create().Outbox.CountAsync(m => m.SentAt != null) == 1, "the other email to be sent");
        var held = await Contexts.Create().Outbox.SingleAsync(m => m.Recipient == "b@example.org");
        Assert.Null(held.SentAt);
        Assert.NotNull(held.FailedAt);
    }

    private CoProDbContextFactory Contexts => _site.Services.GetRequiredService<CoProDbContextFactory>();

    private static string? Fact(IDocument page, string term) =>
        page.QuerySelectorAll("dt").FirstOrDefault(dt => dt.TextContent == term)?.NextElementSibling?.TextContent;

    private static List<List<string>> Rows(IElement table) =>
        table.QuerySelectorAll("tbody tr").Select(row => row.Children.Select(cell => cell.TextContent).ToList()).ToList();

    private Task StartAsync()
    {
        _site.WriteContent("get-involved.md", GetInvolved);
        return _site.StartAsync(
            settings: [new("CoProWidgets:StaffPolicy", "Staff"), new("CoProWidgets:Outcomes:CheckInterval", "00:00:01"), new("CoProWidgets:Email:PollInterval", "00:00:01")],
            services: services => HeaderAuthentication.AddTo(services, "Staff"));
    }
}
