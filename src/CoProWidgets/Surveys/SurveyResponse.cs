using CoProWidgets.Quotes;

namespace CoProWidgets.Surveys;

/// <summary>
/// One submitted response: anonymous, its answers stored by stable question id with the version of the survey they
/// answered, so editing a live survey never changes what an earlier answer meant.
/// </summary>
internal sealed class SurveyResponse
{
    public const int MaxSurveyLength = 100;
    public const int VersionLength = 16;
    public const int KeyLength = 32;
    public const int MaxEventLength = 100;
    public const int MaxLanguageLength = 35;
    public const int MaxFormatLength = 16;

    public Guid Id { get; set; }

    /// <summary>The survey's name (its file name without <c>.md</c>).</summary>
    public string Survey { get; set; } = string.Empty;

    public string Version { get; set; } = string.Empty;

    /// <summary>The idempotency key the form carried from its first page: a double click or a resend stores one response.</summary>
    public string Key { get; set; } = string.Empty;

    public DateTime SubmittedAt { get; set; }

    /// <summary>The language the survey was answered in (a language tag such as <c>cy</c>); <c>en-GB</c> for responses from before languages were recorded.</summary>
    public string Language { get; set; } = Localisation.LanguageTag.Default;

    /// <summary>The format it was answered in: <c>standard</c> or <c>easy-read</c>.</summary>
    public string Format { get; set; } = "standard";

    /// <summary>How the response arrived: online (here or embedded), or entered by staff from paper, phone or an event.</summary>
    public SurveyChannel Channel { get; set; }

    /// <summary>The event's name, for a response given at a survey kiosk (channel <c>event</c>); otherwise null.</summary>
    public string? EventName { get; set; }

    /// <summary>Whether staff excluded it as not genuine (invented to unmask someone, or spam): kept, never counted.</summary>
    public bool Excluded { get; set; }

    /// <summary>The answers as JSON: question id to the list of chosen option ids, or to a one-item list of text.</summary>
    public string Answers { get; set; } = "{}";

    /// <summary>
    /// What the screening at submission found in the written answers (the labels of <see cref="QuoteFlags"/>,
    /// separated by commas), or null when nothing: personal data, and possible safeguarding concerns.
    /// </summary>
    public string? Flags { get; set; }

    /// <summary>Whether a written answer may be a safeguarding concern (by the screening, or raised by staff).</summary>
    public bool Safeguarding { get; set; }

    /// <summary>Whether its written answers were blanked once the survey had been closed long enough.</summary>
    public bool Blanked { get; set; }

    public IReadOnlyList<string> FlagList => Flags is null ? [] : Flags.Split(',');
}
