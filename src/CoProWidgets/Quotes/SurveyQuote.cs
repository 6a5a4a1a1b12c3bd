namespace CoProWidgets.Quotes;

/// <summary>
/// What someone wrote in answer to a <c>publish: ask</c> question, with their "yes" to publishing it, waiting for a
/// person's decision. Only an approved quote is ever shown, and only as approved (redactions and their reason kept).
/// It holds no name or link to anyone; the group is the respondent group they chose, shown only where the published
/// results show that group.
/// </summary>
internal sealed class SurveyQuote
{
    // Quotes sit below surveys (a survey makes its quotes as it stores a response), so they keep their own copies of
    // the survey's limits; SurveyQuoteTests holds each equal to the survey's own.

    /// <summary>The longest survey name, as a survey response stores it.</summary>
    public const int MaxSurveyLength = 100;

    /// <summary>The longest question or group id, as the survey counts store them.</summary>
    public const int MaxIdLength = 100;

    /// <summary>The longest written answer a survey takes (its <c>max-length</c> at most), and so the longest quote.</summary>
    public const int MaxTextLength = 5000;

    public const int MaxReasonLength = 500;
    public const int MaxFlagsLength = 500;
    public const int MaxThemesLength = 500;
    public const int MaxDecidedByLength = 200;

    public Guid Id { get; set; }

    public string Survey { get; set; } = string.Empty;

    public string Question { get; set; } = string.Empty;

    /// <summary>The response the words came from, so deleting it deletes them; null for quotes stored before.</summary>
    public Guid? ResponseId { get; set; }

    public string? Group { get; set; }

    public DateTime SubmittedAt { get; set; }

    /// <summary>The words as written.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The flags found automatically, separated by commas, or null.</summary>
    public string? Flags { get; set; }

    public SurveyQuoteStatus Status { get; set; }

    /// <summary>The words as published (redacted where needed), once approved.</summary>
    public string? PublishedText { get; set; }

    /// <summary>Why the published words differ from the written ones.</summary>
    public string? RedactionReason { get; set; }

    /// <summary>The themes staff tagged it with, separated by commas.</summary>
    public string? Themes { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAt { get; set; }

    /// <summary>The short code an outcome file cites the quote with: <c>{quote: 1a2b3c4d}</c>.</summary>
    public string Code => Id.ToString("N")[^8..];

    public IReadOnlyList<string> FlagList => Flags is null ? [] : Flags.Split(',');

    public IReadOnlyList<string> ThemeList => Themes is null ? [] : Themes.Split(',');

    /// <summary>
    /// What a respondent's "yes" to publishing a written answer makes: the words as written, with what was flagged in
    /// them automatically, waiting for a person's decision.
    /// </summary>
    public static SurveyQuote Consented(string survey, string question, string? group, string text, IReadOnlyList<string> flags, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(flags);
        return new SurveyQuote
        {
            Id = Guid.CreateVersion7(),
            Survey = survey,
            Question = question,
            Group = group,
            SubmittedAt = now,
            Text = text,
            Flags = flags.Count == 0 ? null : string.Join(',', flags),
            Status = SurveyQuoteStatus.Pending,
        };
    }
}

/// <summary>Where a quote stands.</summary>
internal enum SurveyQuoteStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}
