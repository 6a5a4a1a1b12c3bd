namespace CoProWidgets.GetInvolved;

/// <summary>What the preferences page (<c>Views/CoProWidgets/GetInvolved/Preferences.cshtml</c>) shows.</summary>
public sealed class PreferencesViewModel
{
    /// <summary>The link's token, posted back by the page's forms; null once it no longer works.</summary>
    public string? Token { get; init; }

    /// <summary>Where the person stands.</summary>
    public required PreferencesState State { get; init; }

    /// <summary>The address updates go to (with <see cref="PreferencesState.Ready"/>).</summary>
    public string? Email { get; init; }

    /// <summary>Whether the person has unsubscribed: they can still change or delete what is held.</summary>
    public bool Unsubscribed { get; init; }

    /// <summary>Whether the page follows a save, and says so.</summary>
    public bool Saved { get; init; }

    /// <summary>Whether the page follows the person asking to hear from us again, and says so.</summary>
    public bool Resubscribed { get; init; }

    /// <summary>The choices, their values and any problems (with <see cref="PreferencesState.Ready"/>).</summary>
    public GetInvolvedFields? Fields { get; init; }
}

/// <summary>The states of the preferences page.</summary>
public enum PreferencesState
{
    /// <summary>The link is good: the page shows the person's choices.</summary>
    Ready,

    /// <summary>Everything held about the person has just been deleted.</summary>
    Erased,

    /// <summary>The link was altered, or the person's details were deleted.</summary>
    Invalid,
}
