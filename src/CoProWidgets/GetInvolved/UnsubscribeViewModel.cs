namespace CoProWidgets.GetInvolved;

/// <summary>What the unsubscribe page (<c>Views/CoProWidgets/GetInvolved/Unsubscribe.cshtml</c>) shows.</summary>
/// <param name="Token">The link's token, posted back by the button; null once used.</param>
/// <param name="State">Where the person stands.</param>
public sealed record UnsubscribeViewModel(string? Token, UnsubscribeState State)
{
    /// <summary>Set when too many forms came from the person's connection: when to press the button again.</summary>
    public string? RetryMessage { get; init; }
}

/// <summary>The states of the unsubscribe page.</summary>
public enum UnsubscribeState
{
    /// <summary>The link is good: the page asks the person to press the button.</summary>
    Ready,

    /// <summary>The person is unsubscribed (now, or already).</summary>
    Unsubscribed,

    /// <summary>The link was altered, or the person's details were deleted.</summary>
    Invalid,
}
