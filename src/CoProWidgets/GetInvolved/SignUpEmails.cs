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

    private const string Views = "~/Views/CoProWidgets/Emails/";

    public Task<EmailMessage> ConfirmAsync(string to, string? name, Uri confirm, CancellationToken cancellationToken = default) =>
        templates.RenderAsync(ConfirmKind, Views + "ConfirmSignUp.cshtml", new SignUpEmailViewModel { Name = name, ConfirmUrl = confirm, ConfirmLinkLifetime = SignUpTokens.ConfirmationLifetime }, to, cancellationToken);

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
