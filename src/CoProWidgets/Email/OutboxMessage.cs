namespace CoProWidgets.Email;

/// <summary>
/// One email waiting to be sent, written in the same transaction as the change that caused it, so a message is never
/// promised and then lost, whatever happens to the process or the SMTP server afterwards.
/// </summary>
internal sealed class OutboxMessage
{
    public const int MaxRecipientLength = 320;
    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 64 * 1024;
    public const int MaxHeadersLength = 4 * 1024;
    public const int MaxErrorLength = 1000;

    public Guid Id { get; set; }

    /// <summary>What the message is for, such as <c>confirm-sign-up</c>; for logs and counts.</summary>
    public string Kind { get; set; } = string.Empty;

    public string Recipient { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string TextBody { get; set; } = string.Empty;

    public string? HtmlBody { get; set; }

    /// <summary>Extra headers as "Name: value" lines, such as List-Unsubscribe.</summary>
    public string? Headers { get; set; }

    /// <summary>When set, a second message with the same key is refused by the database: at most one is ever queued.</summary>
    public string? DeduplicationKey { get; set; }

    public DateTime CreatedAt { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    /// <summary>Set while one sender is working on the message, so no other sender takes it.</summary>
    public DateTime? LockedUntil { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>Set when the message has been tried <see cref="CoProEmailOptions.MaxAttempts"/> times without success.</summary>
    public DateTime? FailedAt { get; set; }

    public string? LastError { get; set; }
}
