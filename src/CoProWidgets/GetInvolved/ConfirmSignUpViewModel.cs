namespace CoProWidgets.GetInvolved;

/// <summary>
/// What the confirmation page (<c>Views/CoProWidgets/GetInvolved/Confirm.cshtml</c>) shows. Following the link shows a
/// button rather than confirming at once, because mail scanners open links before people do.
/// </summary>
/// <param name="Token">The link's token, posted back by the button; null once it has been used.</param>
/// <param name="State">Where the person stands.</param>
public sealed record ConfirmSignUpViewModel(string? Token, ConfirmSignUpState State)
{
    /// <summary>Set when too many forms came from the person's connection: when to press the button again.</summary>
    public string? RetryMessage { get; init; }
}

/// <summary>The states of the confirmation page.</summary>
public enum ConfirmSignUpState
{
    /// <summary>The link is good: the page asks the person to press the button.</summary>
    Ready,

    /// <summary>The button was pressed and the sign-up is confirmed.</summary>
    Confirmed,

    /// <summary>The sign-up had already been confirmed.</summary>
    AlreadyConfirmed,

    /// <summary>The link was altered, has expired, or its sign-up was deleted.</summary>
    Invalid,
}
