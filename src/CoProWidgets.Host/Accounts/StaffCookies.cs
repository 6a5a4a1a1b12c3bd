using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Host.Accounts;

/// <summary>
/// The staff sign-in's cookies and its limit on guessing. Outside Development, and unless the host's public address is
/// plain http, the cookies are sent only over HTTPS and carry the <c>__Host-</c> prefix, which browsers accept only
/// from a secure origin for the whole site with no domain: a neighbouring subdomain cannot set or overwrite them.
/// </summary>
internal static class StaffCookies
{
    public const string SignInRateLimit = "staff-sign-in";

    private const string HostPrefix = "__Host-";

    public static void Secure(CookieBuilder cookie, IHostEnvironment environment, WidgetHostOptions host)
    {
        ArgumentNullException.ThrowIfNull(cookie);
        if (environment.IsDevelopment() || host.PublicUrl?.Scheme == Uri.UriSchemeHttp)
        {
            cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            return;
        }

        cookie.SecurePolicy = CookieSecurePolicy.Always;
        cookie.Path = "/";
        cookie.Domain = null;
        if (cookie.Name is { } name && !name.StartsWith(HostPrefix, StringComparison.Ordinal))
        {
            cookie.Name = HostPrefix + name;
        }
    }

    /// <summary>Posts to the sign-in and code pages, per client address (as the forwarded headers give it) and minute.</summary>
    public static void AddSignInRateLimit(IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, cancellationToken) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = "60";
                rejected.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                return new ValueTask(rejected.HttpContext.Response.WriteAsync("Too many sign-in attempts from your network. Wait a minute, then try again.", cancellationToken));
            };
            limiter.AddPolicy(SignInRateLimit, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("");
                }

                var perMinute = context.RequestServices.GetRequiredService<IOptions<StaffAccountOptions>>().Value.SignInPostsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
    }
}
