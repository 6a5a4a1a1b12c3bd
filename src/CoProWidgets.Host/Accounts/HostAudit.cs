using System.Security.Claims;
using CoProWidgets.Host.Storage;

namespace CoProWidgets.Host.Accounts;

/// <summary>Writes the host's audit log of what was done to staff accounts (who, what, when; never a secret).</summary>
internal sealed class HostAudit(HostDbContext db, TimeProvider clock)
{
    public const string CommandLine = "create-admin";

    public static string ActorOf(ClaimsPrincipal user) => user.Identity?.Name ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";

    /// <summary>Adds an entry to be saved with the change it records.</summary>
    public void Add(string actor, string action, string? organisationSlug, string subject, string? detail = null) =>
        db.AuditLog.Add(new AuditEntry { At = clock.GetUtcNow(), Actor = actor, Action = action, OrganisationSlug = organisationSlug, Subject = subject, Detail = detail });

    /// <summary>Adds an entry and saves it now, for changes that Identity has already saved.</summary>
    public async Task WriteAsync(string actor, string action, string? organisationSlug, string subject, string? detail = null, CancellationToken cancellationToken = default)
    {
        Add(actor, action, organisationSlug, subject, detail);
        await db.SaveChangesAsync(cancellationToken);
    }
}
