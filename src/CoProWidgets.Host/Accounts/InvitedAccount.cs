namespace CoProWidgets.Host.Accounts;

/// <summary>What accepting an invitation would do to the account it is for.</summary>
internal enum InvitedAccountKind
{
    /// <summary>No account has the address: accepting makes one, with a password and an authenticator app.</summary>
    New,

    /// <summary>A local account with no working sign-in (or one being reset): accepting sets one up.</summary>
    NeedsSetup,

    /// <summary>A local account that signs in already: its owner signs in and accepts, keeping their sign-in.</summary>
    SignsIn,

    /// <summary>
    /// An account made by single sign-on. The identity provider keeps its sign-in and its groups give its roles, so the
    /// invitation sets up nothing: a local password on it would outlive the person being disabled at the provider.
    /// </summary>
    SingleSignOn,

    /// <summary>The account it was issued to is gone or has another address now: it is refused.</summary>
    Changed,
}

/// <summary>The account an invitation is for, as found when it is opened, and what accepting it would do.</summary>
internal sealed record InvitedAccount(InvitedAccountKind Kind, StaffUser? User)
{
    /// <summary>Whether accepting sets a password and an authenticator app.</summary>
    public bool NeedsSetup => Kind is InvitedAccountKind.New or InvitedAccountKind.NeedsSetup;
}
