namespace CoProWidgets.GetInvolved;

/// <summary>
/// A person who asked to take part. Only what the form asks for is kept, with proof of their consent; no IP address
/// is stored.
/// </summary>
internal sealed class SignUp
{
    public const int MaxEmailLength = 254;
    public const int MaxNameLength = 100;
    public const int MaxPhoneLength = 30;
    public const int MaxAddressLength = 500;
    public const int MaxAreasLength = 1000;
    public const int MaxConsentMethodLength = 40;
    public const int MaxLanguageLength = 35;

    public Guid Id { get; set; }

    public string Email { get; set; } = string.Empty;

    /// <summary>The address in lower case, unique: one sign-up per person however they type it.</summary>
    public string EmailKey { get; set; } = string.Empty;

    public string? Name { get; set; }

    /// <summary>The chosen areas of interest, by id, separated by commas.</summary>
    public string Areas { get; set; } = string.Empty;

    public bool UpdatesByEmail { get; set; }

    public bool UpdatesByPhone { get; set; }

    public bool UpdatesByPost { get; set; }

    public string? Phone { get; set; }

    public string? PostalAddress { get; set; }

    public SignUpStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The language they signed up in (a language tag such as <c>cy</c>): their emails are written in it.</summary>
    public string Language { get; set; } = Localisation.LanguageTag.Default;

    public DateTime? ConfirmedAt { get; set; }

    public DateTime? UnsubscribedAt { get; set; }

    /// <summary>When consent was given, to which version of the consent statement, and how.</summary>
    public DateTime ConsentedAt { get; set; }

    public string ConsentVersion { get; set; } = string.Empty;

    public string ConsentMethod { get; set; } = string.Empty;

    /// <summary>Changes whenever a confirmation link is used or replaced, so each link works once.</summary>
    public string ConfirmationNonce { get; set; } = string.Empty;

    /// <summary>Changes when the person erases their data, so old preference and unsubscribe links stop working.</summary>
    public string ManageNonce { get; set; } = string.Empty;

    public IReadOnlyList<string> AreaList => Areas.Length == 0 ? [] : Areas.Split(',');
}

/// <summary>Where a sign-up stands.</summary>
internal enum SignUpStatus
{
    /// <summary>Waiting for the person to follow the link in the confirmation email; counts for nothing yet.</summary>
    Pending = 0,

    /// <summary>Confirmed: receives what they asked for.</summary>
    Confirmed = 1,

    /// <summary>Unsubscribed: receives nothing, kept only until they erase it or it is cleaned up.</summary>
    Unsubscribed = 2,
}
