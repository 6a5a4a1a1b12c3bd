using CoProWidgets.Host.Organisations;
using CoProWidgets.Host.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Host.Pages.Admin;

/// <summary>Adds an organisation, or changes one; every server serves the change within its refresh interval.</summary>
internal sealed class OrganisationModel(HostDbContext db, OrganisationDirectory directory, TimeProvider clock, IOptions<WidgetHostOptions> options) : PageModel
{
    private const string AddSlug = "add";

    /// <summary>What was typed.</summary>
    [BindProperty]
    public OrganisationForm Form { get; set; } = new();

    /// <summary>What is wrong with it.</summary>
    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    /// <summary>Whether a new organisation is being added.</summary>
    public bool Adding { get; private set; }

    /// <summary>Where organisations are reached by path.</summary>
    public string PathPrefix => options.Value.PathPrefix;

    /// <summary>Shows the empty form, or the organisation's.</summary>
    public async Task<IActionResult> OnGetAsync(string? slug)
    {
        Adding = slug is null or AddSlug;
        if (Adding)
        {
            return Page();
        }

        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, HttpContext.RequestAborted);
        if (organisation is null)
        {
            return NotFound();
        }

        Form = OrganisationForm.From(organisation);
        return Page();
    }

    /// <summary>Checks and saves.</summary>
    public async Task<IActionResult> OnPostAsync(string? slug)
    {
        Adding = slug is null or AddSlug;
        var cancellationToken = HttpContext.RequestAborted;
        var organisation = Adding ? null : await db.Organisations.FirstOrDefaultAsync(o => o.Slug == slug, cancellationToken);
        if (!Adding && organisation is null)
        {
            return NotFound();
        }

        var others = await db.Organisations.AsNoTracking().Where(o => o.Slug != slug).ToListAsync(cancellationToken);
        Errors = Form.Check(Adding, others, options.Value.PublicUrl?.Host);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (organisation is null)
        {
            organisation = new Organisation { Slug = Form.Slug!, Name = "", SiteUrl = "", EmailFrom = "", SafeguardingEmail = "", Created = clock.GetUtcNow() };
            db.Organisations.Add(organisation);
        }
        else
        {
            organisation.Version++;
        }

        Form.ApplyTo(organisation);
        await db.SaveChangesAsync(cancellationToken);
        await directory.RefreshAsync(force: true, cancellationToken);
        TempData["Saved"] = Adding ? $"{organisation.Name} was added." : $"{organisation.Name} was saved.";
        return Redirect("~/admin/organisations");
    }
}
