namespace CoProWidgets.Host.Accounts;

/// <summary>Settings for staff accounts (section <c>WidgetHost:Accounts</c>).</summary>
public sealed class StaffAccountOptions
{
    /// <summary>The configuration section: <c>WidgetHost:Accounts</c>.</summary>
    public const string SectionName = "WidgetHost:Accounts";

    /// <summary>How long an invitation's link works. The default is 72 hours.</summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromHours(72);
}
