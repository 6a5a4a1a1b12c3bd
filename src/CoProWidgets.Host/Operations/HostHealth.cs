using CoProWidgets.Host.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoProWidgets.Host.Operations;

/// <summary>
/// The host's health endpoints, answered before an organisation is chosen (so they read nothing they need not), never
/// cached, and naming no person: <c>/health/live</c> (the process answers; no I/O), <c>/health/ready</c> (the host
/// database answers), and <c>/health/organisations</c> (each running organisation's own checks, by slug and status only,
/// to a configured token: see <see cref="OrganisationsHealthEndpoint"/>).
/// </summary>
internal static class HostHealth
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    public const string OrganisationsPath = "/health/organisations";

    private const string ReadyTag = "host-ready";
    public const string OrganisationsTag = "host-organisations";

    public static void Add(IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<HostDatabaseHealthCheck>("host-database", HealthStatus.Unhealthy, [ReadyTag])
            .AddCheck<OrganisationsHealthCheck>("organisations", HealthStatus.Unhealthy, [OrganisationsTag]);
        services.AddSingleton<OrganisationsHealthEndpoint>();
    }

    public static void Use(IApplicationBuilder app)
    {
        app.UseHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false });
        app.UseHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        app.MapWhen(context => OrganisationsHealthEndpoint.Matches(context.Request.Path),
            branch => branch.Run(context => context.RequestServices.GetRequiredService<OrganisationsHealthEndpoint>().InvokeAsync(context)));
    }

    private sealed class HostDatabaseHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
                return await db.Database.CanConnectAsync(cancellationToken)
                    ? HealthCheckResult.Healthy("The host database answers.")
                    : HealthCheckResult.Unhealthy("The host database does not answer.");
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy("The host database could not be reached.", exception);
            }
        }
    }
}
