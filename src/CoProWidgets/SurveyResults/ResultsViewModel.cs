namespace CoProWidgets.SurveyResults;

/// <summary>
/// What the results widget's view (<c>Views/Shared/Components/CoProResults/Default.cshtml</c>) renders: a survey's
/// aggregated answers, overall and by respondent group, with small figures already suppressed. Everything in it is
/// text for the view to encode.
/// </summary>
public sealed class ResultsViewModel
{
    /// <summary>An id unique on the page, the start of every id inside the widget.</summary>
    public required string Id { get; init; }

    /// <summary>The survey's title.</summary>
    public required string Title { get; init; }

    /// <summary>The level (1 to 5) of the title heading.</summary>
    public required int HeadingLevel { get; init; }

    /// <summary>
    /// Why no figures are shown (not yet open, or published only after closing), or null when they are.
    /// </summary>
    public string? NotShown { get; init; }

    /// <summary>How many responses the published figures count.</summary>
    public long Responses { get; init; }

    /// <summary>When the figures shown were published (UK date), or null when none have been.</summary>
    public string? PublishedOn { get; init; }

    /// <summary>Whether this is the printable report, where the detail by group is shown open.</summary>
    public bool Report { get; init; }

    /// <summary>Whether staff publish the figures after reviewing them, rather than on a schedule.</summary>
    public bool PublishedByStaff { get; init; }

    /// <summary>What people wrote, with their consent and as approved, for each question that asked.</summary>
    public IReadOnlyList<ResultsQuotes> Quotes { get; init; } = [];

    /// <summary>The themes staff tagged the approved quotes with, and how many people raised each, most first.</summary>
    public IReadOnlyList<ResultsTheme> Themes { get; init; } = [];

    /// <summary>The fewest responses a shown figure rests on.</summary>
    public int SuppressBelow { get; init; }

    /// <summary>The question whose answers split the results, such as "Which of these describes you best?", or null.</summary>
    public string? GroupQuestion { get; init; }

    /// <summary>The results of each choice question, in the survey's order; equality questions are never published.</summary>
    public IReadOnlyList<ResultsQuestion> Questions { get; init; } = [];

    /// <summary>Where the same figures download as CSV.</summary>
    public string? CsvUrl { get; init; }

    /// <summary>Where the survey can be answered, while it is open, or null.</summary>
    public string? SurveyUrl { get; init; }
}

/// <summary>The results of one question.</summary>
public sealed class ResultsQuestion
{
    /// <summary>The question's id in the survey file.</summary>
    public required string Id { get; init; }

    /// <summary>The question (for an agreement question, the statement).</summary>
    public required string Text { get; init; }

    /// <summary>Whether it is an agreement statement, whose rows give the share who agree.</summary>
    public required bool IsAgreement { get; init; }

    /// <summary>Whether it is the NHS Friends and Family Test question, whose rows give the percentages positive and negative.</summary>
    public bool IsFriendsAndFamily { get; init; }

    /// <summary>Whether people could choose more than one answer, so the shares add up to more than 100%.</summary>
    public required bool AllowsSeveral { get; init; }

    /// <summary>The answers people could give, in order: the table's columns.</summary>
    public required IReadOnlyList<string> Options { get; init; }

    /// <summary>Everyone first, then each respondent group.</summary>
    public required IReadOnlyList<ResultsRow> Rows { get; init; }

    /// <summary>What the chart shows, in words: its accessible description.</summary>
    public required string ChartDescription { get; init; }

    /// <summary>What everyone said, in one sentence to read first ("About 4 in 10 people agreed."), or null when hidden.</summary>
    public string? Headline { get; init; }

    /// <summary>
    /// Who was asked the question, for one that routing shows to some people only ("Asked of people who said
    /// “Yes”"); null when everyone was asked it. The figures count only the people asked.
    /// </summary>
    public string? AskedOf { get; init; }
}

/// <summary>The answers of everyone, or of one respondent group, to one question.</summary>
public sealed class ResultsRow
{
    /// <summary>"Everyone", or the group's label.</summary>
    public required string Label { get; init; }

    /// <summary>The group's id, or empty for everyone.</summary>
    public string Group { get; init; } = string.Empty;

    /// <summary>
    /// How many people were asked the question, for a question asked on a condition, where that number may be shown
    /// (the public could already work it out); otherwise null.
    /// </summary>
    public long? Asked { get; init; }

    /// <summary>How many responses answered the question; not shown when <see cref="Suppressed"/>.</summary>
    public required long Responses { get; init; }

    /// <summary>Whether the row's figures are hidden, because they rest on too few responses or would reveal a row that does.</summary>
    public required bool Suppressed { get; init; }

    /// <summary>The share giving each answer, in the order of <see cref="ResultsQuestion.Options"/>; empty when suppressed.</summary>
    public IReadOnlyList<ResultsShare> Shares { get; init; } = [];

    /// <summary>The share who agree (agree plus strongly agree), for an agreement statement that is not suppressed.</summary>
    public ResultsShare? Agree { get; init; }

    /// <summary>
    /// For the Friends and Family Test, the share whose experience was very good or good, of everyone who answered
    /// (don't know included), as NHS England reports it; null when the row is not shown.
    /// </summary>
    public ResultsShare? Positive { get; init; }

    /// <summary>For the Friends and Family Test, the share whose experience was poor or very poor; null when the row is not shown.</summary>
    public ResultsShare? Negative { get; init; }

    /// <summary>The row's main figure in words, with its confidence interval, or why it is not shown.</summary>
    public required string Words { get; init; }

    /// <summary>Why the row is not shown, for a table cell or a chart, when <see cref="Suppressed"/>; otherwise null.</summary>
    public string? NotShown { get; init; }
}

/// <summary>A share of responses with its 95% Wilson confidence interval.</summary>
public sealed class ResultsShare
{
    /// <summary>How many gave the answer.</summary>
    public required long Count { get; init; }

    /// <summary>How many answered the question.</summary>
    public required long Total { get; init; }

    /// <summary>The share, from 0 to 1.</summary>
    public required double Value { get; init; }

    /// <summary>The lower end of the 95% confidence interval, from 0 to 1.</summary>
    public required double Low { get; init; }

    /// <summary>The upper end of the 95% confidence interval, from 0 to 1.</summary>
    public required double High { get; init; }

    /// <summary>The share as a whole percentage, such as "45%", as the culture shown writes it.</summary>
    public string Percent => Proportion.Percent(Value);

    /// <summary>The interval as words in the language shown, such as "36% to 54%".</summary>
    public string Interval { get; init; } = string.Empty;
}

/// <summary>The approved quotes answering one question.</summary>
/// <param name="Question">The question's text.</param>
/// <param name="Quotes">The quotes, oldest approval first.</param>
public sealed record ResultsQuotes(string Question, IReadOnlyList<ResultsQuote> Quotes);

/// <summary>One approved quote.</summary>
/// <param name="Text">The words as approved.</param>
/// <param name="Group">The writer's respondent group, where the published results show that group; else null.</param>
public sealed record ResultsQuote(string Text, string? Group);

/// <summary>A theme people raised.</summary>
/// <param name="Theme">The theme, as staff named it.</param>
/// <param name="People">How many approved quotes were tagged with it.</param>
public sealed record ResultsTheme(string Theme, int People);
