using CoProWidgets.Email;
using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the CoProWidgets health checks to a host's health checks.</summary>
public static class CoProWidgetsHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds <c>coprowidgets-database</c> (the database answers and has every migration) and <c>coprowidgets-outbox</c>
    /// (no email has waited longer than <paramref name="outboxStuckAfter"/> to be sent; degraded when emails failed for
    /// good in the last day). Map them with the host's <c>app.MapHealthChecks(...)</c>, behind whatever it protects
    /// operational endpoints with.
    /// </summary>
    /// <param name="builder">The host's health checks.</param>
    /// <param name="outboxStuckAfter">How long an unsent email may wait before the outbox counts as stuck; by default 30 minutes.</param>
    /// <returns>The same builder.</returns>
    public static IHealthChecksBuilder AddCoProWidgets(this IHealthChecksBuilder builder, TimeSpan? outboxStuckAfter = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var stuckAfter = outboxStuckAfter ?? TimeSpan.FromMinutes(30);
        builder.Add(new HealthCheckRegistration("coprowidgets-database", services => new DatabaseHealthCheck(services.GetRequiredService<CoProDbContextFactory>()), HealthStatus.Unhealthy, ["coprowidgets", "ready"]));
        builder.Add(new HealthCheckRegistration("coprowidgets-outbox", services => new OutboxHealthCheck(services.GetRequiredService<OutboxState>(), stuckAfter), HealthStatus.Unhealthy, ["coprowidgets"]));
        return builder;
    }

    private sealed class DatabaseHealthCheck(CoProDbContextFactory contexts) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await using var db = contexts.Create();
                if (!await db.Database.CanConnectAsync(cancellationToken))
                {
                    return HealthCheckResult.Unhealthy("The CoProWidgets database does not answer.");
                }

                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                return pending.Count == 0
                    ? HealthCheckResult.Healthy("The CoProWidgets database answers and is up to date.")
                    : HealthCheckResult.Unhealthy($"The CoProWidgets database lacks {pending.Count} migration(s), starting with {pending[0]}.");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy("The CoProWidgets database could not be reached.", ex);
            }
        }
    }

    private sealed class OutboxHealthCheck(OutboxState outbox, TimeSpan stuckAfter) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var state = await outbox.ReadAsync(cancellationToken);
                var data = new Dictionary<string, object>
                {
                    ["waiting"] = state.Waiting,
                    ["failedInLastDay"] = state.FailedInLastDay,
                };
                if (state.OldestAge is { } age && age > stuckAfter)
                {
                    return HealthCheckResult.Unhealthy($"An email has waited {age.TotalMinutes:0} minutes to be sent: check the SMTP settings and the log.", data: data);
                }

                return state.FailedInLastDay > 0
                    ? HealthCheckResult.Degraded($"{state.FailedInLastDay} email(s) failed for good in the last day.", data: data)
                    : HealthCheckResult.Healthy("The outbox is sending.", data);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy("The outbox could not be read.", ex);
            }
        }
    }
}
