using System.Security.Claims;
using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Audit;

/// <summary>
/// Records staff actions (entries, exports, look-ups, erasures, retries) and reads them back, newest first. Entries
/// are kept for <see cref="CoProWidgetsOptions.AuditLogDays"/> days, then deleted by the retention service.
/// </summary>
internal sealed class AuditLog(CoProDbContextFactory contexts, TimeProvider time, IOptions<CoProWidgetsOptions> options)
{
    public const int PageSize = 50;

    /// <summary>Adds an entry to <paramref name="db"/>, saved with whatever else the caller saves: both happen or neither.</summary>
    public void Add(CoProDbContext db, ClaimsPrincipal user, string action, string subject, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.AuditLog.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            At = time.GetUtcNow().UtcDateTime,
            Actor = Bounded(ActorOf(user), AuditEntry.MaxActorLength),
            Action = action,
            Subject = Bounded(subject, AuditEntry.MaxSubjectLength),
            Detail = detail is null ? null : Bounded(detail, AuditEntry.MaxDetailLength),
        });
    }

    /// <summary>Records an entry on its own.</summary>
    public async Task RecordAsync(ClaimsPrincipal user, string action, string subject, string? detail = null, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        Add(db, user, action, subject, detail);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A page of entries, newest first, and how many pages there are.</summary>
    public async Task<(IReadOnlyList<AuditEntry> Entries, int Page, int Pages)> ReadAsync(int page, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var total = await db.AuditLog.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var entries = await db.AuditLog.AsNoTracking()
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        return (entries, page, pages);
    }

    /// <summary>Deletes entries older than the keeping time; returns how many. Safe with several servers.</summary>
    public Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow().UtcDateTime.AddDays(-options.Value.AuditLogDays);
        return DeleteBeforeAsync(before, cancellationToken);
    }

    private async Task<int> DeleteBeforeAsync(DateTime before, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.AuditLog.Where(e => e.At < before).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Who the host's sign-in says the user is: their name, else their email claim, else their id claim.</summary>
    public static string ActorOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.Name is { Length: > 0 } name ? name
            : user.FindFirstValue(ClaimTypes.Email) ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";
    }

    private static string Bounded(string value, int length) => value.Length <= length ? value : value[..length];
}
