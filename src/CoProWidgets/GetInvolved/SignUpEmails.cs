using System.Text.Encodings.Web;
using CoProWidgets.Email;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// The emails of the sign-up journey, in plain text and HTML (built with TagBuilder, so every value is encoded once).
/// </summary>
internal static class SignUpEmails
{
    public const string ConfirmKind = "confirm-sign-up";
    public const string AlreadySignedUpKind = "already-signed-up";
    public const string WelcomeKind = "welcome";

    public static EmailMessage Confirm(string to, string? name, Uri confirm) => Build(
        ConfirmKind,
        to,
        "Please confirm you want to get involved",
        Greeting(name),
        "Thank you for offering to take part. Please confirm your email address by following this link. It works once, for 7 days:",
        ("Confirm my sign-up", confirm),
        "If you did not ask to sign up, ignore this email: nothing more will happen and we will not keep your details.",
        unsubscribe: null);

    public static EmailMessage AlreadySignedUp(string to, string? name, Uri manage, Uri unsubscribe) => Build(
        AlreadySignedUpKind,
        to,
        "You are already signed up",
        Greeting(name),
        "Someone, probably you, asked to sign up with this email address, which is already signed up. You can change what you hear about, or how, here:",
        ("Manage my preferences", manage),
        "If that was not you, you need do nothing.",
        unsubscribe);

    public static EmailMessage Welcome(string to, string? name, Uri manage, Uri unsubscribe) => Build(
        WelcomeKind,
        to,
        "You are signed up",
        Greeting(name),
        "Thank you for confirming. We will keep you updated in the ways you chose. You can change your choices, or delete everything we hold about you, at any time:",
        ("Manage my preferences", manage),
        "You can also stop all emails with the unsubscribe link below.",
        unsubscribe);

    private static string Greeting(string? name) => string.IsNullOrWhiteSpace(name) ? "Hello," : $"Hello {name},";

    private static EmailMessage Build(string kind, string to, string subject, string greeting, string lead, (string Text, Uri Url) action, string closing, Uri? unsubscribe)
    {
        var text = $"{greeting}\n\n{lead}\n\n{action.Url.AbsoluteUri}\n\n{closing}\n";
        var body = new HtmlContentBuilder()
            .AppendHtml(Paragraph(greeting))
            .AppendHtml(Paragraph(lead))
            .AppendHtml(Link(action.Text, action.Url))
            .AppendHtml(Paragraph(closing));
        var headers = new Dictionary<string, string>();
        if (unsubscribe is not null)
        {
            text += $"\nUnsubscribe: {unsubscribe.AbsoluteUri}\n";
            body.AppendHtml(Link("Unsubscribe", unsubscribe));

            // RFC 8058 one-click unsubscribe: mail clients POST to this address.
            headers["List-Unsubscribe"] = $"<{unsubscribe.AbsoluteUri}>";
            headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
        }

        using var html = new StringWriter();
        body.WriteTo(html, HtmlEncoder.Default);
        return new EmailMessage(kind, to, subject, text, html.ToString()) { Headers = headers };
    }

    private static TagBuilder Paragraph(string text)
    {
        var paragraph = new TagBuilder("p");
        paragraph.InnerHtml.Append(text);
        return paragraph;
    }

    private static TagBuilder Link(string text, Uri url)
    {
        var link = new TagBuilder("a");
        link.Attributes["href"] = url.AbsoluteUri;
        link.InnerHtml.Append(text);
        var paragraph = new TagBuilder("p");
        paragraph.InnerHtml.AppendHtml(link);
        return paragraph;
    }
}
