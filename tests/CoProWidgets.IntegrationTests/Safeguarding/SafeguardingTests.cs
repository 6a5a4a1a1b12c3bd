using System.Net;
using CoProWidgets.Audit;
using CoProWidgets.Email;
using CoProWidgets.Quotes;
using CoProWidgets.Retention;
using CoProWidgets.Safeguarding;
using CoProWidgets.Storage;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.IntegrationTests.Safeguarding;

/// <summary>
/// Every written answer is screened when it arrives: a disclosure in a comment nobody offered for publication reaches
/// the safeguarding queue and its address; staff record what they did; responses can be deleted, and answers blanked.
/// </summary>
public sealed class SafeguardingTests : IAsyncDisposable
{
    private const string Survey = """
        ---
        title: Your care at home
        opens: 2026-11-01
        closes: 2026-11-30
        results: while-open
        thank-you: Thanks.
        ---
        ## How is your care?
        id: care
        type: agreement

        ## Who are you?
        id: who
        type: single
        group: yes

        - uses: I use services
        - carer: I care for someone

        ## Anything else?
        id: else
        type: text
        required: no
        publish: ask
        """;

    private readonly LibrarySite _site = new(FixedTime.At("2026-12-01T12:00:00Z"));

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ADisclosureInACommentNotOfferedForPublication_ReachesTheQueueAndTheAddress_AndStaffRecordWhatTheyDid(string provider)
    {
        await StartAsync(provider);
        await SubmitAsync("he hits the children when he drinks and i am scared to go home");
        await SubmitAsync("The receptionist was lovely.");

        Assert.Equal(1, await Queue.NotifyAsync(CancellationToken.None));
        await using (var db = Db())
        {
            var response = await db.SurveyResponses.SingleAsync(r => r.Safeguarding);
            Assert.Contains(QuoteFlags.Safeguarding, response.FlagList);
            var email = await db.Outbox.SingleAsync(message => message.Kind == SafeguardingQueue.EmailKind);
            Assert.Equal("safeguarding@example.org", email.Recipient);
            Assert.DoesNotContain("hits", email.TextBody, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("/copro/staff/safeguarding", email.TextBody, StringComparison.Ordinal);
            Assert.Empty(await db.SurveyQuotes.ToListAsync());
        }

        using var staff = _site.Client("sam/staff");
        var queue = await staff.GetDocumentAsync("/copro/staff/safeguarding");
        Assert.Contains("he hits the children", queue.QuerySelector(".copro-staff__response")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Found by the screening", queue.QuerySelector(".copro-staff__response")!.TextContent, StringComparison.Ordinal);

        using var empty = await FormPost.From(queue, ".copro-staff__response form").PostAsync(staff);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Enter what you did about this concern", (await empty.ReadDocumentAsync()).QuerySelector(".copro-error-summary")!.TextContent, StringComparison.Ordinal);

        using var recorded = await FormPost.From(queue, ".copro-staff__response form").Set("action", "Passed to Jo, our safeguarding lead, who called the family's social worker.").PostAsync(staff);
        Assert.Equal(HttpStatusCode.SeeOther, recorded.StatusCode);
        var after = await staff.GetDocumentAsync(recorded.Headers.Location!.OriginalString);
        Assert.Contains("Nothing is waiting.", after.Body!.TextContent, StringComparison.Ordinal);
        await using var check = Db();
        var actioned = await check.SafeguardingConcerns.SingleAsync();
        Assert.Equal(SafeguardingStatus.Actioned, actioned.Status);
        Assert.False(string.IsNullOrEmpty(actioned.ActionedBy));
        Assert.Contains($"{actioned.ActionedBy}, ", after.QuerySelectorAll("li").Select(item => item.TextContent).Single(text => text.Contains("Passed to Jo", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(1, await check.AuditLog.CountAsync(entry => entry.Action == AuditActions.ConcernActioned));
        Assert.DoesNotContain(await check.AuditLog.Select(entry => entry.Detail).ToListAsync(), detail => detail != null && detail.Contains("Jo", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ManyDisclosures_AreToldInAtMostOneEmailAnHour_EachConcernInOne()
    {
        await StartAsync();
        for (var i = 0; i < 5; i++)
        {
            await SubmitAsync("i dont want to be here any more");
        }

        Assert.Equal(5, await Queue.NotifyAsync(CancellationToken.None));
        await SubmitAsync("she controls all my money and wont let me see my friends");
        Assert.Equal(0, await Queue.NotifyAsync(CancellationToken.None));
        _site.Time!.Now += TimeSpan.FromMinutes(61);
        Assert.Equal(1, await Queue.NotifyAsync(CancellationToken.None));
        Assert.Equal(0, await Queue.NotifyAsync(CancellationToken.None));
        await using var db = Db();
        Assert.Equal(2, await db.Outbox.CountAsync(message => message.Kind == SafeguardingQueue.EmailKind));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StaffRaiseAConcernOnAnyAnswer_AndCanDeleteTheResponseOnlyOnceTheyRecordWhatTheyDid_WhenItsCountsGoDown(string provider)
    {
        await StartAsync(provider);
        for (var i = 0; i < 12; i++)
        {
            await SubmitAsync(i == 0 ? "Mum's carer leaves before she has eaten anything." : "Fine.");
        }

        var survey = _site.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        var before = await SurveyTally.ReadAsync(_site.Services.GetRequiredService<CoProDbContextFactory>(), "s");
        using var staff = _site.Client("sam/staff");
        var responses = await staff.GetDocumentAsync("/copro/staff/surveys/s/responses");
        var last = responses.QuerySelectorAll(".copro-staff__response")[^1];
        var raise = last.QuerySelectorAll("form").Single(form => form.GetAttribute("action")!.EndsWith("/concern", StringComparison.Ordinal)).GetAttribute("action")!;
        using var raised = await FormPost.From(responses, $"form[action='{raise}']").Set("reason", "Someone may not be getting fed.").PostAsync(staff);
        Assert.Equal(HttpStatusCode.SeeOther, raised.StatusCode);

        var delete = last.QuerySelectorAll("form").Single(form => form.GetAttribute("action")!.EndsWith("/delete", StringComparison.Ordinal)).GetAttribute("action")!;
        using var unconfirmed = await FormPost.From(responses, $"form[action='{delete}']").PostAsync(staff);
        Assert.Equal(12, await Db().SurveyResponses.CountAsync());

        // The concern is open: the words stay for whoever deals with it, and the page says why.
        using var refused = await FormPost.From(responses, $"form[action='{delete}']").Check("confirm", "yes").PostAsync(staff);
        Assert.Equal(HttpStatusCode.SeeOther, refused.StatusCode);
        var refusal = await staff.GetDocumentAsync(refused.Headers.Location!.OriginalString);
        Assert.Contains("a safeguarding concern on this response is still open", refusal.QuerySelector(".copro-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Error: ", refusal.Title, StringComparison.Ordinal);
        Assert.Equal(12, await Db().SurveyResponses.CountAsync());
        Assert.Equal(0, await Db().AuditLog.CountAsync(entry => entry.Action == AuditActions.ResponseDeleted));

        // Every concern waiting is on that response (the screening's, if it found one, and the one staff raised).
        for (var queue = await staff.GetDocumentAsync("/copro/staff/safeguarding"); queue.QuerySelector(".copro-staff__response form") is not null; queue = await staff.GetDocumentAsync("/copro/staff/safeguarding"))
        {
            using var recorded = await FormPost.From(queue, ".copro-staff__response form").Set("action", "Told the care agency's manager.").PostAsync(staff);
            Assert.Equal(HttpStatusCode.SeeOther, recorded.StatusCode);
        }

        using var deleted = await FormPost.From(responses, $"form[action='{delete}']").Check("confirm", "yes").PostAsync(staff);
        Assert.Equal(HttpStatusCode.SeeOther, deleted.StatusCode);
        Assert.EndsWith("done=deleted", deleted.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var after = await SurveyTally.ReadAsync(_site.Services.GetRequiredService<CoProDbContextFactory>(), "s");
        Assert.Equal(before.Responses - 1, after.Responses);
        Assert.Equal(before.Of("care", "agree", "uses") - 1, after.Of("care", "agree", "uses"));
        Assert.Equal(1, after.Of(string.Empty, DisclosureAudit.RemovedOption, string.Empty));
        await using var db = Db();
        Assert.Equal(11, await db.SurveyResponses.CountAsync());
        var concern = await db.SafeguardingConcerns.SingleAsync(c => c.RaisedBy != null);
        Assert.Equal("Someone may not be getting fed.", concern.Reason);
        Assert.Equal(1, await db.AuditLog.CountAsync(entry => entry.Action == AuditActions.ResponseDeleted));
        Assert.Equal(1, await db.AuditLog.CountAsync(entry => entry.Action == AuditActions.ConcernRaised));
        Assert.NotNull(survey);

        // A second click deletes nothing, and says so rather than that it was done.
        using var again = await FormPost.From(responses, $"form[action='{delete}']").Check("confirm", "yes").PostAsync(staff);
        var nothing = await staff.GetDocumentAsync(again.Headers.Location!.OriginalString);
        Assert.Contains("Nothing was deleted: the response is no longer here", nothing.QuerySelector(".copro-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await Db().AuditLog.CountAsync(entry => entry.Action == AuditActions.ResponseDeleted));
    }

    [Fact]
    public async Task AnExcludedResponse_IncludedAgain_CountsAgain()
    {
        await StartAsync();
        await SubmitAsync("Fine.");
        var service = _site.Services.GetRequiredService<SurveyService>();
        var survey = _site.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        var id = (await Db().SurveyResponses.SingleAsync()).Id;

        Assert.True(await service.ExcludeAsync(survey, id, alongside: null));
        Assert.Equal(0, (await SurveyTally.ReadAsync(_site.Services.GetRequiredService<CoProDbContextFactory>(), "s")).Responses);
        Assert.True(await service.IncludeAsync(survey, id, alongside: null));
        Assert.False(await service.IncludeAsync(survey, id, alongside: null));
        Assert.Equal(1, (await SurveyTally.ReadAsync(_site.Services.GetRequiredService<CoProDbContextFactory>(), "s")).Of("care", "agree", "uses"));
    }

    [Fact]
    public async Task WrittenAnswers_AreBlankedAYearAfterTheSurveyCloses_AndRejectedQuotesGoAfterAMonth()
    {
        await StartAsync();
        await SubmitAsync("Call me on 07700 900123.");
        await using (var db = Db())
        {
            db.SurveyQuotes.Add(new SurveyQuote { Id = Guid.NewGuid(), Survey = "s", Question = "else", Text = "Rejected words", Status = SurveyQuoteStatus.Rejected, DecidedAt = _site.Time!.Now.UtcDateTime, SubmittedAt = _site.Time.Now.UtcDateTime });
            await db.SaveChangesAsync();
        }

        var retention = _site.Services.GetServices<IHostedService>().OfType<RetentionService>().Single();
        await retention.RunOnceAsync(CancellationToken.None);
        Assert.Contains("07700", (await Db().SurveyResponses.SingleAsync()).Answers, StringComparison.Ordinal);
        Assert.Single(await Db().SurveyQuotes.ToListAsync());

        _site.Time!.Now += TimeSpan.FromDays(31);
        await retention.RunOnceAsync(CancellationToken.None);
        Assert.Empty(await Db().SurveyQuotes.ToListAsync());
        Assert.Contains("07700", (await Db().SurveyResponses.SingleAsync()).Answers, StringComparison.Ordinal);

        _site.Time.Now += TimeSpan.FromDays(365);
        await retention.RunOnceAsync(CancellationToken.None);
        var blanked = await Db().SurveyResponses.SingleAsync();
        Assert.True(blanked.Blanked);
        Assert.DoesNotContain("07700", blanked.Answers, StringComparison.Ordinal);
        Assert.Contains("agree", blanked.Answers, StringComparison.Ordinal);
        Assert.Null(blanked.Flags);
    }

    [Fact]
    public async Task AQuoteDeletedByStaff_IsGoneAtOnce_WhateverItsStatus()
    {
        await StartAsync();
        var survey = _site.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues> { ["q-care"] = "agree", ["q-who"] = "uses", ["q-else"] = "More evening clinics.", ["q-else-publish"] = "yes" }), survey);
        Assert.True(await _site.Services.GetRequiredService<SurveyService>().SubmitAsync(survey, SurveyService.NewKey(), answers));
        using var staff = _site.Client("sam/staff");
        var quotes = await staff.GetDocumentAsync("/copro/staff/quotes");

        using var deleted = await FormPost.From(quotes, "form[action*='/staff/quotes/']").Set("action", "delete").PostAsync(staff);

        Assert.Equal(HttpStatusCode.SeeOther, deleted.StatusCode);
        Assert.Equal("Quote deleted", (await staff.GetDocumentAsync(deleted.Headers.Location!.OriginalString)).QuerySelector("#copro-staff-decided")?.TextContent);
        await using var db = Db();
        Assert.Empty(await db.SurveyQuotes.ToListAsync());
        Assert.Single(await db.SurveyResponses.ToListAsync());
        Assert.Equal(1, await db.AuditLog.CountAsync(entry => entry.Action == AuditActions.QuoteDeleted));
    }

    private SafeguardingQueue Queue => _site.Services.GetRequiredService<SafeguardingQueue>();

    private CoProDbContext Db() => _site.Services.GetRequiredService<CoProDbContextFactory>().Create();

    private async Task SubmitAsync(string text)
    {
        var survey = _site.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues> { ["q-care"] = "agree", ["q-who"] = "uses", ["q-else"] = text }), survey);
        Assert.True(await _site.Services.GetRequiredService<SurveyService>().SubmitAsync(survey, SurveyService.NewKey(), answers, SurveyChannel.Paper));
    }

    private Task StartAsync(string provider = TestDatabase.Sqlite)
    {
        _site.WriteContent("surveys/s.md", Survey);
        return _site.StartAsync(
            provider,
            [new("CoProWidgets:StaffPolicy", "Staff"), new("CoProWidgets:Safeguarding:NotifyEmail", "safeguarding@example.org"), new("CoProWidgets:SiteUrl", "https://healthwatch.example/")],
            services =>
            {
                HeaderAuthentication.AddTo(services, "Staff");
                services.Remove(services.Single(descriptor => descriptor.ImplementationType == typeof(SafeguardingNotifier)));
            });
    }
}
