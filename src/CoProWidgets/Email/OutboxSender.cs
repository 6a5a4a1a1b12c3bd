using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CoProWidgets.Email;

/// <summary>
/// Sends what is in the outbox, in the background, with retries and growing waits. A message is claimed with a
/// conditional update before it is sent, so when several servers share one database each message is sent by one of
/// them; it is marked sent as soon as the server has accepted it.
/// </summary>
/// <remarks>
/// If the process dies after the SMTP server accepted a message but before it was marked sent, the message is sent
/// again once its claim expires. Its Message-ID is fixed by its outbox id, so mail systems can tell the copies apart.
/// For the pickup directory a retry replaces the same file.
/// </remarks>
internal sealed partial class OutboxSender(
    CoProDbContextFactory contexts,
    IEmailTransport transport,
    IEnumerable<IOutboxRecipients> recipients,
    WakeSignal<OutboxSender> signal,
    TimeProvider time,
    CoProWidgetsMetrics metrics,
    IOptions<CoProWidgetsOptions> options,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private const int BatchSize = 20;
    private static readonly TimeSpan s_claim = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan s_longestWait = TimeSpan.FromHours(1);

    private readonly CoProEmailOptions _email = options.Value.Email;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogStarted(transport.Description);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendDueAsync(stoppingToken) == BatchSize)
                {
                    // A full batch: there may be more waiting.
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be briefly unavailable; nothing is lost, so try again at the next poll.
                LogOutboxUnavailable(ex);
            }

            try
            {
                await signal.WaitAsync(_email.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Sends every message that is due now; returns how many it tried.</summary>
    internal async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var now = Now();
        var due = await db.Outbox
            .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        foreach (var id in due)
        {
            now = Now();
            var claimUntil = now + s_claim;
            var claimed = await db.Outbox
                .Where(m => m.Id == id && m.SentAt == null && m.FailedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.LockedUntil, claimUntil), cancellationToken);
            if (claimed == 1)
            {
                try
                {
                    var message = await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
                    await SendOneAsync(db, message, cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Stopping before the server confirmed the message: give up the claim, so the next start (or
                    // another server) sends it now rather than once the claim runs out.
                    await db.Outbox.Where(m => m.Id == id && m.SentAt == null)
                        .ExecuteUpdateAsync(set => set.SetProperty(m => m.LockedUntil, (DateTime?)null), CancellationToken.None);
                    throw;
                }
            }
        }

        return due.Count;
    }

    private async Task SendOneAsync(CoProDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        // Asked now, not when it was queued: a retry days later must not reach someone who has since unsubscribed.
        var verdict = OutboxRecipient.May;
        foreach (var check in recipients)
        {
            verdict = (OutboxRecipient)Math.Max((int)verdict, (int)await check.CheckAsync(db, message, cancellationToken));
        }

        if (verdict == OutboxRecipient.Gone)
        {
            await db.Outbox.Where(m => m.Id == message.Id).ExecuteDeleteAsync(CancellationToken.None);
            LogNotSent(message.Id, message.Kind, "nothing is held about the recipient any more; deleted");
            return;
        }

        if (verdict == OutboxRecipient.Stopped)
        {
            var now = Now();
            await db.Outbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
                set => set
                    .SetProperty(m => m.FailedAt, now)
                    .SetProperty(m => m.LockedUntil, (DateTime?)null)
                    .SetProperty(m => m.LastError, NotSentError),
                CancellationToken.None);
            LogNotSent(message.Id, message.Kind, NotSentError);
            return;
        }

        try
        {
            await transport.SendAsync(Compose(message), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var attempts = message.Attempts + 1;
            var wait = TimeSpan.FromTicks(Math.Min(s_longestWait.Ticks, _email.RetryDelay.Ticks * (1L << Math.Min(attempts - 1, 20))));
            var failedAt = attempts >= _email.MaxAttempts ? Now() : (DateTime?)null;
            var error = ErrorText(ex, message.Recipient);
            var next = Now() + wait;
            await db.Outbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
                set => set
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.NextAttemptAt, next)
                    .SetProperty(m => m.LockedUntil, (DateTime?)null)
                    .SetProperty(m => m.FailedAt, failedAt)
                    .SetProperty(m => m.LastError, error),
                CancellationToken.None);
            var kind = new KeyValuePair<string, object?>("kind", message.Kind);
            if (failedAt is null)
            {
                metrics.EmailsRetried.Add(1, kind);
                LogRetrying(message.Id, message.Kind, attempts, wait, error);
            }
            else
            {
                metrics.EmailsFailed.Add(1, kind);
                LogGaveUp(message.Id, message.Kind, attempts, error);
            }

            return;
        }

        // Marked sent even if the host is stopping: the server has the message now.
        var sentAt = Now();
        var marked = await db.Outbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
            set => set
                .SetProperty(m => m.SentAt, sentAt)
                .SetProperty(m => m.Attempts, message.Attempts + 1)
                .SetProperty(m => m.LockedUntil, (DateTime?)null),
            CancellationToken.None);
        if (marked == 0)
        {
            // The person was erased (or the message expired) while it was being sent: remove what the transport kept
            // of it too, since the erasure could not see a file that was not written yet.
            await transport.ForgetAsync([message.Id], CancellationToken.None);
        }

        metrics.EmailsSent.Add(1, new KeyValuePair<string, object?>("kind", message.Kind));
        LogSent(message.Id, message.Kind);
    }

    /// <summary>Why a message was kept but not sent, as the staff page of failed emails shows it.</summary>
    public const string NotSentError = "Not sent: the person has unsubscribed or no longer wants these emails.";

    private MimeMessage Compose(OutboxMessage message)
    {
        var from = new MailboxAddress(_email.FromName, _email.From);
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = new DateTimeOffset(DateTime.SpecifyKind(message.CreatedAt, DateTimeKind.Utc)),
            MessageId = $"{message.Id:N}@{from.Domain}",
        };
        mime.From.Add(from);
        mime.To.Add(MailboxAddress.Parse(message.Recipient));
        foreach (var line in (message.Headers ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            mime.Headers.Add(line[..colon], line[(colon + 1)..].Trim());
        }

        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        mime.Body = body.ToMessageBody();
        return mime;
    }

    /// <summary>
    /// What went wrong, for the log and the outbox row, without the recipient's address or any other address (SMTP
    /// servers quote them: "550 5.1.1 &lt;sam@example.org&gt;: mailbox unavailable"), escaped and bounded.
    /// </summary>
    internal static string ErrorText(Exception exception, string recipient)
    {
        var text = exception.Message.Replace(recipient, "[recipient]", StringComparison.OrdinalIgnoreCase);
        text = Addresses().Replace(text, "[address]");
        text = Content.LogText.Escape(text);
        return text.Length > OutboxMessage.MaxErrorLength ? text[..OutboxMessage.MaxErrorLength] : text;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[^\s<>()\[\]"",;:]+@[^\s<>()\[\]"",;:]+", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Addresses();

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "The CoProWidgets outbox sends email to {Destination}.")]
    private partial void LogStarted(string destination);

    [LoggerMessage(EventId = 201, Level = LogLevel.Information, Message = "Sent {Kind} message {Id}.")]
    private partial void LogSent(Guid id, string kind);

    [LoggerMessage(EventId = 202, Level = LogLevel.Warning, Message = "Could not send {Kind} message {Id} (attempt {Attempts}); trying again in {Wait}: {Error}")]
    private partial void LogRetrying(Guid id, string kind, int attempts, TimeSpan wait, string error);

    [LoggerMessage(EventId = 203, Level = LogLevel.Error, Message = "Gave up sending {Kind} message {Id} after {Attempts} attempts: {Error}. It stays in the outbox, marked failed.")]
    private partial void LogGaveUp(Guid id, string kind, int attempts, string error);

    [LoggerMessage(EventId = 205, Level = LogLevel.Information, Message = "Did not send {Kind} message {Id}: {Reason}")]
    private partial void LogNotSent(Guid id, string kind, string reason);

    [LoggerMessage(EventId = 204, Level = LogLevel.Warning, Message = "The outbox could not be read; trying again shortly.")]
    private partial void LogOutboxUnavailable(Exception exception);
}
