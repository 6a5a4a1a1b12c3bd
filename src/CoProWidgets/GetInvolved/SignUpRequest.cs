namespace CoProWidgets.GetInvolved;

/// <summary>What a visitor sent from the get-involved form, already validated by the form.</summary>
/// <param name="Email">Their email address.</param>
/// <param name="Name">Their name, if they gave one.</param>
/// <param name="Areas">The ids of the areas they chose.</param>
/// <param name="ByEmail">Whether they want updates by email.</param>
/// <param name="ByPhone">Whether they want updates by phone; then <paramref name="Phone"/> is set.</param>
/// <param name="ByPost">Whether they want updates by post; then <paramref name="PostalAddress"/> is set.</param>
/// <param name="Phone">Their phone number, only with <paramref name="ByPhone"/>.</param>
/// <param name="PostalAddress">Their postal address, only with <paramref name="ByPost"/>.</param>
/// <param name="ConsentVersion">The version (hash) of the consent statement they agreed to.</param>
/// <param name="ConsentMethod">How they gave consent, such as "web form".</param>
internal sealed record SignUpRequest(
    string Email,
    string? Name,
    IReadOnlyList<string> Areas,
    bool ByEmail,
    bool ByPhone,
    bool ByPost,
    string? Phone,
    string? PostalAddress,
    string ConsentVersion,
    string ConsentMethod)
{
    /// <summary>The choices in the request, which the person can later change on the preferences page.</summary>
    public SignUpPreferences Preferences => new(Name, Areas, ByEmail, ByPhone, ByPost, Phone, PostalAddress);
}

/// <summary>What a person can change about their sign-up: everything but the address and their consent.</summary>
/// <param name="Name">Their name, if they gave one.</param>
/// <param name="Areas">The ids of the areas they chose.</param>
/// <param name="ByEmail">Whether they want updates by email.</param>
/// <param name="ByPhone">Whether they want updates by phone; then <paramref name="Phone"/> is set.</param>
/// <param name="ByPost">Whether they want updates by post; then <paramref name="PostalAddress"/> is set.</param>
/// <param name="Phone">Their phone number, only with <paramref name="ByPhone"/>.</param>
/// <param name="PostalAddress">Their postal address, only with <paramref name="ByPost"/>.</param>
internal sealed record SignUpPreferences(
    string? Name,
    IReadOnlyList<string> Areas,
    bool ByEmail,
    bool ByPhone,
    bool ByPost,
    string? Phone,
    string? PostalAddress)
{
    /// <summary>Sets these choices on a sign-up, trimmed, with a phone number or address only where it is used.</summary>
    public void ApplyTo(SignUp signUp)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        signUp.Name = string.IsNullOrWhiteSpace(Name) ? null : Name.Trim();
        signUp.Areas = string.Join(',', Areas);
        signUp.UpdatesByEmail = ByEmail;
        signUp.UpdatesByPhone = ByPhone;
        signUp.UpdatesByPost = ByPost;
        signUp.Phone = ByPhone ? Phone?.Trim() : null;
        signUp.PostalAddress = ByPost ? PostalAddress?.Trim() : null;
    }

    /// <summary>The forms validate for people; this keeps the stored data within bounds whoever calls.</summary>
    public static void Check(SignUpPreferences preferences)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        var (name, areas, phone, address) = (preferences.Name, preferences.Areas, preferences.Phone, preferences.PostalAddress);
        if (name?.Length > SignUp.MaxNameLength
            || phone?.Length > SignUp.MaxPhoneLength
            || address?.Length > SignUp.MaxAddressLength
            || string.Join(',', areas).Length > SignUp.MaxAreasLength
            || areas.Any(area => area.Contains(',', StringComparison.Ordinal))
            || (preferences.ByPhone && string.IsNullOrWhiteSpace(phone))
            || (preferences.ByPost && string.IsNullOrWhiteSpace(address)))
        {
            throw new ArgumentException("The preferences are out of bounds; the form must validate them first.", nameof(preferences));
        }
    }
}

/// <summary>What following a link did.</summary>
internal enum SignUpLinkResult
{
    /// <summary>The link worked and the change was made.</summary>
    Done,

    /// <summary>The link worked but there was nothing left to do (already confirmed, already unsubscribed).</summary>
    AlreadyDone,

    /// <summary>The link was altered, expired, already used, or its sign-up no longer exists.</summary>
    Invalid,
}
