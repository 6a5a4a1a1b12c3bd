namespace CoProWidgets.Host.Accounts;

/// <summary>Why a sign-in through the provider was turned away.</summary>
internal enum SingleSignOnRefusal
{
    /// <summary>The provider's answer was missing, used already, or not for this host.</summary>
    NotCompleted,

    /// <summary>The provider did not say a second factor was used, and the settings require one.</summary>
    NoMultiFactor,

    /// <summary>The provider left the groups out for being too many.</summary>
    TooManyGroups,

    /// <summary>None of the person's groups gives a role in an organisation the host serves.</summary>
    NoRole,

    /// <summary>The provider sent no email address for a new account.</summary>
    NoEmail,

    /// <summary>Another account on the host has the address.</summary>
    EmailInUse,

    /// <summary>The account was locked by an administrator.</summary>
    LockedOut,
}
