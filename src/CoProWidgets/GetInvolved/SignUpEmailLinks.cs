using CoProWidgets.Http;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// The signed links in emails to a sign-up: the confirmation link, and the preferences and unsubscribe links every
/// email to a confirmed sign-up carries (the outcome notifications among them).
/// </summary>
internal sealed class SignUpEmailLinks(SignUpTokens tokens, SiteLinks links)
{
    /// <summary>The link that confirms a pending sign-up, once, with this confirmation nonce.</summary>
    public Uri ConfirmLink(Uri site, Guid id, string confirmationNonce) =>
        Link(site, GetInvolvedEndpoints.ConfirmRoute, tokens.Create(SignUpLinkPurpose.Confirm, id, confirmationNonce));

    /// <summary>The link to a sign-up's preferences page, for every email to a confirmed sign-up.</summary>
    public Uri ManageLink(Uri site, SignUp signUp)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        return Link(site, GetInvolvedEndpoints.PreferencesRoute, tokens.Create(SignUpLinkPurpose.Manage, signUp.Id, signUp.ManageNonce));
    }

    /// <summary>
    /// The link that unsubscribes a sign-up, for every email to a confirmed sign-up. It can only unsubscribe: mail
    /// services see it and people forward it, so it opens nothing else.
    /// </summary>
    public Uri UnsubscribeLink(Uri site, SignUp signUp)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        return Link(site, GetInvolvedEndpoints.UnsubscribeRoute, tokens.Create(SignUpLinkPurpose.Unsubscribe, signUp.Id, SignUpTokens.UnsubscribeNonce));
    }

    private Uri Link(Uri site, string routeName, string token) => links.Absolute(site, routeName, new { token });
}
