using System.Diagnostics;
using System.Diagnostics.Metrics;
using CoProWidgets.Host.Storage;
using Microsoft.AspNetCore.DataProtection;

namespace CoProWidgets.Host.Organisations;

/// <summary>
/// Builds an organisation's shell: a service provider with CoProWidgets configured from the organisation's row, and
/// a pipeline of routing, authorization and the widgets' endpoints. The shell's configuration is the host's (so
/// host-wide settings such as the SMTP server and rate limits apply to all) with the organisation's own on top.
/// </summary>
internal sealed partial class OrganisationShellFactory(IServiceProvider root, IConfiguration configuration, HostDatabase database, ILogger<OrganisationShellFactory> logger)
{
    public async Task<OrganisationShell> CreateAsync(Organisation organisation, CancellationToken cancellationToken)
    {
        await database.PrepareAsync(organisation.Slug, cancellationToken);
        var started = Stopwatch.GetTimestamp();

        var services = new ServiceCollection();
        Share(services);
        services.AddSingleton<IConfiguration>(ConfigurationOf(organisation));
        services.AddRouting();
        services.AddAuthentication(HostSignInHandler.SchemeName).AddScheme<HostSignInOptions, HostSignInHandler>(HostSignInHandler.SchemeName, null);
        services.AddAuthorization(policies => OrganisationPolicies.Add(policies, organisation.Slug));
        services.AddCoProWidgets(options =>
        {
            options.StaffPolicy = OrganisationPolicies.Staff;
            options.PeoplePolicy = OrganisationPolicies.People;
            options.ModerationPolicy = OrganisationPolicies.Moderation;
            options.PublishingPolicy = OrganisationPolicies.Publishing;
        });
        // The library's own checks, which the host's /health/organisations reports for each organisation.
        services.AddHealthChecks().AddCoProWidgets();

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var hosted = new List<IHostedService>();
        try
        {
            // The library migrates the organisation's database as its first hosted service starts: one server at a time.
            await using (await database.LockAsync(HostDatabase.SchemaOf(organisation.Slug), cancellationToken))
            {
                foreach (var service in provider.GetServices<IHostedService>())
                {
                    await service.StartAsync(cancellationToken);
                    hosted.Add(service);
                }
            }

            // The library's startup filters (the staff pages' headers) wrap the shell's pipeline as they would a site's.
            Action<IApplicationBuilder> configure = Configure;
            foreach (var filter in provider.GetServices<IStartupFilter>().Reverse())
            {
                configure = filter.Configure(configure);
            }

            var app = new ApplicationBuilder(provider);
            configure(app);
            var shell = new OrganisationShell(organisation, provider, app.Build(), hosted);
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogStarted(logger, organisation.Slug, elapsed);
            return shell;
        }
        catch
        {
            await new OrganisationShell(organisation, provider, _ => Task.CompletedTask, hosted).DisposeAsync();
            throw;
        }
    }

    private static void Configure(IApplicationBuilder app)
    {
        app.UseRouting();
        app.UseAuthorization();
        app.UseEndpoints(endpoints => endpoints.MapCoProWidgets());
        app.Run(OrganisationDispatch.ContinueInHost);
    }

    /// <summary>What every shell takes from the host rather than making its own.</summary>
    private void Share(ServiceCollection services)
    {
        // Logging and metrics go where the host's go (the console, OpenTelemetry), under the same names.
        services.AddSingleton(root.GetRequiredService<ILoggerFactory>());
        services.AddLogging();
        services.AddSingleton(root.GetRequiredService<IMeterFactory>());
        services.AddSingleton(root.GetRequiredService<IWebHostEnvironment>());
        services.AddSingleton<IHostEnvironment>(root.GetRequiredService<IWebHostEnvironment>());
        services.AddSingleton(root.GetRequiredService<IHostApplicationLifetime>());
        services.AddSingleton(root.GetRequiredService<DiagnosticListener>());
        services.AddSingleton<DiagnosticSource>(root.GetRequiredService<DiagnosticListener>());
        services.AddSingleton(root.GetRequiredService<TimeProvider>());
        // The host's key ring: antiforgery tokens and the sign-in cookie read the same on every organisation's pages.
        // The library's own tokens (email links) use its key ring in the organisation's database.
        services.AddSingleton(root.GetRequiredService<IDataProtectionProvider>());
    }

    private static readonly string[] s_ownKeys = [.. new[]
    {
        "ContentPath", "SiteUrl", "Email:From", "Email:PickupDirectory", "Safeguarding:NotifyEmail", "GetInvolved",
        "Database:SqlitePath", "Redis:KeyPrefix", "Embed:AllowedOrigins", "StaffPolicy", "PeoplePolicy", "ModerationPolicy",
        "PublishingPolicy", "StaffLayout", "PageLayout",
    }.Select(key => $"{CoProWidgetsOptions.SectionName}:{key}"), "ConnectionStrings:CoProWidgets"];

    private IConfiguration ConfigurationOf(Organisation organisation)
    {
        const string Section = CoProWidgetsOptions.SectionName;
        var slug = organisation.Slug;
        var values = new Dictionary<string, string?>
        {
            [$"{Section}:ContentPath"] = database.ContentPathOf(slug),
            [$"{Section}:SiteUrl"] = organisation.SiteUrl,
            [$"{Section}:Email:From"] = organisation.EmailFrom,
            [$"{Section}:Email:FromName"] = organisation.Name,
            [$"{Section}:Email:PickupDirectory"] = Path.Combine(database.OrganisationDataPathOf(slug), "mail"),
            [$"{Section}:Safeguarding:NotifyEmail"] = organisation.SafeguardingEmail,
            [$"{Section}:GetInvolved:SignUpPage"] = organisation.SignUpPage,
            [$"{Section}:Database:SqlitePath"] = database.SqliteFileOf(slug),
            ["ConnectionStrings:CoProWidgets"] = database.ConnectionStringOf(slug),
            // One Redis may serve the whole host (and more): each organisation's budgets under a prefix of its own.
            [$"{Section}:Redis:KeyPrefix"] = $"{configuration[$"{Section}:Redis:KeyPrefix"] ?? "copro:"}{slug}:",
        };
        var origins = organisation.AllowedOriginList;
        for (var i = 0; i < origins.Count; i++)
        {
            values[$"{Section}:Embed:AllowedOrigins:{i}"] = origins[i];
        }

        // Host-wide settings apply to every organisation, except the keys that belong to one, which come only from its
        // row: a list such as the allowed origins would otherwise merge item by item with a host-wide one.
        var shared = configuration.AsEnumerable()
            .Where(setting => setting.Value is not null && !s_ownKeys.Any(key => setting.Key.StartsWith(key, StringComparison.OrdinalIgnoreCase)));
        return new ConfigurationBuilder()
            .AddInMemoryCollection(shared)
            .AddInMemoryCollection(values)
            .Build();
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Organisation {Slug} started in {Elapsed}.")]
    private static partial void LogStarted(ILogger logger, string slug, TimeSpan elapsed);
}
