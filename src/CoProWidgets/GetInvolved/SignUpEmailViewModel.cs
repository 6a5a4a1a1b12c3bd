namespace CoProWidgets.GetInvolved;

/// <summary>
/// What the sign-up emails' views (<c>Views/CoProWidgets/Emails/ConfirmSignUp.cshtml</c>, <c>AlreadySignedUp.cshtml</c>
/// and <c>Welcome.cshtml</c>) are given. Each view sets <c>ViewData["Subject"]</c>.
/// </summary>
public sealed class SignUpEmailViewModel
{
    /// <summary>The person's name, if they gave one.</summary>
    public string? Name { get; init; }

    /// <summary>The link that confirms the sign-up (in the confirmation email only).</summary>
    public Uri? ConfirmUrl { get; init; }

    /// <summary>How long the confirmation link works.</summary>
    public TimeSpan ConfirmLinkLifetime { get; init; }

    /// <summary>The link to the preferences page (in emails to confirmed sign-ups).</summary>
    public Uri? PreferencesUrl { get; init; }

    /// <summary>The unsubscribe link (in emails to confirmed sign-ups); it is also sent in the List-Unsubscribe header.</summary>
    public Uri? UnsubscribeUrl { get; init; }

    /// <summary>
    /// "Hello Sam," or "Hello,", in British English, for a host's own view written in English; the library's views
    /// greet in the language the email is rendered in, from their resources.
    /// </summary>
    public string Greeting => string.IsNullOrWhiteSpace(Name) ? "Hello," : $"Hello {Name},";
}
