using System.Security.Claims;
using CoProWidgets.Audit;
using CoProWidgets.Quotes;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.IntegrationTests.Quotes;

/// <summary>The moderation rules take a decision, from whatever asked for it, and publish it at once.</summary>
public sealed class QuoteModerationTests : IAsyncDisposable
{
    private const string Survey = """
        ---
        title: Having a say
        opens: 2026-11-01
        closes: 2026-12-31
        results: while-open
        thank-you: Thanks.
        ---
        ## Anything else?
        id: else
        type: text
        publish: ask
        """;

    private static readonly ClaimsPrincipal s_sam = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "sam")], "Test"));

    private readonly LibrarySite _site = new(FixedTime.At("2026-12-01T12:00:00Z"));

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task ADecision_ReadAsTheRulesReadIt_IsRefusedWithWhatToChange_ThenPublishedOnceRight()
    {
        var id = await StartWithQuoteAsync("  Ring me on 07700 900123: evening slots please.  ");
        var moderation = _site.Services.GetRequiredService<QuoteModeration>();

        var refused = await moderation.DecideAsync(id, new QuoteDecision(QuoteVerdict.Approve, s_sam) { Text = "  [removed]: evening slots please.\r\n", Themes = [" Work ", "work", ""] }, CancellationToken.None);
        var problems = Assert.IsType<QuoteDecisionResult.Problems>(refused);
        Assert.Equal([QuoteDecisionPart.Reason], problems.List.Select(problem => problem.Part));
        Assert.Equal("[removed]: evening slots please.", problems.AsRead.Text);
        Assert.Equal(["Work"], problems.AsRead.Themes);
        Assert.Empty(await PublishedAsync());

        var decided = await moderation.DecideAsync(id, problems.AsRead with { Reason = "phone number removed" }, CancellationToken.None);

        Assert.IsType<QuoteDecisionResult.Decided>(decided);
        var published = Assert.Single(await PublishedAsync());
        Assert.Equal("[removed]: evening slots please.", published.Text);
        Assert.Equal(["Work"], published.Themes);
    }

    [Fact]
    public async Task Delete_TakesTheWords_AndNoSuchQuoteIsSaid()
    {
        var id = await StartWithQuoteAsync("My son hits me when the carers do not come");
        var moderation = _site.Services.GetRequiredService<QuoteModeration>();

        var deleted = await moderation.DecideAsync(id, new QuoteDecision(QuoteVerdict.Delete, s_sam), CancellationToken.None);
        var again = await moderation.DecideAsync(id, new QuoteDecision(QuoteVerdict.Reject, s_sam) { SafeguardingPassedOn = true }, CancellationToken.None);

        Assert.IsType<QuoteDecisionResult.Decided>(deleted);
        Assert.IsType<QuoteDecisionResult.NoSuchQuote>(again);
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        Assert.Empty(await db.SurveyQuotes.ToListAsync());
        Assert.Equal("sam", await db.AuditLog.Where(entry => entry.Action == AuditActions.QuoteDeleted).Select(entry => entry.Actor).SingleAsync());
    }

    private Task<IReadOnlyList<PublishedQuote>> PublishedAsync() =>
        _site.Services.GetRequiredService<PublishedQuotes>().ForSurveyAsync("s");

    private async Task<Guid> StartWithQuoteAsync(string text)
    {
        _site.WriteContent("surveys/s.md", Survey);
        await _site.StartAsync();
        var survey = _site.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues> { ["q-else"] = text, ["q-else-publish"] = "yes" }), survey);
        Assert.True(await _site.Services.GetRequiredService<SurveyService>().SubmitAsync(survey, SurveyService.NewKey(), answers));
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        return (await db.SurveyQuotes.SingleAsync()).Id;
    }
}
