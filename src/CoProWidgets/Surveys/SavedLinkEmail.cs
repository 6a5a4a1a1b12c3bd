using System.Security.Cryptography;
using System.Text;
using CoProWidgets.Email;
using CoProWidgets.GetInvolved;
using CoProWidgets.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CoProWidgets.Surveys;

/// <summary>
/// Emails someone the link to their saved answers. It is sent now, straight to the transport, not through the outbox:
/// the address is used to send it and is never stored, not even for a retry (the page already shows the link to
/// copy). So that nobody can make the site email one address again and again, each address has a budget, kept under
/// the address's hash only, and forgotten once it has refilled.
/// </summary>
internal sealed partial class SavedLinkEmail(IEmailTransport transport, FormRateLimit limits, IOptions<CoProWidgetsOptions> options, ILogger<SavedLinkEmail> logger)
{
    public const string Kind = "survey-saved-link";

    /// <summary>What became of a request to email a link.</summary>
    public enum Outcome
    {
        Sent,
        TooManyForThisAddress,
        NotSent,
    }

    public async Task<Outcome> SendAsync(string email, string surveyTitle, Uri link, DateTime expiresAt, CancellationToken cancellationToken)
    {
        var normalized = EmailAddresses.Normalize(email);
        if (await limits.TryAcquireForAsync(FormBudget.SavedLinkRecipients, RecipientHash(normalized)) is not null)
        {
            return Outcome.TooManyForThisAddress;
        }

        var settings = options.Value.Email;
        var message = new MimeMessage
        {
            Subject = Bounded(SurveyWords.Get("Email.Subject", surveyTitle)),
            MessageId = $"{Guid.NewGuid():N}@{MailboxAddress.Parse(settings.From).Domain}",
        };
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(MailboxAddress.Parse(normalized));
        message.Body = new TextPart("plain") { Text = SavedSurveyText.EmailBody(surveyTitle, link, expiresAt) };
        try
        {
            await transport.SendAsync(message, cancellationToken);
            LogSent(Kind);
            return Outcome.Sent;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogNotSent(Kind, OutboxSender.ErrorText(exception, normalized));
            return Outcome.NotSent;
        }
    }

    /// <summary>
    /// The key of an address's budget: its SHA-256, of the address in lower case, so no budget holds an address and
    /// one person's address spelt in capitals shares their budget.
    /// </summary>
    internal static string RecipientHash(string normalizedEmail) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("copro-saved-link:" + EmailAddresses.KeyOf(normalizedEmail))));

    private static string Bounded(string subject) => subject.Length <= 150 ? subject : string.Concat(subject.AsSpan(0, 147), "...");

    [LoggerMessage(EventId = 130, Level = LogLevel.Information, Message = "Sent a {Kind} message (the address is not kept).")]
    private partial void LogSent(string kind);

    [LoggerMessage(EventId = 131, Level = LogLevel.Warning, Message = "Could not send a {Kind} message; the person was told to copy the link instead: {Error}")]
    private partial void LogNotSent(string kind, string error);
}
