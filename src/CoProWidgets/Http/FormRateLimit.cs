using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using CoProWidgets.Content;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Http;

/// <summary>What a form post spends from its client's budget; each has a budget of its own.</summary>
internal enum FormBudget
{
    /// <summary>Moving between a survey's pages, going back, checking answers: nothing is stored.</summary>
    SurveyPages,

    /// <summary>Storing a survey response.</summary>
    SurveyResponses,

    /// <summary>Sending the sign-up form.</summary>
    SignUps,

    /// <summary>Confirming a sign-up with the link in its email.</summary>
    Confirmations,

    /// <summary>Unsubscribing, from the page or a mail client's one-click request.</summary>
    Unsubscribes,

    /// <summary>Saving preferences, erasing, starting again after unsubscribing, and asking for a fresh link.</summary>
    Links,

    /// <summary>Saving a survey's answers to come back to later.</summary>
    SurveySaves,

    /// <summary>Emailing the link to saved answers.</summary>
    SavedLinkEmails,

    /// <summary>Emails of links to saved answers to one address (kept as a hash), whoever asks.</summary>
    SavedLinkRecipients,

    /// <summary>Moving between a survey's pages at a kiosk: spent from the kiosk link's budget.</summary>
    KioskPages,

    /// <summary>Storing a survey response at a kiosk: spent from the kiosk link's budget.</summary>
    KioskResponses,
}

/// <summary>
/// Limits how often one client (an IPv4 address, or an IPv6 /64) may post each kind of form, with the token buckets
/// ASP.NET Core's rate limiter is built on. Each budget refills steadily, so a burst (thirty people at a community
/// event on one address) passes and a flood does not. The handlers ask before doing anything, so that over a limit a
/// visitor gets the form again, with what they typed and when to try again, instead of a bare 429. It holds without
/// the host's <c>UseRateLimiter()</c>. Idle buckets are dropped, so memory follows the clients active now.
/// </summary>
/// <remarks>
/// With Redis configured the buckets are kept there (<see cref="SharedBudgets"/>), so servers behind one address share
/// them. While Redis cannot be reached, each server keeps them in its memory again, as it would without Redis: people's
/// forms are still taken, and a flood is still held to a budget per server. That is said once when it starts, and once
/// when Redis answers again.
/// </remarks>
internal sealed partial class FormRateLimit : IDisposable
{
    private readonly Dictionary<FormBudget, PartitionedRateLimiter<string>> _limiters;
    private readonly Dictionary<FormBudget, CoProRateLimit> _limits;
    private readonly SharedBudgets _shared;
    private readonly ILogger<FormRateLimit> _logger;
    private int _warnedAboutProxy;
    private int _sharedAway;

    public FormRateLimit(IOptions<CoProWidgetsOptions> options, SharedBudgets shared, ILogger<FormRateLimit> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(shared);
        var limits = options.Value.RateLimits;
        _shared = shared;
        _logger = logger;
        _limits = new()
        {
            [FormBudget.SurveyPages] = limits.SurveyPages,
            [FormBudget.SurveyResponses] = limits.SurveyResponses,
            [FormBudget.SignUps] = limits.SignUps,
            [FormBudget.Confirmations] = limits.Confirmations,
            [FormBudget.Unsubscribes] = limits.Unsubscribes,
            [FormBudget.Links] = limits.Links,
            [FormBudget.SurveySaves] = limits.SurveySaves,
            [FormBudget.SavedLinkEmails] = limits.SavedLinkEmails,
            [FormBudget.SavedLinkRecipients] = limits.SavedLinkRecipients,
            [FormBudget.KioskPages] = limits.KioskPages,
            [FormBudget.KioskResponses] = limits.KioskResponses,
        };
        _limiters = _limits.ToDictionary(pair => pair.Key, pair => Create(pair.Value));
        shared.Start();
    }

    /// <summary>
    /// Takes one post from the client's budget, or from <paramref name="client"/>'s when the caller names whose it is
    /// (a kiosk link). Null when it may go ahead; otherwise how long until it may, and the response carries
    /// <c>Retry-After</c> and will be a 429.
    /// </summary>
    public async ValueTask<TimeSpan?> TryAcquireAsync(HttpContext context, FormBudget budget, string? client = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (client is null)
        {
            WarnIfBehindAProxy(context);
        }

        if (await TryAcquireForAsync(budget, client ?? ClientKey(context)) is not { } wait)
        {
            return null;
        }

        context.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return wait;
    }

