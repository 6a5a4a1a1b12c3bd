namespace CoProWidgets.Host.Operations;

/// <summary>The host's health endpoints (section <c>WidgetHost:Health</c>).</summary>
public sealed class HealthSettings
{
    /// <summary>
    /// The bearer token a request to <c>/health/organisations</c> must carry (<c>Authorization: Bearer ...</c>;
    /// environment variable <c>WidgetHost__Health__OrganisationsToken</c>), at least 32 characters, for example from
    /// <c>openssl rand -hex 32</c>. The default is <see langword="null"/>: the endpoint answers 404, because it names
    /// every organisation on the host. <c>/health/live</c> and <c>/health/ready</c> need no token.
    /// </summary>
    public string? OrganisationsToken { get; set; }
}
