using CoProWidgets.Host.Storage;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace CoProWidgets.Host.Accounts;

/// <summary>
/// Sends the host's own emails (invitations) with the library's email settings, <c>CoProWidgets:Email</c>: to the SMTP
/// server in <c>CoProWidgets:Email:Smtp:Host</c>, or else as <c>.eml</c> files in <c>{WidgetHost:DataPath}/mail</c>.
/// A message is sent while the administrator waits, so a failure is shown to them rather than retried unseen.
/// </summary>
internal sealed partial class HostMailer(IConfiguration configuration, HostDatabase database, ILogger<HostMailer> logger)
{
    public string PickupDirectory => Path.Combine(database.DataPath, "mail");

    /// <summary>Sends one plain-text message; false when it could not be handed over (the reason is logged, the text is not).</summary>
    public async Task<bool> SendAsync(string to, string subject, string text, CancellationToken cancellationToken)
    {
        var settings = new CoProEmailOptions();
        configuration.GetSection($"{CoProWidgetsOptions.SectionName}:Email").Bind(settings);
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = text } };
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(message.From.Mailboxes.First().Domain);
        try
        {
            if (settings.Smtp.Host is { Length: > 0 } host)
            {
                await SendBySmtpAsync(host, settings.Smtp, message, cancellationToken);
            }
            else
            {
                await WriteFileAsync(message, cancellationToken);
            }

            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
        {
            // Never the exception's message: a mail server's refusal quotes the recipient's address.
            LogSendFailed(logger, subject, exception.GetType().Name, exception is SmtpCommandException command ? (int)command.StatusCode : null);
            return false;
        }
    }

    private static async Task SendBySmtpAsync(string host, CoProSmtpOptions smtp, MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        var security = smtp.Security switch
        {
            CoProSmtpSecurity.None => SecureSocketOptions.None,
            CoProSmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(host, smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private async Task WriteFileAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        // Written under a temporary name and renamed, so a reader never sees half a message.
        Directory.CreateDirectory(PickupDirectory);
        var path = Path.Combine(PickupDirectory, Guid.NewGuid().ToString("N") + ".eml");
        await message.WriteToAsync(path + ".tmp", cancellationToken);
        File.Move(path + ".tmp", path);
    }

    // Only the subject and the failure: the message's text holds a one-time link that must not reach the logs.
    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "The email '{Subject}' could not be sent ({Error}, SMTP status {SmtpStatus}).")]
    private static partial void LogSendFailed(ILogger logger, string subject, string error, int? smtpStatus);
}
