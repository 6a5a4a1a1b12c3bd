using CoProWidgets.Host.Accounts;
using CoProWidgets.Host.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoProWidgets.Host.Pages.OrganisationStaff;

/// <summary>
/// An organisation's staff and pending invitations, for its administrators and the host's (the folder's policy
/// checks the slug in the address against the roles of whoever asks).
/// </summary>
internal sealed class IndexModel(OrganisationDirectory directory, StaffManagement staff, TimeProvider clock) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;

    public IReadOnlyList<StaffMember> Members { get; private set; } = [];

    public IReadOnlyList<Invitation> Pending { get; private set; } = [];

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (directory.FindBySlug(slug) is not { } organisation)
        {
            return NotFound();
        }

        Organisation = organisation;
        Members = await staff.MembersAsync(slug, HttpContext.RequestAborted);
        Pending = await staff.PendingAsync(slug, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(string slug, Guid id)
    {
        if (directory.FindBySlug(slug) is not { } organisation || await staff.InvitationAsync(slug, id, HttpContext.RequestAborted) is not { } invitation)
        {
            return NotFound();
        }

        var sent = await staff.ResendAsync(organisation, invitation, User, HttpContext.RequestAborted);
        TempData[sent ? "Notice" : "Problem"] = sent
            ? $"A new invitation was sent to {invitation.Email}; the link in the old one no longer works."
            : $"The invitation to {invitation.Email} is saved but the email could not be sent: try sending it again later, or tell your host's administrator.";
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostCancelAsync(string slug, Guid id)
    {
        if (await staff.InvitationAsync(slug, id, HttpContext.RequestAborted) is not { } invitation)
        {
            return NotFound();
        }

        await staff.CancelAsync(slug, invitation, User, HttpContext.RequestAborted);
        TempData["Notice"] = $"The invitation to {invitation.Email} was cancelled: its link no longer works.";
        return RedirectToPage(new { slug });
    }
}
