namespace CoProWidgets.Host.Pages.Account;

/// <summary>Where a person is in accepting an invitation, which decides what the page shows.</summary>
internal enum InvitationStep
{
    Unknown,
    Expired,
    Used,
    Password,
    Authenticator,
    Done,
    SignInToJoin,
    Join,
    SingleSignOn,
    Changed,
}

/// <summary>What is posted on the invitation page.</summary>
public sealed class InvitationForm
{
    /// <summary>The account's email (for password managers only; never read).</summary>
    public string? Email { get; set; }

    /// <summary>The chosen password.</summary>
    public string? Password { get; set; }

    /// <summary>The password again.</summary>
    public string? Confirm { get; set; }

    /// <summary>A code from the authenticator app.</summary>
    public string? Code { get; set; }
}
