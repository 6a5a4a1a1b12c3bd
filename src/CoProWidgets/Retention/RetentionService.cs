using CoProWidgets.Audit;
using CoProWidgets.Email;
using CoProWidgets.GetInvolved;
using CoProWidgets.Quotes;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Retention;

/// <summary>
/// Keeps personal data no longer than the emails and the README promise: at start and then every hour it deletes
/// pending sign-ups whose confirmation link has expired (with their emails and pickup files), sent messages past
/// their keeping time, staff audit entries past theirs, the written answers of surveys closed longer than
/// <see cref="CoProWidgetsOptions.WrittenAnswersDays"/>, and the words of rejected quotes and the original wording of
/// redacted ones after <see cref="CoProWidgetsOptions.QuoteWordingDays"/>, and survey answers saved to finish
/// later once their <see cref="CoProWidgetsOptions.SavedAnswersDays"/> have passed; then, on SQLite, it empties the write-ahead log so nothing deleted lingers there. Every step is
/// a conditional delete, safe with several servers sharing one database.
/// </summary>
internal sealed partial class RetentionService(
    SignUpErasure signUps,
    OutboxRetention outbox,
    AuditLog audit,
    SurveyProvider surveys,
    SurveyService responses,
    SavedSurveys saved,
    CoProDbContextFactory contexts,
    TimeProvider time,
    IOptions<CoProWidgetsOptions> options,
    ILogger<RetentionService> logger) : BackgroundService
{
    /// <summary>How often to look. Pending sign-ups are deleted at most this long after their link expires.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be briefly unavailable; the next look deletes what this one could not.
                LogFailed(ex);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    /// <summary>One look: returns how many pending sign-ups and how many messages were deleted.</summary>
    public async Task<(int SignUps, int Messages)> RunOnceAsync(CancellationToken cancellationToken)
    {
        var expired = await signUps.DeleteExpiredPendingAsync(cancellationToken);
        var pruned = await outbox.PruneAsync(cancellationToken);
        var audited = await audit.PruneAsync(cancellationToken);
        if (audited > 0)
        {
            LogAuditPruned(audited);
        }

        var blanked = 0;
        foreach (var survey in surveys.Names().Select(name => surveys.Get(name).Value).OfType<SurveyDefinition>())
        {
            blanked += await responses.BlankWrittenAnswersAsync(survey, options.Value.WrittenAnswersDays, batch: 1000, cancellationToken);
        }

        var quotes = await PruneQuoteWordingAsync(cancellationToken);
        if (blanked + quotes > 0)
        {
            LogWordsDeleted(blanked, quotes);
        }

        var savedAnswers = await saved.DeleteExpiredAsync(cancellationToken);
        if (savedAnswers > 0)
        {
            LogSavedDeleted(savedAnswers);
        }

        if (expired + pruned + audited + blanked + quotes + savedAnswers > 0)
        {
            await contexts.ScrubAsync(cancellationToken);
            LogDeleted(expired, pruned);
        }

        return (expired, pruned);
    }

    /// <summary>Deletes rejected quotes, and the original wording of redacted approved ones, decided long enough ago.</summary>
    private async Task<int> PruneQuoteWordingAsync(CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow().UtcDateTime.AddDays(-options.Value.QuoteWordingDays);
        await using var db = contexts.Create();
        return await db.PruneQuoteWordingAsync(before, cancellationToken);
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(EventId = 110, Level = LogLevel.Information, Message = "Retention: deleted {SignUps} pending sign-ups whose confirmation link expired, and {Messages} sent emails past their keeping time.")]
    private partial void LogDeleted(int signUps, int messages);

    [LoggerMessage(EventId = 112, Level = LogLevel.Information, Message = "Retention: deleted {Entries} staff audit log entries past their keeping time.")]
    private partial void LogAuditPruned(int entries);

    [LoggerMessage(EventId = 113, Level = LogLevel.Information, Message = "Retention: blanked the written answers of {Responses} responses to surveys closed long enough, and deleted the wording of {Quotes} quotes.")]
    private partial void LogWordsDeleted(int responses, int quotes);

    [LoggerMessage(EventId = 114, Level = LogLevel.Information, Message = "Retention: deleted {Saved} saved survey answers past their time.")]
    private partial void LogSavedDeleted(int saved);

    [LoggerMessage(EventId = 111, Level = LogLevel.Warning, Message = "Retention: could not delete expired data this time; trying again within the hour.")]
    private partial void LogFailed(Exception exception);
}
