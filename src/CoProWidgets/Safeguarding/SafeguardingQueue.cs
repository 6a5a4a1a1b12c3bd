using System.Globalization;
using CoProWidgets.Email;
using CoProWidgets.Http;
using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Safeguarding;

/// <summary>
/// The concerns waiting for staff, and telling the safeguarding address (<see cref="CoProSafeguardingOptions.NotifyEmail"/>)
/// that there is something to look at: only that, and where, never what was written. At most one email every
/// <see cref="CoProSafeguardingOptions.NotifyAtMostEvery"/>, however many answers an anonymous visitor sends and however
/// many servers share the database (each claims the turn to send on <see cref="SafeguardingNotice"/>); each concern is
/// in exactly one email, marked in the same transaction that queues it.
/// </summary>
internal sealed partial class SafeguardingQueue(
    CoProDbContextFactory contexts,
    Outbox outbox,
    SiteLinks links,
    TimeProvider time,
    IOptions<CoProWidgetsOptions> options,
    IStringLocalizer<SafeguardingText> text,
    ILogger<SafeguardingQueue> logger)
{
    /// <summary>The staff page of concerns; the workspace maps it under this name.</summary>
    public const string PageRoute = "CoProWidgets.StaffSafeguarding";

    public const string EmailKind = "safeguarding";

    /// <summary>A new open concern, for a transaction that stores it with what raised it.</summary>
    public static SafeguardingConcern New(string survey, Guid responseId, string? question, string? raisedBy, string? reason, DateTime now) => new()
    {
        Id = Guid.NewGuid(),
        Survey = survey,
        ResponseId = responseId,
        Question = question,
        RaisedAt = now,
        RaisedBy = Bounded(raisedBy, SafeguardingConcern.MaxNameLength),
        Reason = Bounded(reason, SafeguardingConcern.MaxReasonLength),
        Status = SafeguardingStatus.Open,
    };

    /// <summary>The open concerns, oldest first (at most 500), how many are open in all, and the latest ones staff have dealt with.</summary>
    public async Task<(IReadOnlyList<SafeguardingConcern> Open, int OpenCount, IReadOnlyList<SafeguardingConcern> Actioned)> ReadAsync(int actioned, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var count = await db.SafeguardingConcerns.CountAsync(c => c.Status == SafeguardingStatus.Open, cancellationToken);
        var open = await db.SafeguardingConcerns.AsNoTracking().Where(c => c.Status == SafeguardingStatus.Open).OrderBy(c => c.RaisedAt).Take(500).ToListAsync(cancellationToken);
        var done = await db.SafeguardingConcerns.AsNoTracking().Where(c => c.Status == SafeguardingStatus.Actioned).OrderByDescending(c => c.ActionedAt).Take(actioned).ToListAsync(cancellationToken);
        return (open, count, done);
    }

    /// <summary>How many concerns a survey has had, and how many are open.</summary>
    public async Task<(int All, int Open)> CountAsync(string survey, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var all = await db.SafeguardingConcerns.CountAsync(c => c.Survey == survey, cancellationToken);
        return (all, all == 0 ? 0 : await db.SafeguardingConcerns.CountAsync(c => c.Survey == survey && c.Status == SafeguardingStatus.Open, cancellationToken));
    }

    /// <summary>
    /// Records what a named member of staff did about an open concern, with <paramref name="alongside"/> (the audit
    /// record) in the same transaction; false when it is not open.
    /// </summary>
    public async Task<bool> RecordAsync(Guid id, string actor, string action, Action<CoProDbContext> alongside, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alongside);
        await using var db = contexts.Create();
        var concern = await db.SafeguardingConcerns.FirstOrDefaultAsync(c => c.Id == id && c.Status == SafeguardingStatus.Open, cancellationToken);
        if (concern is null)
        {
            return false;
        }

        concern.Status = SafeguardingStatus.Actioned;
        concern.ActionedBy = Bounded(actor, SafeguardingConcern.MaxNameLength);
        concern.ActionedAt = time.GetUtcNow().UtcDateTime;
        concern.Action = Bounded(action, SafeguardingConcern.MaxActionLength);
        alongside(db);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Tells the safeguarding address about the concerns no email has mentioned yet, unless one went within
    /// <see cref="CoProSafeguardingOptions.NotifyAtMostEvery"/>; returns how many concerns the email covers (0 when none went).
    /// </summary>
    public async Task<int> NotifyAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value.Safeguarding;
        if (settings.NotifyEmail is not { Length: > 0 } to)
        {
            return 0;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var due = now - settings.NotifyAtMostEvery;
        await using var db = contexts.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The turn to send, claimed by the first statement of the transaction, which holds the row until it ends: a
        // second server's claim waits, then finds the time moved on (PostgreSQL re-reads the row it waited for; SQLite
        // lets one writer in at a time), so it sends nothing. Given back (rolled back) when there is nothing to tell.
        if (await db.SafeguardingNotices.Where(n => n.Id == SafeguardingNotice.OnlyId && (n.LastSentAt == null || n.LastSentAt <= due))
                .ExecuteUpdateAsync(set => set.SetProperty(n => n.LastSentAt, now), cancellationToken) == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return 0;
        }

        var count = await db.SafeguardingConcerns.Where(c => c.NotifiedAt == null).ExecuteUpdateAsync(set => set.SetProperty(c => c.NotifiedAt, now), cancellationToken);
        if (count == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return 0;
        }

        var minutes = settings.NotifyAtMostEvery.TotalMinutes.ToString("0", CultureInfo.CurrentCulture);
        string body = options.Value.SiteUrl is { } site
            ? text["Email.BodyWithLink", links.Absolute(site, PageRoute), minutes]
            : text["Email.Body", minutes];
        outbox.Add(db, new EmailMessage(EmailKind, to, text["Email.Subject"], body));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outbox.Notify();
        LogNotified(count);
        return count;
    }

    private static string? Bounded(string? text, int length) => text is null ? null : text[..Math.Min(text.Length, length)];

    [LoggerMessage(EventId = 700, Level = LogLevel.Information, Message = "The safeguarding address was told of {Count} new concern(s).")]
    private partial void LogNotified(int count);
}
