using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Host.Organisations;

/// <summary>Options for <see cref="HostSignInHandler"/> (none of its own).</summary>
internal sealed class HostSignInOptions : AuthenticationSchemeOptions;

/// <summary>
/// An organisation's shell signs nobody in: the host did, before the request reached the shell. When the workspace
/// asks for a signed-in member of staff, this sends the browser to the host's own sign-in page (outside any
/// organisation's path), and when the member lacks a role, to the host's page that says so.
/// </summary>
internal sealed class HostSignInHandler(IOptionsMonitor<HostSignInOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<HostSignInOptions>(options, logger, encoder)
{
    public const string SchemeName = "HostSignIn";
    public const string SignInPath = "/account/sign-in";
    public const string DeniedPath = "/account/denied";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Task.FromResult(Context.User.Identity?.IsAuthenticated == true
            ? AuthenticateResult.Success(new AuthenticationTicket(Context.User, SchemeName))
            : AuthenticateResult.NoResult());

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Redirect(HostPath(SignInPath) + "?ReturnUrl=" + Uri.EscapeDataString(Request.PathBase + Request.Path + Request.QueryString));
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.Redirect(HostPath(DeniedPath));
        return Task.CompletedTask;
    }

    // The host's pages sit under the request's original path base, before an organisation's path was added to it.
    private string HostPath(string path) => OrganisationDispatch.HostPathBase(Context) + path;
}
