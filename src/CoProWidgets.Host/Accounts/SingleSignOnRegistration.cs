using System.Diagnostics.CodeAnalysis;
using CoProWidgets.Host.Organisations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CoProWidgets.Host.Accounts;

/// <summary>
/// Registers single sign-on. When no setting of it is present there is no OpenID Connect scheme, its pages answer
/// "not found", and nothing of it is checked at start-up.
/// </summary>
internal static class SingleSignOnRegistration
{
    /// <summary>Where the provider sends people back; registered at the provider as <c>{PublicUrl}/signin-oidc</c>.</summary>
    public const string CallbackPath = "/signin-oidc";

    /// <summary>Where a sign-in the provider did not complete ends (cancelled, failed, or a replayed answer).</summary>
    public const string FailedPath = "/account/single-sign-on?failed=true";

    /// <summary>Adds single sign-on, to be switched on by the settings (read from the container's configuration, which
    /// has every source, when the options are first read).</summary>
    public static IServiceCollection AddSingleSignOn(this IServiceCollection services)
    {
        services.AddOptions<SingleSignOnOptions>().BindConfiguration(SingleSignOnOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SingleSignOnOptions>, SingleSignOnValidation>();
        services.AddScoped<SingleSignOnSignIn>();
        new WhenSetAuthenticationBuilder(services).AddOpenIdConnect(SingleSignOnSignIn.Scheme, _ => { });
        services.AddOptions<OpenIdConnectOptions>(SingleSignOnSignIn.Scheme).Configure<IOptions<SingleSignOnOptions>>((oidc, settings) => Configure(oidc, settings.Value));
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).PostConfigure(SingleSignOnSession.Limit);
        return services;
    }

    /// <summary>Whether any single sign-on setting is present, from whichever source.</summary>
    public static bool IsSet(IConfiguration configuration) => configuration.GetSection(SingleSignOnOptions.SectionName).Exists();

    private static void Configure(OpenIdConnectOptions oidc, SingleSignOnOptions settings)
    {
        oidc.Authority = settings.Authority!.AbsoluteUri;
        oidc.ClientId = settings.ClientId;
        oidc.ClientSecret = settings.ClientSecret;
        oidc.CallbackPath = CallbackPath;
        // The authorization code flow with PKCE, its answer posted back rather than left in the address and the
        // browser's history. The state and nonce checks are the handler's own and stay on.
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.ResponseMode = OpenIdConnectResponseMode.FormPost;
        oidc.UsePkce = true;
        oidc.Scope.Add("email");
        // The host needs who the person is and their groups, once: no tokens are kept, and no API is called for them.
        oidc.SaveTokens = false;
        oidc.GetClaimsFromUserInfoEndpoint = false;
        // Claims keep the names the provider gave them (oid, groups, amr), as the documentation and settings name them.
        oidc.MapInboundClaims = false;
        oidc.TokenValidationParameters.NameClaimType = "name";
        oidc.SignInScheme = IdentityConstants.ExternalScheme;
        oidc.DisableTelemetry = true;
        oidc.Events.OnRedirectToIdentityProvider = context =>
        {
            // Sent from the host's own path even when the page was reached under an organisation's /o/{slug}.
            var request = context.Request;
            context.ProtocolMessage.RedirectUri = $"{request.Scheme}://{request.Host}{OrganisationDispatch.HostPathBase(context.HttpContext)}{CallbackPath}";
            return Task.CompletedTask;
        };
        oidc.Events.OnRemoteFailure = context =>
        {
            context.HandleResponse();
            context.Response.Redirect(OrganisationDispatch.HostPathBase(context.HttpContext) + FailedPath);
            return Task.CompletedTask;
        };
    }

    /// <summary>
    /// Adds its schemes only when the settings are present. The choice waits until the authentication options are
    /// first read, when every source of settings has been added (the host's builder reads some sources only as it
    /// builds, so the configuration handed to the registration may not have them yet).
    /// </summary>
    private sealed class WhenSetAuthenticationBuilder(IServiceCollection services) : AuthenticationBuilder(services)
    {
        public override AuthenticationBuilder AddScheme<TOptions, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(
            string authenticationScheme, string? displayName, Action<TOptions>? configureOptions)
        {
            Services.AddOptions<AuthenticationOptions>().Configure<IConfiguration>((authentication, configuration) =>
            {
                if (IsSet(configuration))
                {
                    authentication.AddScheme<THandler>(authenticationScheme, displayName);
                }
            });
            if (configureOptions is not null)
            {
                Services.Configure(authenticationScheme, configureOptions);
            }

            Services.AddOptions<TOptions>(authenticationScheme).Validate(options =>
            {
                options.Validate(authenticationScheme);
                return true;
            });
            Services.AddTransient<THandler>();
            return this;
        }
    }
}
