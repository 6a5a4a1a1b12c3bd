using CoProWidgets.Host.Accounts;
using CoProWidgets.Host.Operations;
using CoProWidgets.Host.Organisations;
using CoProWidgets.Host.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoProWidgets.Host;

/// <summary>Builds the widget host: its services, and its pipeline with each organisation's shell inside it.</summary>
internal static class WidgetHostApplication
{
    public const string HostAdministratorPolicy = "host-administrator";

    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        AddServices(builder.Services, builder.Configuration);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WidgetHostOptions>().BindConfiguration(WidgetHostOptions.SectionName).ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HostDatabase>();
        services.AddDbContext<SqliteHostDbContext>((provider, options) => provider.GetRequiredService<HostDatabase>().Configure(options));
        services.AddDbContext<PostgreSqlHostDbContext>((provider, options) => provider.GetRequiredService<HostDatabase>().Configure(options));
        services.AddScoped<HostDbContext>(provider => provider.GetRequiredService<HostDatabase>().IsPostgreSql
            ? provider.GetRequiredService<PostgreSqlHostDbContext>()
            : provider.GetRequiredService<SqliteHostDbContext>());

        services.AddHostedService<HostDatabaseInitializer>();

        // One key ring in the host database: a cookie or form token made by one server is read by the others.
        services.AddDataProtection().SetApplicationName("CoProWidgets.Host").PersistKeysToDbContext<HostDbContext>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<StaffUser>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddEntityFrameworkStores<HostDbContext>();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = HostSignInHandler.SignInPath;
            cookie.AccessDeniedPath = HostSignInHandler.DeniedPath;
            cookie.Cookie.Name = "copro-staff";
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddStaffAccounts();
        services.AddScoped<IClaimsTransformation, StaffClaims>();
        services.AddAuthorizationBuilder()
            .AddPolicy(HostAdministratorPolicy, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => StaffRoles.IsHostAdministrator(c.User)));

        services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Admin", HostAdministratorPolicy);
            StaffAccountServices.AddPageConventions(pages);
        });

        // Optional single sign-on through OpenID Connect (WidgetHost:SingleSignOn); nothing is added when it is unset.
        services.AddSingleSignOn();

        services.AddSingleton<OrganisationDirectory>();
        services.AddSingleton<OrganisationShellFactory>();
        services.AddSingleton<OrganisationShells>();
        services.AddHostedService<OrganisationStarter>();

        services.AddHostOperations(configuration);
    }

    /// <summary>
    /// The widgets' script and stylesheet are read by pages of other origins (an accessibility checker, or a page that
    /// loads them with <c>crossorigin</c>): they hold nothing personal, so any origin may read them.
    /// </summary>
    private static readonly StaticFileOptions s_publicAssets = new()
    {
        OnPrepareResponse = file =>
        {
            if (file.Context.Request.Path.StartsWithSegments("/_content/CoProWidgets"))
            {
                file.Context.Response.Headers.AccessControlAllowOrigin = "*";
            }
        },
    };

    public static void Configure(WebApplication app)
    {
        app.UseHostOperations();

        app.UseStaticFiles(s_publicAssets);
        app.UseAuthentication();
        app.UseMiddleware<OrganisationDispatch>();
        // Again for an organisation chosen by path: its copy of the script and stylesheet, /o/{slug}/_content/..., so a
        // snippet made under that path works as it is.
        app.UseStaticFiles(s_publicAssets);
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapRazorPages();
    }
}
