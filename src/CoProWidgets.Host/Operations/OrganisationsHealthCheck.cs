using CoProWidgets.Host.Organisations;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoProWidgets.Host.Operations;

/// <summary>
/// Runs the library's own checks (database, outbox, content: <c>AddCoProWidgets()</c> on each shell's health checks)
/// in every organisation that is running, and reports each organisation's worst status by its slug: no descriptions,
/// which could quote a content file, and nothing about a person. An organisation not started yet is left out rather
/// than started by a monitor.
/// </summary>
internal sealed class OrganisationsHealthCheck(OrganisationShells shells) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new SortedDictionary<string, object>(StringComparer.Ordinal);
        var worst = HealthStatus.Healthy;
        foreach (var shell in shells.Running())
        {
            var checks = shell.Services.GetService<HealthCheckService>();
            if (checks is null)
            {
                continue;
            }

            var report = await checks.CheckHealthAsync(cancellationToken);
            data[shell.Organisation.Slug] = report.Status.ToString();
            worst = report.Status < worst ? report.Status : worst;
        }

        // One organisation's broken content or stuck outbox calls for a person, not for taking the server out of service.
        var status = worst == HealthStatus.Healthy ? HealthStatus.Healthy : HealthStatus.Degraded;
        return new HealthCheckResult(status, $"{data.Count} organisation(s) running.", data: data);
    }
}
