using System.Net;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Host.Operations;

/// <summary>
/// Checks the host's settings when it starts, so a mistake stops it with a message saying what to set (and as which
/// environment variable) instead of showing up later as broken links or ignored proxies.
/// </summary>
internal sealed class WidgetHostOptionsValidation(IHostEnvironment environment) : IValidateOptions<WidgetHostOptions>
{
    public ValidateOptionsResult Validate(string? name, WidgetHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.PublicUrl is null)
        {
            if (!environment.IsDevelopment())
            {
                failures.Add("Set WidgetHost:PublicUrl (environment variable WidgetHost__PublicUrl) to the host's public address, for example https://widgets.example.org/: invitations and staff pages link to it.");
            }
        }
        else if (!options.PublicUrl.IsAbsoluteUri || options.PublicUrl.Scheme is not ("https" or "http"))
        {
            failures.Add($"WidgetHost:PublicUrl (environment variable WidgetHost__PublicUrl) must be an absolute http or https address such as https://widgets.example.org/, not '{options.PublicUrl}'.");
        }

        if (!options.PathPrefix.StartsWith('/') || options.PathPrefix.Length < 2 || options.PathPrefix.EndsWith('/'))
        {
            failures.Add($"WidgetHost:PathPrefix (environment variable WidgetHost__PathPrefix) must start with / and not end with one, such as /o, not '{options.PathPrefix}'.");
        }

        if (options.RefreshInterval <= TimeSpan.Zero)
        {
            failures.Add("WidgetHost:RefreshInterval (environment variable WidgetHost__RefreshInterval) must be longer than zero, such as 00:00:30.");
        }

        if (options.ShutdownTimeout <= TimeSpan.Zero)
        {
            failures.Add("WidgetHost:ShutdownTimeout (environment variable WidgetHost__ShutdownTimeout) must be longer than zero, such as 00:00:30.");
        }

        for (var i = 0; i < options.ForwardedHeaders.KnownProxies.Count; i++)
        {
            if (!IPAddress.TryParse(options.ForwardedHeaders.KnownProxies[i], out _))
            {
                failures.Add($"WidgetHost:ForwardedHeaders:KnownProxies:{i} (environment variable WidgetHost__ForwardedHeaders__KnownProxies__{i}) must be an IP address such as 127.0.0.1, not '{options.ForwardedHeaders.KnownProxies[i]}'.");
            }
        }

        for (var i = 0; i < options.ForwardedHeaders.KnownNetworks.Count; i++)
        {
            if (!IPNetwork.TryParse(options.ForwardedHeaders.KnownNetworks[i], out _))
            {
                failures.Add($"WidgetHost:ForwardedHeaders:KnownNetworks:{i} (environment variable WidgetHost__ForwardedHeaders__KnownNetworks__{i}) must be a network in CIDR form such as 10.0.0.0/8, not '{options.ForwardedHeaders.KnownNetworks[i]}'.");
            }
        }

        if (options.Health.OrganisationsToken is { Length: > 0 } token && token.Length < OrganisationsHealthEndpoint.MinimumTokenLength)
        {
            failures.Add($"WidgetHost:Health:OrganisationsToken (environment variable WidgetHost__Health__OrganisationsToken) must be at least {OrganisationsHealthEndpoint.MinimumTokenLength} characters, such as the output of openssl rand -hex 32, or not set at all.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
