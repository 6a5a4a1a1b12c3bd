using CoProWidgets.Storage;

namespace CoProWidgets.Email;

/// <summary>
/// Puts messages in the outbox within the caller's unit of work: nothing is sent until the caller's changes are
/// saved, and then the sender is woken.
/// </summary>
internal sealed class Outbox(WakeSignal<OutboxSender> signal, IEmailTransport transport, TimeProvider time)
{
    /// <summary>Adds a message to the context; it is stored when the caller saves.</summary>
    public OutboxMessage Add(CoProDbContext db, EmailMessage message, string? deduplicationKey = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.To);
        if (message.Headers.Keys.Any(name => name.AsSpan().IndexOfAny("\r\n:") >= 0) || message.Headers.Values.Any(value => value.AsSpan().IndexOfAny('\r', '\n') >= 0))
        {
            throw new ArgumentException("Header names and values must be single lines.", nameof(message));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var entry = new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Kind = message.Kind,
            Recipient = message.To,
            Subject = Bounded(message.Subject, OutboxMessage.MaxSubjectLength),
            TextBody = Bounded(message.Text, OutboxMessage.MaxBodyLength),
            HtmlBody = message.Html is null ? null : Bounded(message.Html, OutboxMessage.MaxBodyLength),
            Headers = message.Headers.Count == 0 ? null : string.Join('\n', message.Headers.Select(h => $"{h.Key}: {h.Value}")),
            DeduplicationKey = deduplicationKey,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.Outbox.Add(entry);
        return entry;
    }

    /// <summary>After messages are deleted from the outbox: removes what the transport kept of them (pickup files).</summary>
    public Task ForgetAsync(IReadOnlyCollection<Guid> messageIds, CancellationToken cancellationToken) =>
        messageIds.Count == 0 ? Task.CompletedTask : transport.ForgetAsync(messageIds, cancellationToken);

    /// <summary>Wakes the sender; call after saving.</summary>
    public void Notify() => signal.Notify();

    private static string Bounded(string text, int max) =>
        text.Length <= max ? text : throw new ArgumentException($"The message part is {text.Length} characters; the most is {max}.", nameof(text));
}
