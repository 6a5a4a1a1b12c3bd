using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Rendering;

/// <summary>
/// Limits how often one client may post the library's forms, with the rate limiting primitives ASP.NET Core's rate
/// limiter is built on, applied as an endpoint filter so it holds even when the host has not added
/// <c>UseRateLimiter()</c>. Over the limit the answer is 429 with Retry-After.
/// </summary>
internal sealed class FormRateLimit : IEndpointFilter, IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter;

    public FormRateLimit(IOptions<CoProWidgetsOptions> options)
    {
        var settings = options.Value.FormRateLimit;
        _limiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
            ClientKey(context),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.PermitLimit, Window = settings.Window, QueueLimit = 0 }));
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        using var lease = await _limiter.AcquireAsync(context.HttpContext, 1, context.HttpContext.RequestAborted);
        if (lease.IsAcquired)
        {
            return await next(context);
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return Results.Text("Too many requests from your connection. Please wait a minute and try again.", statusCode: StatusCodes.Status429TooManyRequests);
    }

    public void Dispose() => _limiter.Dispose();

    /// <summary>
    /// Applies the one shared limiter to an endpoint. (AddEndpointFilter&lt;T&gt; would build a new filter, and so a new,
    /// empty limiter, for every request.)
    /// </summary>
    public static RouteHandlerBuilder Apply(RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter((context, next) => context.HttpContext.RequestServices.GetRequiredService<FormRateLimit>().InvokeAsync(context, next));

    /// <summary>One bucket per IPv4 address, or per IPv6 /64 (one household or device can hold a whole /64).</summary>
    internal static string ClientKey(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes).ToString();
        }

        return address.ToString();
    }
}

/// <summary>How often one client may post the library's forms (section <c>CoProWidgets:FormRateLimit</c>).</summary>
public sealed class CoProFormRateLimitOptions
{
    /// <summary>How many posts one client may make in each window. The default is 10.</summary>
    public int PermitLimit { get; set; } = 10;

    /// <summary>The window. The default is one minute.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
