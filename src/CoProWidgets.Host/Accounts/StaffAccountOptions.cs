namespace CoProWidgets.Host.Accounts;

/// <summary>Settings for staff accounts (section <c>WidgetHost:Accounts</c>).</summary>
public sealed class StaffAccountOptions
{
    /// <summary>The configuration section: <c>WidgetHost:Accounts</c>.</summary>
    public const string SectionName = "WidgetHost:Accounts";

    /// <summary>How long an invitation's link works. The default is 72 hours.</summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromHours(72);

    /// <summary>
    /// How many times a minute one client address may post the sign-in page or the authenticator code page. The
    /// default is 30: enough for a whole office behind one address, too few to guess passwords at any speed.
    /// </summary>
    public int SignInPostsPerMinute { get; set; } = 30;
}