    /// <summary>
    /// Takes one from the budget of <paramref name="partition"/> rather than of a client: null when it may go ahead,
    /// otherwise how long until it may. For budgets kept per something else, such as the hash of an email address.
    /// </summary>
    public async ValueTask<TimeSpan?> TryAcquireForAsync(FormBudget budget, string partition)
    {
        ArgumentNullException.ThrowIfNull(partition);
        var wait = await SharedWaitAsync(partition, budget) ?? LocalWait(partition, budget);
        return wait <= TimeSpan.Zero ? null : wait;
    }

    /// <summary>What the visitor is told, on the form they sent, with what they typed still in it.</summary>
    public static string Message(IStringLocalizer<HttpText> text, TimeSpan wait)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text["RateLimit.Message", InWords(text, wait)];
    }

    /// <summary>"a few seconds", "about a minute", "about 3 minutes", "about 2 hours", in the current language.</summary>
    /// <remarks>
    /// The minutes and hours are always two or more, and each translation words them so the number stands apart
    /// from the plural forms of its language.
    /// </remarks>
    public static string InWords(IStringLocalizer<HttpText> text, TimeSpan wait)
    {
        ArgumentNullException.ThrowIfNull(text);
        return wait.TotalSeconds switch
        {
            <= 15 => text["Wait.FewSeconds"],
            < 90 => text["Wait.AboutAMinute"],
            < 90 * 60 => text["Wait.AboutMinutes", (int)Math.Ceiling(wait.TotalMinutes)],
            _ => text["Wait.AboutHours", (int)Math.Ceiling(wait.TotalHours)],
        };
    }

    private async ValueTask<TimeSpan?> SharedWaitAsync(string partition, FormBudget budget)
    {
        if (!_shared.Configured)
        {
            return null;
        }

        var wait = await _shared.TryAcquireAsync(budget, partition, _limits[budget]);
        if (wait is null && Interlocked.Exchange(ref _sharedAway, 1) == 0)
        {
            LogSharedAway();
        }
        else if (wait is not null && Volatile.Read(ref _sharedAway) == 1 && Interlocked.Exchange(ref _sharedAway, 0) == 1)
        {
            LogSharedBack();
        }

        return wait;
    }

    private TimeSpan LocalWait(string partition, FormBudget budget)
    {
        using var lease = _limiters[budget].AttemptAcquire(partition);
        return lease.IsAcquired ? TimeSpan.Zero
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero ? retryAfter
            : TimeSpan.FromMinutes(1);
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }

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

    /// <summary>
    /// A request that still carries X-Forwarded-For reached here without the host's forwarded-headers middleware
    /// taking the client's address from it, so every visitor behind that proxy shares one budget. Said once.
    /// </summary>
    private void WarnIfBehindAProxy(HttpContext context)
    {
        if (_warnedAboutProxy == 0
            && context.Request.Headers.ContainsKey("X-Forwarded-For")
            && Interlocked.Exchange(ref _warnedAboutProxy, 1) == 0)
        {
            LogBehindProxy(LogText.Escape(context.Connection.RemoteIpAddress?.ToString()));
        }
    }

    private static PartitionedRateLimiter<string> Create(CoProRateLimit limit) =>
        PartitionedRateLimiter.Create<string, string>(partition => RateLimitPartition.GetTokenBucketLimiter(
            partition,
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limit.PermitLimit,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = limit.Window / limit.PermitLimit,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));

    [LoggerMessage(EventId = 71, Level = LogLevel.Warning, Message = "Redis (ConnectionStrings:Redis) cannot be reached, so form budgets are kept in this server's memory until it can: each server gives a client a budget of its own meanwhile. Forms are still taken.")]
    private partial void LogSharedAway();

    [LoggerMessage(EventId = 72, Level = LogLevel.Information, Message = "Redis answers again: form budgets are shared by every server again.")]
    private partial void LogSharedBack();

    [LoggerMessage(EventId = 70, Level = LogLevel.Warning, Message = "Form posts arrive through a proxy ({Proxy} sent X-Forwarded-For) but forwarded headers are not applied, so every visitor behind it shares one rate-limit budget and may be turned away. Add app.UseForwardedHeaders() with the proxy in KnownProxies or KnownNetworks, before MapCoProWidgets().")]
    private partial void LogBehindProxy(string proxy);
}
