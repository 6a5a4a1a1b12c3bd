using CoProWidgets.Host.Organisations;
using CoProWidgets.Host.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Host.Pages.Admin;

/// <summary>The host administrator's list of organisations.</summary>
public sealed class OrganisationsModel(HostDbContext db, IOptions<WidgetHostOptions> options) : PageModel
{
    /// <summary>Every organisation, by name.</summary>
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    /// <summary>Where organisations are reached by path.</summary>
    public string PathPrefix => options.Value.PathPrefix;

    /// <summary>Reads the list.</summary>
    public async Task OnGetAsync() =>
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(HttpContext.RequestAborted);
}
