using CoProWidgets.Email;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// The emails of the sign-up journey, rendered from views a host can override (see <see cref="EmailTemplates"/>).
/// Every email to a confirmed sign-up carries the unsubscribe link in its body and in RFC 8058 one-click headers.
/// </summary>
internal sealed class SignUpEmails(EmailTemplates templates)
{
    public const string ConfirmKind = "confirm-sign-up";
    public const string AlreadySignedUpKind = "already-signed-up";
    public const string WelcomeKind = "welcome";
    public const string NewLinkKind = "new-link";

    private const string Views = "~/Views/CoProWidgets/Emails/";

    /// <summary>
    /// The confirmation email. It holds nothing the visitor typed, not even a name: the address is not yet shown to be
    /// theirs, and anyone can type anyone's address.
    /// </summary>
    public Task<EmailMessage> ConfirmAsync(string to, Uri confirm, CancellationToken cancellationToken = default) =>
        templates.RenderAsync(ConfirmKind, Views + "ConfirmSignUp.cshtml", new SignUpEmailViewModel { ConfirmUrl = confirm, ConfirmLinkLifetime = SignUpTokens.ConfirmationLifetime }, to, cancellationToken);

    /// <summary>New links to the preferences page, asked for on the website; the old ones no longer work.</summary>
    public async Task<EmailMessage> NewLinkAsync(string to, string? name, Uri manage, Uri unsubscribe, CancellationToken cancellationToken = default) =>
        WithUnsubscribeHeaders(await templates.RenderAsync(NewLinkKind, Views + "NewLink.cshtml", new SignUpEmailViewModel { Name = name, PreferencesUrl = manage, UnsubscribeUrl = unsubscribe }, to, cancellationToken), unsubscribe);

    public async Task<EmailMessage> AlreadySignedUpAsync(string to, string? name, Uri manage, Uri unsubscribe, CancellationToken cancellationToken = default) =>
        WithUnsubscribeHeaders(await templates.RenderAsync(AlreadySignedUpKind, Views + "AlreadySignedUp.cshtml", new SignUpEmailViewModel { Name = name, PreferencesUrl = manage, UnsubscribeUrl = unsubscribe }, to, cancellationToken), unsubscribe);

    public async Task<EmailMessage> WelcomeAsync(string to, string? name, Uri manage, Uri unsubscribe, CancellationToken cancellationToken = default) =>
        WithUnsubscribeHeaders(await templates.RenderAsync(WelcomeKind, Views + "Welcome.cshtml", new SignUpEmailViewModel { Name = name, PreferencesUrl = manage, UnsubscribeUrl = unsubscribe }, to, cancellationToken), unsubscribe);

    /// <summary>RFC 8058 one-click unsubscribe: mail clients POST to this address.</summary>
    public static EmailMessage WithUnsubscribeHeaders(EmailMessage message, Uri unsubscribe) => message with
    {
        Headers = new Dictionary<string, string>
        {
            ["List-Unsubscribe"] = $"<{unsubscribe.AbsoluteUri}>",
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
        },
    };
}
