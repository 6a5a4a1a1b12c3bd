using CoProWidgets.Host.Accounts;
using CoProWidgets.Host.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoProWidgets.Host.Pages.OrganisationStaff;

/// <summary>One member of the organisation's staff: their roles, resetting their sign-in, removing them.</summary>
internal sealed class MemberModel(OrganisationDirectory directory, StaffManagement staff) : PageModel
{
    [BindProperty]
    public StaffForm Form { get; set; } = new();

    public Organisation Organisation { get; private set; } = null!;

    public StaffMember Member { get; private set; } = null!;

    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, string userId)
    {
        if (!await LoadAsync(slug, userId))
        {
            return NotFound();
        }

        Form.Roles = [.. Member.Roles];
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync(string slug, string userId)
    {
        if (!await LoadAsync(slug, userId))
        {
            return NotFound();
        }

        if (StaffForm.CheckRoles(Form.Roles) is ({ } field, { } message))
        {
            return Failed(field, message);
        }

        var refused = await staff.ChangeRolesAsync(slug, Member, StaffForm.WithStaff(Form.Roles), User, HttpContext.RequestAborted);
        return refused is null ? Done($"{Member.Email}'s roles were saved.") : Failed(nameof(StaffForm.Roles), refused);
    }

    public async Task<IActionResult> OnPostResetAsync(string slug, string userId)
    {
        if (!await LoadAsync(slug, userId))
        {
            return NotFound();
        }

        var (refused, sent) = await staff.ResetSignInAsync(Organisation, Member, User, HttpContext.RequestAborted);
        if (refused is not null)
        {
            return Failed(nameof(StaffForm.Roles), refused);
        }

        if (!sent)
        {
            TempData["Problem"] = $"{Member.Email}'s sign-in was reset, but the email with their new invitation could not be sent: use Send again below.";
            return RedirectToPage("Index", new { slug });
        }

        return Done($"{Member.Email}'s sign-in was reset and a new invitation was sent to them.");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, string userId)
    {
        if (!await LoadAsync(slug, userId))
        {
            return NotFound();
        }

        var refused = await staff.RemoveAsync(slug, Member, User, HttpContext.RequestAborted);
        return refused is null ? Done($"{Member.Email} was removed from {Organisation.Name}.") : Failed(nameof(StaffForm.Roles), refused);
    }

    private async Task<bool> LoadAsync(string slug, string userId)
    {
        if (directory.FindBySlug(slug) is not { } organisation || await staff.MemberAsync(slug, userId, HttpContext.RequestAborted) is not { } member)
        {
            return false;
        }

        (Organisation, Member) = (organisation, member);
        return true;
    }

    private RedirectToPageResult Done(string notice)
    {
        TempData["Notice"] = notice;
        return RedirectToPage("Index", new { slug = Organisation.Slug });
    }

    private PageResult Failed(string field, string message)
    {
        Errors = [(field, message)];
        Form.Roles = Form.Roles.Count > 0 ? Form.Roles : [.. Member.Roles];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
