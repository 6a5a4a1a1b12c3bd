using System.Net;
using CoProWidgets.Audit;
using CoProWidgets.Quotes;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.IntegrationTests.Staff;

/// <summary>Quotes with consent and moderation: nothing without a "yes" and a person's approval is ever shown.</summary>
public sealed class StaffQuotesTests : IAsyncDisposable
{
    private const string Survey = """
        ---
        title: Having a say
        opens: 2026-11-01
        closes: 2026-12-31
        results: while-open
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

    private readonly LibrarySite _site = new(FixedTime.At("2026-12-01T12:00:00Z"));

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task OnlyWordsWithAYes_BecomeQuotes_FlaggedForAPerson()
    {
        await StartAsync();

        await SubmitAsync("Ring me on 07700 900123 about evening slots", consent: "yes");
        await SubmitAsync("Please do not share this", consent: "no");
        await SubmitAsync("No answer to the consent question", consent: null);

        await using var db = Contexts.Create();
        var quote = await db.SurveyQuotes.SingleAsync();
        Assert.Equal((SurveyQuoteStatus.Pending, QuoteFlags.Phone, "uses"), (quote.Status, quote.Flags, quote.Group));
        using var staff = _site.Client("staff");
        var queue = await (await staff.GetAsync(new Uri("/copro/staff/quotes", UriKind.Relative))).ReadDocumentAsync();
        Assert.Single(queue.QuerySelectorAll(".copro-staff__response"));
        Assert.Contains("phone number", queue.QuerySelector(".copro-staff__response")!.TextContent, StringComparison.Ordinal);
        var results = await (await staff.GetAsync(new Uri("/copro/surveys/s/results", UriKind.Relative))).ReadDocumentAsync();
        Assert.Null(results.QuerySelector(".copro-quote"));
    }

    [Fact]
    public async Task StaffRedactAndApprove_ThenTheWordsShowWithTheResults_AndInAnOutcomeThatCitesThem()
    {
        await StartAsync();
        await SubmitAsync("Ring me on 07700 900123: evening slots would help me get to work.", consent: "yes");
        await SubmitAsync("Rude words here", consent: "yes");
        using var staff = _site.Client("sam/staff");
        var queue = await (await staff.GetAsync(new Uri("/copro/staff/quotes", UriKind.Relative))).ReadDocumentAsync();
        var first = FormPost.From(queue, ".copro-staff__response form");

        using var unchanged = await Clone(first).Set("action", "approve").PostAsync(staff);
        var unchangedPage = await unchanged.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.BadRequest, unchanged.StatusCode);
        Assert.Contains("still contain what looks like: phone number", unchangedPage.QuerySelector(".copro-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.All(unchangedPage.QuerySelectorAll(".copro-error-summary a"), link => Assert.NotNull(unchangedPage.GetElementById(link.GetAttribute("href")![1..])));

        using var noReason = await Clone(first).Set("text", "[removed]: evening slots would help me get to work.").Set("action", "approve").PostAsync(staff);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);

        using var approved = await Clone(first).Set("text", "[removed]: evening slots would help me get to work.").Set("reason", "phone number removed").Set("themes", "Evening appointments, Work").Set("action", "approve").PostAsync(staff);
        Assert.Equal("/copro/staff/quotes?decided=approve", approved.Headers.Location?.OriginalString);
        var second = FormPost.From(await (await staff.GetAsync(new Uri("/copro/staff/quotes", UriKind.Relative))).ReadDocumentAsync(), ".copro-staff__response form");
        using var rejected = await second.Set("action", "reject").PostAsync(staff);
        Assert.Equal("/copro/staff/quotes?decided=reject", rejected.Headers.Location?.OriginalString);

        var results = await (await staff.GetAsync(new Uri("/copro/surveys/s/results", UriKind.Relative))).ReadDocumentAsync();
        Assert.Equal(["[removed]: evening slots would help me get to work."], results.QuerySelectorAll(".copro-quote blockquote").Select(quote => quote.TextContent));
        Assert.Null(results.QuerySelector(".copro-quote figcaption"));
        Assert.Contains("Evening appointments", results.QuerySelector(".copro-results__said table")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("07700", results.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Rude words", results.Body!.InnerHtml, StringComparison.Ordinal);

        await using var db = Contexts.Create();
        var quote = await db.SurveyQuotes.SingleAsync(q => q.Status == SurveyQuoteStatus.Approved);
        Assert.Equal(("phone number removed", "sam"), (quote.RedactionReason, quote.DecidedBy));
        Assert.Equal([AuditActions.QuoteApproved, AuditActions.QuoteRejected], await db.AuditLog.OrderBy(entry => entry.At).ThenBy(entry => entry.Id).Select(entry => entry.Action).ToListAsync());

        _site.WriteContent("outcomes/evening.md", $"---\ntitle: Evening appointments\ndate: 2026-12-01\nstatus: planned\nareas: [gp]\nsurvey: s\nnotify: no\n---\n## You said\n\nPeople who work could not get appointments.\n\n{{quote: {quote.Code}}}\n\n{{quote: 00000000}}\n\n## We did\n\nTwo practices open late.\n");
        var outcome = await (await staff.GetAsync(new Uri("/copro/outcomes/evening", UriKind.Relative))).ReadDocumentAsync();
        Assert.Equal(["[removed]: evening slots would help me get to work."], outcome.QuerySelectorAll(".copro-quote blockquote").Select(q => q.TextContent));
        Assert.DoesNotContain("{quote", outcome.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APossibleSafeguardingConcern_CannotBeDecided_WithoutConfirmingItWasPassedOn()
    {
        await StartAsync();
        await SubmitAsync("My son hits me when the carers do not come", consent: "yes");
        using var staff = _site.Client("staff");
        var queue = await (await staff.GetAsync(new Uri("/copro/staff/quotes", UriKind.Relative))).ReadDocumentAsync();
        Assert.Contains("Possible safeguarding concern", queue.QuerySelector(".copro-inset")?.TextContent, StringComparison.Ordinal);
        var form = FormPost.From(queue, ".copro-staff__response form");

        using var unconfirmed = await Clone(form).Set("action", "reject").PostAsync(staff);
        using var confirmed = await Clone(form).Check("safeguarding", "yes").Set("action", "reject").PostAsync(staff);

        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, confirmed.StatusCode);
    }

    [Fact]
    public async Task FlaggedWords_CanBeApprovedAsTheyAre_WithAReason_WhichTheAuditLogKeeps()
    {
        await StartAsync();
        await SubmitAsync("The surgery's line 01632 960123 never answers before ten.", consent: "yes");
        using var staff = _site.Client("sam/staff");
        var queue = await (await staff.GetAsync(new Uri("/copro/staff/quotes", UriKind.Relative))).ReadDocumentAsync();
        var form = FormPost.From(queue, ".copro-staff__response form");
        Assert.NotNull(queue.QuerySelector($"input[name={StaffQuotesField}]"));

        using var approved = await form.Copy().Set("action", "approve").Set(StaffQuotesField, "the surgery's public phone number, not the writer's").PostAsync(staff);

        Assert.Equal(HttpStatusCode.SeeOther, approved.StatusCode);
        await using var db = Contexts.Create();
        var quote = await db.SurveyQuotes.SingleAsync();
        Assert.Equal((SurveyQuoteStatus.Approved, "The surgery's line 01632 960123 never answers before ten."), (quote.Status, quote.PublishedText));
        var entry = await db.AuditLog.SingleAsync();
        Assert.Equal(AuditActions.QuoteApproved, entry.Action);
        Assert.Contains("Published although it looks like phone number: the surgery's public phone number, not the writer's", entry.Detail, StringComparison.Ordinal);
    }

    private const string StaffQuotesField = CoProWidgets.Staff.StaffQuotes.OverrideField;

    private CoProDbContextFactory Contexts => _site.Services.GetRequiredService<CoProDbContextFactory>();

    private static FormPost Clone(FormPost form) => form.Copy();

    private async Task SubmitAsync(string text, string? consent)
    {
        var survey = _site.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues> { ["q-who"] = "uses", ["q-else"] = text, ["q-else-publish"] = consent }), survey);
        Assert.True(await _site.Services.GetRequiredService<SurveyService>().SubmitAsync(survey, SurveyService.NewKey(), answers));
    }

    private Task StartAsync()
    {
        _site.WriteContent("surveys/s.md", Survey);
        _site.WriteContent("get-involved.md", "---\ntitle: Get involved\nprivacy-url: /privacy\nconsent: We keep your details.\nareas:\n  gp: GP access\n---\nTake part.\n");
        return _site.StartAsync(settings: [new("CoProWidgets:StaffPolicy", "Staff")], services: services => HeaderAuthentication.AddTo(services, "Staff"));
    }
}
