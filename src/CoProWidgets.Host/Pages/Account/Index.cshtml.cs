using System.Security.Claims;
using CoProWidgets.Host.Accounts;
using CoProWidgets.Host.Organisations;
using CoProWidgets.Host.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Host.Pages.Account;

/// <summary>The signed-in person's own page: their organisations and roles, and how they sign in.</summary>
internal sealed class IndexModel(HostDbContext db, UserManager<StaffUser> users, OrganisationDirectory directory, IOptions<WidgetHostOptions> options) : PageModel
{
    public IReadOnlyList<(Organisation Organisation, IReadOnlyList<OrganisationRole> Roles)> Organisations { get; private set; } = [];

    public bool HostAdministrator => StaffRoles.IsHostAdministrator(User);

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>The organisation's workspace: on its own host name when it has one, else under the host's path.</summary>
    public string WorkspaceOf(Organisation organisation) =>
        organisation.HostNameList is [var host, ..] ? $"{Request.Scheme}://{host}/copro/staff" : Url.Content($"~{options.Value.PathPrefix}/{organisation.Slug}/copro/staff");

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var roles = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId).ToListAsync(HttpContext.RequestAborted);
        Organisations = [.. roles.GroupBy(m => m.OrganisationSlug)
            .Select(g => (directory.FindBySlug(g.Key), (IReadOnlyList<OrganisationRole>)[.. g.Select(m => m.Role).Order()]))
            .Where(o => o.Item1 is not null)
            .Select(o => (o.Item1!, o.Item2))
            .OrderBy(o => o.Item1.Name, StringComparer.CurrentCultureIgnoreCase)];
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        return Page();
    }
}
