using System.Globalization;
using System.Security.Claims;
using CoProWidgets.Audit;
using CoProWidgets.Email;
using CoProWidgets.GetInvolved;
using CoProWidgets.Http;
using CoProWidgets.Outcomes;
using CoProWidgets.Rendering;
using CoProWidgets.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Staff;

/// <summary>
/// What happened to each outcome and its emails: the statuses recorded and when, to how many people each was
/// announced, what became of those messages; the outbox's health and its failed messages, which staff can retry; and
/// the post and phone lists staff need to send paper updates about an outcome.
/// </summary>
internal sealed class StaffOutcomes(CoProDbContextFactory contexts, OutcomeProvider outcomes, OutboxState outbox, AuditLog audit, TimeProvider time, IStringLocalizer<StaffText> text)
{
    public const int MaxFailedShown = 50;

    public async Task<StaffOutcomesViewModel> ReadAsync(CancellationToken cancellationToken)
    {
        var health = await outbox.ReadAsync(cancellationToken);
        await using var db = contexts.Create();
        var changes = await db.OutcomeChanges.AsNoTracking().ToListAsync(cancellationToken);
        var messages = await db.Outbox.AsNoTracking().Where(message => message.Kind == OutcomeNotifier.Kind && message.DeduplicationKey != null)
            .Select(message => new { message.DeduplicationKey, message.SentAt, message.FailedAt }).ToListAsync(cancellationToken);
        var followers = await db.SignUps.AsNoTracking().Where(s => s.Status == SignUpStatus.Confirmed && (s.UpdatesByPost || s.UpdatesByPhone))
            .Select(s => new { s.Areas, s.UpdatesByPost, s.UpdatesByPhone }).ToListAsync(cancellationToken);
        var failed = await db.Outbox.AsNoTracking().Where(message => message.FailedAt != null && message.SentAt == null)
            .OrderByDescending(message => message.FailedAt).Take(MaxFailedShown)
            .Select(message => new StaffFailedEmail(message.Id, message.Kind, message.Recipient, message.Subject, StaffFormat.Time(message.FailedAt!.Value), message.Attempts, message.LastError))
            .ToListAsync(cancellationToken);

        var rows = new List<StaffOutcomeRow>();
        foreach (var outcome in outcomes.All().Select(item => item.Outcome).OrderByDescending(outcome => outcome.Date).ThenBy(outcome => outcome.Title, StringComparer.CurrentCulture))
        {
            var history = changes.Where(change => change.Outcome == outcome.Name).OrderBy(change => change.SeenAt).Select(change =>
            {
                var prefix = $"outcome:{outcome.Name}:{change.Status}:";
                var held = messages.Where(message => message.DeduplicationKey!.StartsWith(prefix, StringComparison.Ordinal)).ToList();
                var step = outcome.Steps.FirstOrDefault(step => step.Key == change.Status);
                var status = OutcomeText.Parse(change.Status) is { } parsed ? OutcomeText.Label(parsed)
                    : step is not null ? text["Outcomes.Progress", step.Date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture)] : change.Status;
                return new StaffOutcomeChange(
                    status,
                    StaffFormat.Time(change.SeenAt),
                    change.Announced,
                    change.Recipients,
                    held.Count(message => message.SentAt == null && message.FailedAt == null),
                    held.Count(message => message.SentAt != null),
                    held.Count(message => message.FailedAt != null && message.SentAt == null));
            }).ToList();
            var following = followers.Where(s => s.Areas.Split(',').Any(outcome.Areas.Contains)).ToList();
            rows.Add(new StaffOutcomeRow(outcome.Name, outcome.Title, OutcomeText.Label(outcome.Status), outcome.Notify, history, following.Count(s => s.UpdatesByPost), following.Count(s => s.UpdatesByPhone)));
        }

