namespace CoProWidgets;

/// <summary>
/// How often one client (an IPv4 address, or an IPv6 /64) may post each kind of form (section
/// <c>CoProWidgets:RateLimits</c>). Each budget is a bucket of <see cref="CoProRateLimit.PermitLimit"/> posts that
/// refills steadily over <see cref="CoProRateLimit.Window"/>. The defaults let thirty people on one shared address (a
/// community event, a care home, a library) each answer a survey of several pages and sign up within a few minutes.
/// </summary>
public sealed class CoProRateLimitOptions
{
    /// <summary>Moving between a survey's pages and going back, which stores nothing. The default is 600 in 10 minutes.</summary>
    public CoProRateLimit SurveyPages { get; } = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(10) };

    /// <summary>Storing a survey response. The default is 60 in an hour.</summary>
    public CoProRateLimit SurveyResponses { get; } = new() { PermitLimit = 60, Window = TimeSpan.FromHours(1) };

    /// <summary>Sending the sign-up form. The default is 60 in an hour.</summary>
    public CoProRateLimit SignUps { get; } = new() { PermitLimit = 60, Window = TimeSpan.FromHours(1) };

    /// <summary>Confirming a sign-up. The default is 60 in an hour.</summary>
    public CoProRateLimit Confirmations { get; } = new() { PermitLimit = 60, Window = TimeSpan.FromHours(1) };

    /// <summary>
    /// Unsubscribing. Mail services send one-click unsubscribes for many people from a few addresses, so the default
    /// is generous: 600 in an hour.
    /// </summary>
    public CoProRateLimit Unsubscribes { get; } = new() { PermitLimit = 600, Window = TimeSpan.FromHours(1) };

    /// <summary>
    /// Saving preferences, deleting one's details, starting again after unsubscribing and asking for a fresh link. The
    /// default is 30 in an hour.
    /// </summary>
    public CoProRateLimit Links { get; } = new() { PermitLimit = 30, Window = TimeSpan.FromHours(1) };

    /// <summary>Saving a survey's answers to come back to later. The default is 30 in an hour.</summary>
    public CoProRateLimit SurveySaves { get; } = new() { PermitLimit = 30, Window = TimeSpan.FromHours(1) };

    /// <summary>Emailing the link to saved answers. The default is 10 in an hour.</summary>
    public CoProRateLimit SavedLinkEmails { get; } = new() { PermitLimit = 10, Window = TimeSpan.FromHours(1) };

    /// <summary>
    /// Emails of links to saved answers to any one address, from anyone: so the site cannot be made to email one person
    /// again and again. The address is kept only as a hash, for as long as its budget is spent. The default is 3 in a day.
    /// </summary>
    public CoProRateLimit SavedLinkRecipients { get; } = new() { PermitLimit = 3, Window = TimeSpan.FromDays(1) };

    /// <summary>
    /// Moving between a survey's pages at a kiosk (a shared tablet at an event): a budget per kiosk link, not per
    /// client, so the venue's Wi-Fi is never the limit. The default is 2,000 in an hour, enough for fifty people each
    /// going back and forth through a long survey.
    /// </summary>
    public CoProRateLimit KioskPages { get; } = new() { PermitLimit = 2000, Window = TimeSpan.FromHours(1) };

    /// <summary>
    /// Storing a survey response at a kiosk, per kiosk link. The default is 100 in an hour: fifty people one after
    /// another are never turned away, and someone who copies the link can store no more than that.
    /// </summary>
    public CoProRateLimit KioskResponses { get; } = new() { PermitLimit = 100, Window = TimeSpan.FromHours(1) };

    internal IEnumerable<(string Name, CoProRateLimit Limit)> All() =>
    [
        (nameof(SurveyPages), SurveyPages),
        (nameof(SurveyResponses), SurveyResponses),
        (nameof(SignUps), SignUps),
        (nameof(Confirmations), Confirmations),
        (nameof(Unsubscribes), Unsubscribes),
        (nameof(Links), Links),
        (nameof(SurveySaves), SurveySaves),
        (nameof(SavedLinkEmails), SavedLinkEmails),
        (nameof(SavedLinkRecipients), SavedLinkRecipients),
        (nameof(KioskPages), KioskPages),
        (nameof(KioskResponses), KioskResponses),
    ];
}

/// <summary>One budget of <see cref="CoProRateLimitOptions"/>.</summary>
public sealed class CoProRateLimit
{
    /// <summary>How many posts one client may make at once; the bucket refills one at a time over the window.</summary>
    public int PermitLimit { get; set; }

    /// <summary>How long the bucket takes to refill from empty.</summary>
    public TimeSpan Window { get; set; }
}
