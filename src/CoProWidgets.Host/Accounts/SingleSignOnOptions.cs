namespace CoProWidgets.Host.Accounts;

/// <summary>
/// Single sign-on through an OpenID Connect provider such as Microsoft Entra ID (section
/// <c>WidgetHost:SingleSignOn</c>). When the section is absent nothing of it is registered and staff sign in with
/// local accounts only; when any of it is set, all of it is checked at start-up. See
/// <c>docs/widget-host-single-sign-on.md</c>.
/// </summary>
internal sealed class SingleSignOnOptions
{
    /// <summary>The configuration section: <c>WidgetHost:SingleSignOn</c>.</summary>
    public const string SectionName = WidgetHostOptions.SectionName + ":SingleSignOn";

    /// <summary>
    /// The provider's address, whose <c>.well-known/openid-configuration</c> describes it, for example
    /// <c>https://login.microsoftonline.com/{tenant-id}</c>. Required, and HTTPS.
    /// </summary>
    public Uri? Authority { get; set; }

    /// <summary>The application (client) id of the host's registration at the provider. Required.</summary>
    public string? ClientId { get; set; }

    /// <summary>The client secret of that registration. Required: keep it out of files, in an environment variable
    /// (<c>WidgetHost__SingleSignOn__ClientSecret</c>) or a key vault.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The provider's name on the button, "Sign in with ...". The default is <c>Microsoft 365</c>.</summary>
    public string DisplayName { get; set; } = "Microsoft 365";

    /// <summary>The claim in the ID token that lists the person's groups. The default is <c>groups</c>.</summary>
    public string GroupClaimType { get; set; } = "groups";

    /// <summary>
    /// What each group gives: the group's id (for Entra ID, its object id) to a list of <c>{organisation}:{role}</c>,
    /// for example <c>Groups:2f0c…:0 = north:Moderation</c>. A person's roles are replaced by those of their groups at
    /// every sign-in. Required: at least one group.
    /// </summary>
    public Dictionary<string, List<string>> Groups { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a sign-in counts only when the provider says a second factor was used: its ID token's <c>amr</c> claim
    /// contains <c>mfa</c>. The default is <see langword="true"/>.
    /// </summary>
    public bool RequireMultiFactor { get; set; } = true;

    /// <summary>
    /// How long a session begun by single sign-on lasts, however active the person is; then they sign in again and
    /// their groups are read afresh. The default is 8 hours.
    /// </summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}
