using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Host.Operations;

/// <summary>
/// <c>/health/organisations</c>, for the people who run the host: it names every organisation, so it answers only a
/// request carrying the token set in <see cref="HealthSettings.OrganisationsToken"/> (404 when none is set, 401 for a
/// wrong one), whatever a proxy in front lets through. Every organisation's checks read its database and outbox, so
/// one report serves every request for <see cref="CacheFor"/>: a stream of requests cannot multiply that work.
/// </summary>
internal sealed class OrganisationsHealthEndpoint(HealthCheckService checks, IOptions<WidgetHostOptions> options, TimeProvider clock) : IDisposable
{
    public const int MinimumTokenLength = 32;

    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _running = new(1, 1);
    private (HealthReport Report, DateTimeOffset At)? _last;

    /// <summary>Whether the path is the endpoint's, in any case and with or without a trailing slash.</summary>
    public static bool Matches(PathString path) =>
        path.StartsWithSegments(HostHealth.OrganisationsPath, StringComparison.OrdinalIgnoreCase, out var rest) && (!rest.HasValue || rest == "/");

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.CacheControl = "no-store, no-cache";
        if (options.Value.Health.OrganisationsToken is not { Length: > 0 } token)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!HasToken(context.Request, token))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return;
        }

        var report = await ReportAsync(context.RequestAborted);
        context.Response.StatusCode = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        var organisations = report.Entries.Values.SelectMany(entry => entry.Data).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        await JsonSerializer.SerializeAsync(context.Response.Body, new { status = report.Status.ToString(), organisations }, cancellationToken: context.RequestAborted);
    }

    private async Task<HealthReport> ReportAsync(CancellationToken cancellationToken)
    {
        // Requests that arrive while the checks run wait for that run rather than starting their own.
        await _running.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            if (_last is not { } last || now - last.At >= CacheFor || now < last.At)
            {
                last = (await checks.CheckHealthAsync(check => check.Tags.Contains(HostHealth.OrganisationsTag), cancellationToken), now);
                _last = last;
            }

            return last.Report;
        }
        finally
        {
            _running.Release();
        }
    }

    public void Dispose() => _running.Dispose();

    private static bool HasToken(HttpRequest request, string token)
    {
        var header = request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Compared as hashes in fixed time, so neither the length nor the first wrong character shows in the timing.
        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(header[Bearer.Length..].Trim())),
            SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
