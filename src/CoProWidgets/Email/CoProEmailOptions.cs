namespace CoProWidgets;

/// <summary>How CoProWidgets sends email (configuration section <c>CoProWidgets:Email</c>).</summary>
public sealed class CoProEmailOptions
{
    /// <summary>The sender address on every message. The default is <c>co-production@localhost</c>; set your own.</summary>
    public string From { get; set; } = "co-production@localhost";

    /// <summary>The sender name on every message. The default is <c>Co-production</c>.</summary>
    public string FromName { get; set; } = "Co-production";

    /// <summary>
    /// Where messages are written as <c>.eml</c> files when no SMTP host is set, absolute or relative to the content
    /// root. The default is <c>App_Data/mail</c>.
    /// </summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    /// <summary>The SMTP server. When <see cref="CoProSmtpOptions.Host"/> is set, mail goes there instead of to files.</summary>
    public CoProSmtpOptions Smtp { get; } = new();

    /// <summary>How often the outbox is checked when nothing wakes it. The default is 5 seconds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The wait after a first failed attempt; each further failure doubles it, up to an hour. The default is 10 seconds.
    /// </summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How many times a message is tried before it is set aside as failed (and logged). With the default retry delay,
    /// the default of 20 keeps trying for more than half a day.
    /// </summary>
    public int MaxAttempts { get; set; } = 20;

    /// <summary>
    /// The most emails one address is sent in 24 hours because someone typed it into a public form (confirmation,
    /// "already signed up", a new link), whatever is posted; an unsubscribed address is sent none. The default is 3.
    /// </summary>
    public int MaxPerAddressPerDay { get; set; } = 3;

    /// <summary>
    /// How long a sent (or finally failed) message is kept in the outbox, with its pickup file, before it is deleted.
    /// The default is 30 days.
    /// </summary>
    public TimeSpan KeepSentFor { get; set; } = TimeSpan.FromDays(30);
}

/// <summary>An SMTP server for <see cref="CoProEmailOptions"/>.</summary>
public sealed class CoProSmtpOptions
{
    /// <summary>The server's host name. The default is none: messages are written to the pickup directory.</summary>
    public string? Host { get; set; }

    /// <summary>The server's port. The default is 587.</summary>
    public int Port { get; set; } = 587;

    /// <summary>How the connection is secured. The default is <see cref="CoProSmtpSecurity.StartTls"/>.</summary>
    public CoProSmtpSecurity Security { get; set; } = CoProSmtpSecurity.StartTls;

    /// <summary>The user name to sign in with. The default is none: no sign-in.</summary>
    public string? UserName { get; set; }

    /// <summary>The password to sign in with; keep it in user secrets or the environment, not in appsettings.json.</summary>
    public string? Password { get; set; }

    /// <summary>How long one SMTP operation may take. The default is 30 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>How the SMTP connection is secured.</summary>
public enum CoProSmtpSecurity
{
    /// <summary>No TLS: only for a relay on the same machine or a test server.</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS, which must succeed (usually port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,
}
