using CoProWidgets.Email;
using CoProWidgets.GetInvolved;
using CoProWidgets.Http;
using CoProWidgets.Localisation;
using CoProWidgets.Rendering;
using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Outcomes;

/// <summary>
/// Closes the loop: when an outcome is published or reaches a new status, every confirmed sign-up who asked for email
/// updates about one of its areas gets one email through the outbox. Each server looks when an outcome file changes
/// and every <see cref="CoProOutcomesOptions.CheckInterval"/>; the change is recorded in
/// <c>copro_outcome_changes</c> in the same transaction as its emails, and the record's key lets exactly one server,
/// once, write it. The outbox then delivers each email once, whatever restarts or SMTP failures happen.
/// </summary>
internal sealed partial class OutcomeNotifier(
    OutcomeProvider outcomes,
    GetInvolvedProvider getInvolved,
    CoProDbContextFactory contexts,
    Outbox outbox,
    EmailTemplates templates,
    SignUpEmailLinks signUps,
    TimeProvider time,
    SiteLinks links,
    IOptions<CoProWidgetsOptions> options,
    ILogger<OutcomeNotifier> logger) : BackgroundService
{
    public const string Kind = "outcome-update";
    private const string View = "~/Views/CoProWidgets/Emails/OutcomeUpdate.cshtml";

    /// <summary>How long to let an editor finish saving before reading a changed file.</summary>
    private static readonly TimeSpan s_settle = TimeSpan.FromMilliseconds(500);

    private bool _warnedNoSiteUrl;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // Watch before looking, so a file saved while looking is looked at again.
            var changed = outcomes.Watch();
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be down; nothing was recorded, so the next look tries again.
                LogCheckFailed(ex);
            }

            await WaitAsync(changed, options.Value.Outcomes.CheckInterval, stoppingToken);
        }
    }

    /// <summary>Announces every outcome status not yet recorded, oldest first; returns how many were announced here.</summary>
    public async Task<int> CheckAsync(CancellationToken cancellationToken = default)
    {
        var current = outcomes.All(fresh: true);
        if (current.Count == 0)
        {
            return 0;
        }

        List<(string Outcome, string Status)> recorded;
        await using (var db = contexts.Create())
        {
            recorded = (await db.OutcomeChanges.AsNoTracking().Select(change => new { change.Outcome, change.Status }).ToListAsync(cancellationToken))
                .Select(change => (change.Outcome, change.Status)).ToList();
        }

        var announced = 0;
        foreach (var outcome in current.Select(item => item.Outcome).OrderBy(outcome => outcome.Date).ThenBy(outcome => outcome.Name, StringComparer.Ordinal))
        {
            var status = OutcomeText.Id(outcome.Status);
            var isNew = !recorded.Any(change => change.Outcome == outcome.Name);
            if (!recorded.Contains((outcome.Name, status)) && await AnnounceAsync(outcome, status, step: null, isNew, cancellationToken))
            {
                announced++;
            }

            // Each progress step once, oldest first; a new outcome's steps went with its first email, recorded unsent.
            foreach (var step in isNew ? [] : outcome.Steps.Where(step => !recorded.Contains((outcome.Name, step.Key))))
            {
                if (await AnnounceAsync(outcome, step.Key, step, isNew: false, cancellationToken))
                {
                    announced++;
                }
            }
        }

        return announced;
    }

    /// <summary>
    /// Records one change of an outcome (its status, or a progress step) and queues its emails, in one transaction,
    /// unless another server recorded it first. A new outcome's existing steps are recorded with it, unannounced.
    /// </summary>
    private async Task<bool> AnnounceAsync(Outcome outcome, string key, OutcomeStep? step, bool isNew, CancellationToken cancellationToken)
    {
        var site = options.Value.SiteUrl;
        if (outcome.Notify && site is null)
        {
            // Left unrecorded, so the change is announced once the setting is there.
            if (!_warnedNoSiteUrl)
            {
                _warnedNoSiteUrl = true;
                LogNoSiteUrl(outcome.Name);
            }

            return false;
        }

        var emails = outcome.Notify ? await RenderEmailsAsync(outcome, isNew, step, site!, cancellationToken) : [];

        await using var db = contexts.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO copro_outcome_changes ("Outcome", "Status", "SeenAt", "Announced", "Recipients") VALUES ({outcome.Name}, {key}, {now}, {outcome.Notify}, 0) ON CONFLICT ("Outcome", "Status") DO NOTHING""",
            cancellationToken);
        if (inserted == 0)
        {
            // Another server recorded (and announced) it first.
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        // Only people who still want the email as the change is recorded: someone may have left since it was written.
        var ids = emails.Select(email => email.SignUp).ToList();
        var still = (await db.SignUps.AsNoTracking()
            .Where(s => ids.Contains(s.Id) && s.Status == SignUpStatus.Confirmed && s.UpdatesByEmail)
            .Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet();
        var sent = 0;
        foreach (var (signUp, message) in emails.Where(email => still.Contains(email.SignUp)))
        {
            outbox.Add(db, message, $"outcome:{outcome.Name}:{key}:{signUp:N}");
            sent++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.OutcomeChanges.Where(change => change.Outcome == outcome.Name && change.Status == key)
            .ExecuteUpdateAsync(set => set.SetProperty(change => change.Recipients, sent), cancellationToken);
        if (isNew)
        {
            foreach (var existing in outcome.Steps)
            {
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""INSERT INTO copro_outcome_changes ("Outcome", "Status", "SeenAt", "Announced", "Recipients") VALUES ({outcome.Name}, {existing.Key}, {now}, {false}, 0) ON CONFLICT ("Outcome", "Status") DO NOTHING""",
                    cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        if (sent > 0)
        {
            outbox.Notify();
        }

        LogAnnounced(outcome.Name, key, outcome.Notify, sent);
        return true;
    }

    /// <summary>One email for each confirmed sign-up who wants email updates about one of the outcome's areas.</summary>
    private async Task<List<(Guid SignUp, EmailMessage Message)>> RenderEmailsAsync(Outcome outcome, bool isNew, OutcomeStep? step, Uri site, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var followers = (await db.SignUps.AsNoTracking()
            .Where(s => s.Status == SignUpStatus.Confirmed && s.UpdatesByEmail)
            .ToListAsync(cancellationToken))
            .Where(s => s.AreaList.Any(outcome.Areas.Contains))
            .ToList();
        if (followers.Count == 0)
        {
            return [];
        }

        var labels = OutcomeAreas.Labels(getInvolved);
        var page = links.Absolute(site, OutcomeEndpoints.OutcomeRoute, new { name = outcome.Name });
        var emails = new List<(Guid, EmailMessage)>(followers.Count);
        foreach (var follower in followers)
        {
            // The follower's language for the status, the dates and the template's words.
            using var language = CultureScope.Use(follower.Language);
            var unsubscribe = signUps.UnsubscribeLink(site, follower);
            var model = new OutcomeEmailViewModel
            {
                Name = follower.Name,
                Title = outcome.Title,
                Status = OutcomeText.Label(outcome.Status),
                IsNew = isNew,
                Step = step is null ? null : $"{UkDate.Long(step.Date)}: {step.Text}",
                Summary = outcome.Summary,
                Areas = OutcomeAreas.Describe(outcome.Areas.Where(follower.AreaList.Contains), labels),
                Affects = outcome.Affects,
                When = outcome.When,
                OutcomeUrl = page,
                PreferencesUrl = signUps.ManageLink(site, follower),
                UnsubscribeUrl = unsubscribe,
            };
            var message = await templates.RenderAsync(Kind, View, model, follower.Email, cancellationToken);
            emails.Add((follower.Id, SignUpEmails.WithUnsubscribeHeaders(message, unsubscribe)));
        }

        return emails;
    }

    private static async Task WaitAsync(IChangeToken changed, TimeSpan interval, CancellationToken cancellationToken)
    {
        var fired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (changed.ActiveChangeCallbacks ? changed.RegisterChangeCallback(static state => ((TaskCompletionSource)state!).TrySetResult(), fired) : null)
        {
            try
            {
                await Task.WhenAny(fired.Task, Task.Delay(interval, cancellationToken)).WaitAsync(cancellationToken);
                if (fired.Task.IsCompleted)
                {
                    await Task.Delay(s_settle, cancellationToken);
                }
            }
            catch (OperationCanceledException)
            {
                // Stopping.
            }
        }
    }

    [LoggerMessage(EventId = 30, Level = LogLevel.Information, Message = "Outcome {Outcome} is now {Status}: recorded, and emailed to {Recipients} people (notify: {Notify}).")]
    private partial void LogAnnounced(string outcome, string status, bool notify, int recipients);

    [LoggerMessage(EventId = 31, Level = LogLevel.Warning, Message = "Outcome {Outcome} cannot be emailed to the people who follow its areas until CoProWidgets:SiteUrl is set: emails need the site's address for their links. It will be sent once it is set.")]
    private partial void LogNoSiteUrl(string outcome);

    [LoggerMessage(EventId = 32, Level = LogLevel.Error, Message = "Could not look for outcome changes; looking again later.")]
    private partial void LogCheckFailed(Exception exception);
}