        return new StaffOutcomesViewModel
        {
            Waiting = health.Waiting,
            OldestWaiting = health.OldestWaiting is { } oldest ? StaffFormat.Time(oldest) : null,
            FailedInLastDay = health.FailedInLastDay,
            Failed = health.Failed,
            FailedEmails = failed,
            Outcomes = rows,
        };
    }

    /// <summary>Puts a failed message back in the queue, audited; false when it had not failed (or is gone).</summary>
    public Task<bool> RetryAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        outbox.RetryAsync(id, db => audit.Add(db, user, AuditActions.EmailRetried, $"email {id:D}"), cancellationToken);

    /// <summary>
    /// The confirmed people who follow one of an outcome's areas and asked for updates by <paramref name="way"/>
    /// (post or phone), as CSV, recorded in the audit log first.
    /// </summary>
    public async Task<bool> WriteContactsAsync(HttpContext context, string name, string way)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (outcomes.Get(name).Value?.Outcome is not { } outcome || way is not ("post" or "phone"))
        {
            return false;
        }

        await audit.RecordAsync(context.User, AuditActions.ContactListExported, $"outcome {name}", $"{way} list", context.RequestAborted);
        var byPost = way == "post";
        await using var db = contexts.Create();
        var people = (await db.SignUps.AsNoTracking()
                .Where(s => s.Status == SignUpStatus.Confirmed && (byPost ? s.UpdatesByPost : s.UpdatesByPhone))
                .OrderBy(s => s.Name).ThenBy(s => s.Id)
                .ToListAsync(context.RequestAborted))
            .Where(s => s.AreaList.Any(outcome.Areas.Contains));
        await using var writer = Csv.Start(context.Response, $"{name}-{way}-list-{time.GetUtcNow():yyyy-MM-dd}.csv");
        await Csv.WriteRowAsync(writer, ["name", byPost ? "postal_address" : "phone", "areas"]);
        foreach (var person in people)
        {
            await Csv.WriteRowAsync(writer, [person.Name, byPost ? person.PostalAddress : person.Phone, string.Join(';', person.AreaList.Where(outcome.Areas.Contains))]);
        }

        return true;
    }

    /// <summary>
    /// A count of people in words: "1 person", "3 people". Welsh and Polish have more forms than two, so their
    /// sentences put the number apart ("pobl: 3").
    /// </summary>
    public static string People(IStringLocalizer<StaffText> text, int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[count == 1 ? "Outcomes.People.One" : "Outcomes.People.Other", count.ToString("N0", CultureInfo.CurrentCulture)];
    }
}

/// <summary>One status an outcome was recorded with, and what became of its emails.</summary>
/// <param name="Status">The status, in words.</param>
/// <param name="RecordedAt">When a server first saw it (UK time).</param>
/// <param name="Announced">Whether followers were emailed about it (the outcome file may say not to).</param>
/// <param name="Recipients">How many emails were queued for it.</param>
/// <param name="Queued">Of those still held: waiting to be sent.</param>
/// <param name="Sent">Of those still held: sent.</param>
/// <param name="Failed">Of those still held: failed for good.</param>
public sealed record StaffOutcomeChange(string Status, string RecordedAt, bool Announced, int Recipients, int Queued, int Sent, int Failed);

/// <summary>One outcome in the staff workspace.</summary>
/// <param name="Name">The outcome file's name.</param>
/// <param name="Title">Its title.</param>
/// <param name="Status">Its status now, in words.</param>
/// <param name="Notify">Whether its changes are emailed to followers.</param>
/// <param name="History">Each status recorded, oldest first.</param>
/// <param name="ByPost">Confirmed followers who asked for updates by post.</param>
/// <param name="ByPhone">Confirmed followers who asked for updates by phone.</param>
public sealed record StaffOutcomeRow(string Name, string Title, string Status, bool Notify, IReadOnlyList<StaffOutcomeChange> History, int ByPost, int ByPhone);

/// <summary>A message that failed for good.</summary>
/// <param name="Id">The message's id, which the retry form posts.</param>
/// <param name="Kind">What it was for, such as <c>outcome-update</c>.</param>
/// <param name="Recipient">Its address.</param>
/// <param name="Subject">Its subject.</param>
/// <param name="FailedAt">When it failed for good (UK time).</param>
/// <param name="Attempts">How many times it was tried.</param>
/// <param name="LastError">What the mail server last said, if anything.</param>
public sealed record StaffFailedEmail(Guid Id, string Kind, string Recipient, string Subject, string FailedAt, int Attempts, string? LastError);

/// <summary>What the staff page of outcomes and email (<c>Views/CoProWidgets/Staff/Outcomes.cshtml</c>) shows.</summary>
public sealed record StaffOutcomesViewModel
{
    /// <summary>Messages waiting to be sent.</summary>
    public int Waiting { get; init; }

    /// <summary>When the oldest waiting message was queued (UK time), if any.</summary>
    public string? OldestWaiting { get; init; }

    /// <summary>Messages that failed for good in the last day.</summary>
    public int FailedInLastDay { get; init; }

    /// <summary>Messages failed for good and still held.</summary>
    public int Failed { get; init; }

    /// <summary>The most recent failed messages, newest first.</summary>
    public required IReadOnlyList<StaffFailedEmail> FailedEmails { get; init; }

    /// <summary>Every outcome, newest first.</summary>
    public required IReadOnlyList<StaffOutcomeRow> Outcomes { get; init; }

    /// <summary>Whether the page follows a retry, and whether it was put back in the queue.</summary>
    public bool? Retried { get; init; }

    /// <summary>The staff workspace's first page.</summary>
    public string OverviewUrl { get; init; } = string.Empty;

    /// <summary>Each failed message's retry address, by id.</summary>
    public IReadOnlyDictionary<Guid, string> RetryUrls { get; init; } = new Dictionary<Guid, string>();

    /// <summary>Each outcome's list of people to send a paper update by post, by outcome name.</summary>
    public IReadOnlyDictionary<string, string> PostListUrls { get; init; } = new Dictionary<string, string>();

    /// <summary>Each outcome's list of people to phone with an update, by outcome name.</summary>
    public IReadOnlyDictionary<string, string> PhoneListUrls { get; init; } = new Dictionary<string, string>();
}
