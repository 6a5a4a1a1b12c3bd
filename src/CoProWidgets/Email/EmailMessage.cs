namespace CoProWidgets.Email;

/// <summary>An email to queue: plain text always, HTML optionally, and extra headers.</summary>
internal sealed record EmailMessage(string Kind, string To, string Subject, string Text, string? Html = null)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
