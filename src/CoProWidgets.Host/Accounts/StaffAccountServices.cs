using CoProWidgets.Host.Organisations;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Host.Accounts;

/// <summary>Staff accounts: sign-in rules, invitations, staff management and their pages.</summary>
internal static class StaffAccountServices
{
    /// <summary>Met by the host's administrators and by the administrators of the organisation in the route.</summary>
    public const string OrganisationAdministratorPolicy = "organisation-administrator";

    private static readonly string[] s_openPages = ["/Account/SignIn", "/Account/TwoFactor", "/Account/SignOut", "/Account/Denied", "/Account/Invitation", "/Account/SingleSignOn", "/Account/SingleSignOnCallback"];

    public static void AddStaffAccounts(this IServiceCollection services)
    {
        services.AddOptions<StaffAccountOptions>().BindConfiguration(StaffAccountOptions.SectionName)
            .Validate(o => o.InvitationLifetime > TimeSpan.Zero, "WidgetHost:Accounts:InvitationLifetime must be longer than zero, such as 72:00:00.")
            .Validate(o => o.SignInPostsPerMinute > 0, "WidgetHost:Accounts:SignInPostsPerMinute must be more than zero, such as 30.")
            .ValidateOnStart();
        services.Configure<IdentityOptions>(identity =>
        {
            PasswordPolicy.Apply(identity.Password);
            identity.User.RequireUniqueEmail = true;
            identity.Lockout.AllowedForNewUsers = true;
            identity.Lockout.MaxFailedAccessAttempts = 5;
            identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            identity.SignIn.RequireConfirmedAccount = false;
        });
        services.AddScoped<IdentityErrorDescriber, StaffErrorDescriber>();
        services.AddScoped<IPasswordValidator<StaffUser>, PasswordPolicy>();

        // Removing someone, or resetting their sign-in, reaches their other sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.FromMinutes(1));
        foreach (var scheme in new[] { IdentityConstants.ApplicationScheme, IdentityConstants.TwoFactorUserIdScheme })
        {
            services.AddOptions<CookieAuthenticationOptions>(scheme).Configure<IHostEnvironment, IOptions<WidgetHostOptions>>((cookie, environment, host) =>
            {
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                StaffCookies.Secure(cookie.Cookie, environment, host.Value);
            });
        }

        services.AddAntiforgery();
        services.AddOptions<AntiforgeryOptions>().Configure<IHostEnvironment, IOptions<WidgetHostOptions>>((antiforgery, environment, host) =>
        {
            antiforgery.Cookie.Name = "copro-staff-antiforgery";
            StaffCookies.Secure(antiforgery.Cookie, environment, host.Value);
        });
        StaffCookies.AddSignInRateLimit(services);

        services.AddAuthorizationBuilder().AddPolicy(OrganisationAdministratorPolicy, policy => policy.RequireAuthenticatedUser()
            .RequireAssertion(context => context.Resource is HttpContext http && http.GetRouteValue("slug") is string slug
                && (StaffRoles.IsHostAdministrator(context.User) || StaffRoles.Has(context.User, slug, OrganisationRole.Administrator))));

        services.AddSingleton<HostLinks>();
        services.AddSingleton<HostMailer>();
        services.AddScoped<HostAudit>();
        services.AddScoped<Invitations>();
        services.AddScoped<AccountSetup>();
        services.AddScoped<StaffManagement>();
    }

    /// <summary>Who may open the account and staff pages, and the headers they are sent with.</summary>
    public static void AddPageConventions(RazorPagesOptions pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        pages.Conventions.AuthorizeFolder("/Account");
        foreach (var open in s_openPages)
        {
            pages.Conventions.AllowAnonymousToPage(open);
        }

        pages.Conventions.AuthorizeFolder("/OrganisationStaff", OrganisationAdministratorPolicy);
        foreach (var page in new[] { "/Account/SignIn", "/Account/TwoFactor" })
        {
            pages.Conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(StaffCookies.SignInRateLimit)));
        }
    }
}
