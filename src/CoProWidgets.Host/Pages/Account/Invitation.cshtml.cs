using System.Security.Claims;
using CoProWidgets.Host.Accounts;
using CoProWidgets.Host.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoProWidgets.Host.Pages.Account;

/// <summary>
/// Accepting an invitation: a password, an authenticator app confirmed with a code, and the recovery codes once; or,
/// for someone who already signs in, one button. The token travels in the link once and in the forms after that, and
/// is checked again at every step.
/// </summary>
internal sealed class InvitationModel(Invitations invitations, AccountSetup setup, UserManager<StaffUser> users, SignInManager<StaffUser> signIn, OrganisationDirectory directory)
    : PageModel
{
    /// <summary>The invitation's one-time token.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    /// <summary>What was typed.</summary>
    [BindProperty]
    public InvitationForm Form { get; set; } = new();

    public InvitationStep Step { get; private set; }

    public Invitation? Invitation { get; private set; }

    public AuthenticatorKey? Key { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public string OrganisationName => Invitation?.OrganisationSlug is { } slug ? directory.FindBySlug(slug)?.Name ?? slug : "this widget host";

    public string SignInUrl => Url.Page("/Account/SignIn", new { ReturnUrl = Url.Page("/Account/Invitation", new { token = Token }) })!;

    public string Title => Step switch
    {
        InvitationStep.Unknown => "This link does not work",
        InvitationStep.Expired => "This invitation has run out",
        InvitationStep.Used => "This invitation has been used",
        InvitationStep.Done => "Your account is set up",
        InvitationStep.SignInToJoin or InvitationStep.Join or InvitationStep.SingleSignOn => $"Your invitation to {OrganisationName}",
        InvitationStep.Changed => "This invitation cannot be used",
        _ => "Set up your account",
    };

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return Page();
        }

        var account = await setup.AccountOfAsync(Invitation!);
        Step = account.Kind switch
        {
            InvitedAccountKind.New or InvitedAccountKind.NeedsSetup => InvitationStep.Password,
            InvitedAccountKind.SingleSignOn => InvitationStep.SingleSignOn,
            InvitedAccountKind.Changed => InvitationStep.Changed,
            _ => account.User!.Id == User.FindFirstValue(ClaimTypes.NameIdentifier) ? InvitationStep.Join : InvitationStep.SignInToJoin,
        };
        if (Step == InvitationStep.Changed)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        if (!await LoadAsync() || await setup.AccountOfAsync(Invitation!) is not { NeedsSetup: true } account)
        {
            return await OnGetAsync();
        }

        Step = InvitationStep.Password;
        var password = Form.Password ?? "";
        if (password.Length == 0 || password != Form.Confirm)
        {
            return Failed(password.Length == 0 ? ("Password", "Choose a password") : ("Confirm", "The two passwords are not the same: type them again"));
        }

        var (user, problems) = await setup.SetPasswordAsync(Invitation!, account, password);
        if (user is null)
        {
            return Failed(("Password", problems[0]));
        }

        Step = InvitationStep.Authenticator;
        Key = await setup.KeyOfAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAuthenticatorAsync()
    {
        if (!await LoadAsync() || await setup.AccountOfAsync(Invitation!) is not { NeedsSetup: true } account)
        {
            return await OnGetAsync();
        }

        var user = account.User;
        if (user is null || !await users.HasPasswordAsync(user))
        {
            Step = InvitationStep.Password;
            return Page();
        }

        Step = InvitationStep.Authenticator;
        Key = await setup.KeyOfAsync(user);
        if (!await setup.VerifyAsync(user, Form.Code))
        {
            return Failed((nameof(InvitationForm.Code), "The code is not right: enter the 6-digit code the app shows now for this account"));
        }

        RecoveryCodes = await setup.CompleteAsync(Invitation!, user);
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "mfa");
        Step = InvitationStep.Done;
        return Page();
    }

    public async Task<IActionResult> OnPostJoinAsync()
    {
        if (!await LoadAsync())
        {
            return Page();
        }

        var account = await setup.AccountOfAsync(Invitation!);
        if (account is not { Kind: InvitedAccountKind.SignsIn, User: { } user } || user.Id != User.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            return await OnGetAsync();
        }

        await setup.GrantAsync(Invitation!, user);
        TempData["Notice"] = $"You have joined {OrganisationName}.";
        return Redirect("~/account");
    }

    private async Task<bool> LoadAsync()
    {
        var (state, invitation) = await invitations.FindAsync(Token, HttpContext.RequestAborted);
        Invitation = invitation;
        Step = state switch
        {
            InvitationState.Expired => InvitationStep.Expired,
            InvitationState.Used => InvitationStep.Used,
            InvitationState.Valid => InvitationStep.Password,
            _ => InvitationStep.Unknown,
        };
        if (state != InvitationState.Valid)
        {
            Response.StatusCode = state == InvitationState.Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
        }

        return state == InvitationState.Valid;
    }

    private PageResult Failed((string Field, string Message) error)
    {
        Errors = [error];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
