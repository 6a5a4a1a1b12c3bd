using CoProWidgets.Rendering;

namespace CoProWidgets.Staff;

/// <summary>One answer in a response, as staff read it.</summary>
/// <param name="Question">The question's text.</param>
/// <param name="Answer">The answer: the words written, the options' labels, "Not answered", or "Not asked" when routing passed the person by.</param>
/// <param name="IsText">Whether the question took words rather than choices.</param>
public sealed record StaffAnswer(string Question, string Answer, bool IsText)
{
    /// <summary>Whether <see cref="Answer"/> holds words the person wrote, in the response's language, rather than the library's "Not answered".</summary>
    public bool Written { get; init; }
}

/// <summary>One anonymous response.</summary>
/// <param name="SubmittedAt">When it was sent (UTC).</param>
/// <param name="Answers">Its answers, in the survey's order.</param>
/// <param name="Channel">How it arrived, in words.</param>
public sealed record StaffResponse(DateTime SubmittedAt, string Channel, IReadOnlyList<StaffAnswer> Answers)
{
    /// <summary>The response's id, which the exclude form posts.</summary>
    public Guid Id { get; init; }

    /// <summary>Whether staff excluded it as not genuine: it is counted nowhere.</summary>
    public bool Excluded { get; init; }

    /// <summary>The event it was given at, through a kiosk link; null otherwise.</summary>
    public string? Event { get; init; }

    /// <summary>What the screening found in its written answers when it arrived (personal data, safeguarding).</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>Whether it may hold a safeguarding concern (found by the screening, or raised by staff).</summary>
    public bool Safeguarding { get; init; }

    /// <summary>Whether its written answers were blanked, the survey having closed long enough ago.</summary>
    public bool Blanked { get; init; }

    /// <summary>The language it was answered in: its written answers are shown with its <c>lang</c> and <c>dir</c>.</summary>
    public StaffLanguage Language { get; init; } = StaffLanguages.Of(Localisation.LanguageTag.Default);

    /// <summary>Whether it was answered in the survey's Easy Read version.</summary>
    public bool EasyRead { get; init; }
}

/// <summary>Where the forms that act on one response post.</summary>
/// <param name="Exclude">Exclude it as not genuine.</param>
/// <param name="Include">Include it again, once excluded.</param>
/// <param name="Delete">Delete it for good; empty for someone the people policy refuses.</param>
/// <param name="RaiseConcern">Raise a safeguarding concern about it.</param>
public sealed record StaffResponseActions(string Exclude, string Include, string Delete, string RaiseConcern);

/// <summary>A question's options, to filter responses by one of them.</summary>
/// <param name="Question">The question's text.</param>
/// <param name="Options">Its options; each id is <c>question:option</c>.</param>
public sealed record StaffAnswerChoices(string Question, IReadOnlyList<StaffChoice> Options);

/// <summary>What the staff page of a survey's responses (<c>Views/CoProWidgets/Staff/Responses.cshtml</c>) shows.</summary>
public sealed record StaffResponsesViewModel
{
    /// <summary>The survey file's name.</summary>
    public required string Name { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>Responses stored in all.</summary>
    public int Total { get; init; }

    /// <summary>Responses matching the filters.</summary>
    public int Matching { get; init; }

    /// <summary>This page's number, from 1.</summary>
    public int Page { get; init; }

    /// <summary>How many pages the matching responses fill.</summary>
    public int Pages { get; init; }

    /// <summary>This page's responses, newest first.</summary>
    public required IReadOnlyList<StaffResponse> Responses { get; init; }

    /// <summary>The question results are split by, if any.</summary>
    public string? GroupQuestion { get; init; }

    /// <summary>Its options, to filter by.</summary>
    public required IReadOnlyList<StaffChoice> Groups { get; init; }

    /// <summary>The languages the site offers, to filter by; empty when it offers one.</summary>
    public IReadOnlyList<StaffLanguageChoice> Languages { get; init; } = [];

    /// <summary>The channels, to filter by.</summary>
    public required IReadOnlyList<StaffChoice> Channels { get; init; }

    /// <summary>Each choice question's options, to filter by.</summary>
    public required IReadOnlyList<StaffAnswerChoices> Answers { get; init; }

    /// <summary>The filters as query parameters, for the page links and the exports.</summary>
    public required IReadOnlyDictionary<string, string?> Query { get; init; }

    /// <summary>The words searched for in written answers, if any.</summary>
    public string? Search { get; init; }

    /// <summary>This survey's staff page.</summary>
    public string SurveyUrl { get; init; } = string.Empty;

    /// <summary>This page, for the filter form and the page links.</summary>
    public string PageUrl { get; init; } = string.Empty;

    /// <summary>Each response's exclude address, by id.</summary>
    public IReadOnlyDictionary<Guid, string> ExcludeUrls { get; init; } = new Dictionary<Guid, string>();

    /// <summary>Where the forms acting on each response shown post, by its id.</summary>
    public IReadOnlyDictionary<Guid, StaffResponseActions> Actions { get; init; } = new Dictionary<Guid, StaffResponseActions>();

    /// <summary>Whether only responses that may hold a safeguarding concern are shown.</summary>
    public bool ConcernsOnly { get; init; }

    /// <summary>What the page follows (a response included again, deleted, a concern raised), in a sentence, or null.</summary>
    public string? Notice { get; init; }

    /// <summary>Why the action the page follows was refused (a deletion not confirmed, or a concern still open), for its error summary.</summary>
    public IReadOnlyList<FormError> Errors { get; init; } = [];

    /// <summary>Whether the page follows an exclusion.</summary>
    public bool JustExcluded { get; init; }

    /// <summary>The matching responses as CSV.</summary>
    public string CsvUrl { get; init; } = string.Empty;

    /// <summary>The matching responses as JSON, with the survey's questions and version.</summary>
    public string JsonUrl { get; init; } = string.Empty;
}
