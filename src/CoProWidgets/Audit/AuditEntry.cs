namespace CoProWidgets.Audit;

/// <summary>
/// One staff action: who did what, when. It names what was acted on by survey, outcome or record id, never by a
/// person's details, so erasing someone leaves the record that they were erased and nothing about them.
/// </summary>
internal sealed class AuditEntry
{
    public const int MaxActorLength = 200;
    public const int MaxActionLength = 40;
    public const int MaxSubjectLength = 200;
    public const int MaxDetailLength = 1000;

    public Guid Id { get; set; }

    public DateTime At { get; set; }

    /// <summary>The staff member's name as the host's sign-in gives it.</summary>
    public string Actor { get; set; } = string.Empty;

    /// <summary>What they did, one of <see cref="AuditActions"/>.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>What it was done to, such as <c>survey having-a-say</c>.</summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>Anything else worth knowing, such as the filters of an export.</summary>
    public string? Detail { get; set; }
}

/// <summary>The actions the audit log records.</summary>
internal static class AuditActions
{
    public const string ResponseEntered = "response-entered";
    public const string ResponsesExported = "responses-exported";
    public const string SignUpsExported = "sign-ups-exported";
    public const string PersonFound = "person-found";
    public const string PersonDownloaded = "person-downloaded";
    public const string PersonErased = "person-erased";
    public const string ContactListExported = "contact-list-exported";
    public const string EmailRetried = "email-retried";
    public const string ResultsPublished = "results-published";
    public const string ResultsWithdrawn = "results-withdrawn";
    public const string QuoteApproved = "quote-approved";
    public const string QuoteRejected = "quote-rejected";
    public const string ResponseExcluded = "response-excluded";
    public const string ResponseIncluded = "response-included";
    public const string ResponseDeleted = "response-deleted";
    public const string ResponsesSearched = "responses-searched";
    public const string QuoteDeleted = "quote-deleted";
    public const string ConcernRaised = "concern-raised";
    public const string ConcernActioned = "concern-actioned";
    public const string KioskLinkMade = "kiosk-link-made";
}
