using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CoProWidgets.Email;

/// <summary>Delivers composed messages: to an SMTP server, or to <c>.eml</c> files when none is configured.</summary>
internal interface IEmailTransport
{
    /// <summary>Where messages go, for the log.</summary>
    string Description { get; }

    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Removes any copy this transport keeps of the given outbox messages (a pickup file), when a person is erased or
    /// a message is past its keeping time. Mail handed to an SMTP server is that server's to keep.
    /// </summary>
    Task ForgetAsync(IReadOnlyCollection<Guid> messageIds, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>
/// Writes each message to <c>&lt;pickup&gt;/&lt;message id&gt;.eml</c>: written in full to a temporary name, then renamed,
/// so a reader never sees half a message and a retry replaces the same file rather than adding a second one.
/// </summary>
internal sealed class PickupDirectoryTransport(IOptions<CoProWidgetsOptions> options, IHostEnvironment environment) : IEmailTransport
{
    private readonly string _directory = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Email.PickupDirectory));

    public string Description => $"files in {_directory}";

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(_directory);
        var name = string.Concat((message.MessageId ?? throw new ArgumentException("The message has no Message-ID.", nameof(message))).Split('@')[0].Where(char.IsAsciiLetterOrDigit));
        var path = PathOf(name);
        var temporary = path + ".tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Deletes the messages' files: each is named by its outbox id, as its Message-ID is.</summary>
    public Task ForgetAsync(IReadOnlyCollection<Guid> messageIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        if (!Directory.Exists(_directory))
        {
            // Nothing has been written yet.
            return Task.CompletedTask;
        }

        foreach (var id in messageIds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = PathOf(id.ToString("N"));
            File.Delete(path);
            File.Delete(path + ".tmp");
        }

        return Task.CompletedTask;
    }

    private string PathOf(string name) => Path.Combine(_directory, name + ".eml");
}

/// <summary>Sends through an SMTP server with MailKit.</summary>
internal sealed class SmtpTransport(IOptions<CoProWidgetsOptions> options) : IEmailTransport
{
    private readonly CoProSmtpOptions _smtp = options.Value.Email.Smtp;

    public string Description => $"SMTP {_smtp.Host}:{_smtp.Port}";

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)_smtp.Timeout.TotalMilliseconds };
        var security = _smtp.Security switch
        {
            CoProSmtpSecurity.None => SecureSocketOptions.None,
            CoProSmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(_smtp.Host ?? throw new InvalidOperationException("No SMTP host is configured."), _smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(_smtp.UserName))
        {
            await client.AuthenticateAsync(_smtp.UserName, _smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
