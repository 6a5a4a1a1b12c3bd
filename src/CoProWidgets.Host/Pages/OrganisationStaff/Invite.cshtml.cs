using CoProWidgets.Host.Accounts;
using CoProWidgets.Host.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoProWidgets.Host.Pages.OrganisationStaff;

/// <summary>Invites someone to the organisation with roles; the invitation is saved before its email is sent.</summary>
internal sealed class InviteModel(OrganisationDirectory directory, StaffManagement staff) : PageModel
{
    [BindProperty]
    public StaffForm Form { get; set; } = new();

    public Organisation Organisation { get; private set; } = null!;

    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public IActionResult OnGet(string slug)
    {
        if (directory.FindBySlug(slug) is not { } organisation)
        {
            return NotFound();
        }

        Organisation = organisation;
        Form.Roles = [OrganisationRole.Staff];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        if (directory.FindBySlug(slug) is not { } organisation)
        {
            return NotFound();
        }

        Organisation = organisation;
        var email = Form.Email?.Trim() ?? "";
        var members = await staff.MembersAsync(slug, HttpContext.RequestAborted);
        Errors = [.. new[]
        {
            !CreateAdminCommand.IsEmail(email) ? ("Email", "Enter their email address, such as name@example.org") : default,
            members.FirstOrDefault(m => string.Equals(m.Email, email, StringComparison.OrdinalIgnoreCase)) is { } member
                ? ("Email", $"{member.Email} already works for {organisation.Name}: change their roles on the staff page instead") : default,
            StaffForm.CheckRoles(Form.Roles),
        }.Where(e => e.Item1 is not null)];
        if (Errors.Count == 0 && await staff.InviteRefusalAsync(organisation, email, User) is { } refused)
        {
            Errors = [("Email", refused)];
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var (_, sent) = await staff.InviteAsync(organisation, email, StaffForm.WithStaff(Form.Roles), User, HttpContext.RequestAborted);
        TempData[sent ? "Notice" : "Problem"] = sent
            ? $"An invitation was sent to {email}."
            : $"The invitation to {email} is saved but the email could not be sent: use Send again below when the mail server is back, or tell your host's administrator.";
        return RedirectToPage("Index", new { slug });
    }
}
