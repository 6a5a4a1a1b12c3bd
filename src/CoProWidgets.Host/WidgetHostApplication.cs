using CoProWidgets.Host.Accounts;
using CoProWidgets.Host.Organisations;
using CoProWidgets.Host.Storage;
using Microsoft.AspNetCore.Authentication;
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

        services.AddSingleton<OrganisationDirectory>();
        services.AddSingleton<OrganisationShellFactory>();
        services.AddSingleton<OrganisationShells>();
        services.AddSingleton<OrganisationDispatch.Marker>();
        services.AddHostedService<HostDatabaseInitializer>();
        services.AddHostedService<OrganisationStarter>();
        _ = configuration;
    }

    public static void Configure(WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseMiddleware<OrganisationDispatch>();
        app.UseRouting();
        app.UseAuthorization();
        app.MapRazorPages();
    }
}
