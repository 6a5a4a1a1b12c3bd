using System.Security.Claims;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Sample.Pages.Staff;

/// <summary>Staff sign in to the workspace with the sample's one staff user.</summary>
public sealed class SignInModel(IOptions<SampleStaff> staff) : PageModel
{
    public const string IdPrefix = "sign-in";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<FormError> Errors { get; private set; } = [];

    public bool Denied => User.Identity?.IsAuthenticated == true;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var errors = new List<FormError>();
        if (string.IsNullOrWhiteSpace(Email) || Email.Length > 254)
        {
            errors.Add(new FormError("email", "Enter your email address"));
        }

        if (string.IsNullOrEmpty(Password) || Password.Length > 200)
        {
            errors.Add(new FormError("password", "Enter your password"));
        }

        if (errors.Count == 0 && !staff.Value.Matches(Email, Password))
        {
            errors.Add(new FormError("email", "The email address or password is not right"));
        }

        if (errors.Count > 0)
        {
            Errors = errors;
            Password = null;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, Email!.Trim()), new Claim(ClaimTypes.Role, SampleStaff.Role)], CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/copro/staff");
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/");
    }
}
