namespace CoProWidgets.Host.Operations;

/// <summary>
/// The reverse proxies in front of the host (section <c>WidgetHost:ForwardedHeaders</c>). Only a request that comes
/// straight from one of them may say, in <c>X-Forwarded-Proto</c> and <c>X-Forwarded-Host</c>, that it arrived over
/// HTTPS and for which host name (and so for which organisation); anyone else's headers are ignored.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>
    /// The proxies' addresses, for example <c>127.0.0.1</c> for nginx or Caddy on the same machine
    /// (environment variable <c>WidgetHost__ForwardedHeaders__KnownProxies__0</c>). The default is empty.
    /// </summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>
    /// Networks the proxies are in, in CIDR form, for example <c>10.0.0.0/8</c> for a load balancer whose address
    /// changes (environment variable <c>WidgetHost__ForwardedHeaders__KnownNetworks__0</c>). The default is empty.
    /// </summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>Whether any proxy is named, and so whether the forwarded headers are read at all.</summary>
    public bool AnyProxy => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
