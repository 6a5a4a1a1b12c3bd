using CoProWidgets.Email;
using CoProWidgets.Http;
using CoProWidgets.Staff;
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
    /// good in the last day) and <c>coprowidgets-content</c> (no content file broken for longer than
    /// <paramref name="contentBrokenAfter"/>; degraded while one is broken for less) and <c>coprowidgets-redis</c>
    /// (degraded while <c>ConnectionStrings:Redis</c> is set but Redis cannot be reached, so each server keeps its own
    /// form budgets). Only the database check is tagged
    /// <c>ready</c>: the others call for a person, not for taking the server out of service. Map them with the host's
    /// <c>app.MapHealthChecks(...)</c>, behind whatever it protects operational endpoints with.
    /// </summary>
    /// <param name="builder">The host's health checks.</param>
    /// <param name="outboxStuckAfter">How long an unsent email may wait before the outbox counts as stuck; by default 30 minutes.</param>
    /// <param name="contentBrokenAfter">How long a content file may stay broken (visitors seeing its last good version, or nothing); by default a day.</param>
    /// <returns>The same builder.</returns>
    public static IHealthChecksBuilder AddCoProWidgets(this IHealthChecksBuilder builder, TimeSpan? outboxStuckAfter = null, TimeSpan? contentBrokenAfter = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var stuckAfter = outboxStuckAfter ?? TimeSpan.FromMinutes(30);
        var brokenAfter = contentBrokenAfter ?? TimeSpan.FromDays(1);
        builder.Add(new HealthCheckRegistration("coprowidgets-content", services => new ContentHealthCheck(services.GetRequiredService<StaffContent>(), services.GetRequiredService<TimeProvider>(), brokenAfter), HealthStatus.Unhealthy, ["coprowidgets"]));
        builder.Add(new HealthCheckRegistration("coprowidgets-database", services => new DatabaseHealthCheck(services.GetRequiredService<CoProDbContextFactory>()), HealthStatus.Unhealthy, ["coprowidgets", "ready"]));
        builder.Add(new HealthCheckRegistration("coprowidgets-redis", services => new RedisHealthCheck(services.GetRequiredService<RedisConnection>()), HealthStatus.Degraded, ["coprowidgets"]));
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

    private sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            if (!redis.Configured)
            {
                return HealthCheckResult.Healthy("Redis is not configured: each server keeps its own form budgets.");
            }

            try
            {
                if (await redis.DatabaseAsync() is { } database)
                {
                    await database.PingAsync();
                    return HealthCheckResult.Healthy("Redis answers: form budgets are shared by every server.");
                }
            }
            catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, "Redis cannot be reached: each server keeps its own form budgets until it can.", ex);
            }

            return new HealthCheckResult(context.Registration.FailureStatus, "Redis cannot be reached: each server keeps its own form budgets until it can.");
        }
    }

    private sealed class ContentHealthCheck(StaffContent content, TimeProvider time, TimeSpan brokenAfter) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var now = time.GetUtcNow().UtcDateTime;
            var broken = content.Files().Where(file => file.Error is not null).ToList();
            var data = broken.ToDictionary(file => file.File, file => (object)(file.Error ?? string.Empty), StringComparer.Ordinal);
            var tooLong = broken.Where(file => file.BrokenSince is { } since && now - since > brokenAfter).ToList();
            if (tooLong.Count > 0)
            {
                return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, $"{tooLong.Count} content file(s) broken for more than {brokenAfter.TotalHours:0} hours, starting with {tooLong[0].Error}", data: data));
            }

            return Task.FromResult(broken.Count > 0
                ? HealthCheckResult.Degraded($"{broken.Count} content file(s) broken: {broken[0].Error}", data: data)
                : HealthCheckResult.Healthy("Every content file is good.", data));
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
