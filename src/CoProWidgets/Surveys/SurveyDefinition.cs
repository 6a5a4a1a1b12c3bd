using Microsoft.AspNetCore.Html;

namespace CoProWidgets.Surveys;

/// <summary>A survey as its content file defines it, checked and ready to show.</summary>
internal sealed class SurveyDefinition
{
    public required string Name { get; init; }

    public required string Title { get; init; }

    /// <summary>The first day answers are taken, or null for "already open".</summary>
    public DateOnly? Opens { get; init; }

    /// <summary>The last day answers are taken (until midnight, UK time), or null for "no end".</summary>
    public DateOnly? Closes { get; init; }

    public required SurveyResultsShown Results { get; init; }

    public required string ThankYou { get; init; }

    public IHtmlContent? Intro { get; init; }

    /// <summary>The questions, page by page; every page has at least one.</summary>
    public required IReadOnlyList<IReadOnlyList<SurveyQuestion>> Pages { get; init; }

    /// <summary>Each page's title and condition, one per page.</summary>
    public required IReadOnlyList<SurveyPageDetails> PageDetails { get; init; }

    /// <summary>Whether any question or page is asked only on a condition.</summary>
    public bool IsRouted => PageDetails.Any(page => page.ShowIf is not null) || Questions.Any(question => question.ShowIf is not null);

    /// <summary>Which questions a person with these answers is asked.</summary>
    public SurveyRoute Route(SurveyAnswers answers) => new(this, answers);

    /// <summary>A hash of the file's text: stored with every response, so a later edit never changes what an answer meant.</summary>
    public required string Version { get; init; }

    public IEnumerable<SurveyQuestion> Questions => Pages.SelectMany(page => page);

    /// <summary>The question whose answers split the results into groups, if any.</summary>
    public SurveyQuestion? GroupQuestion => Questions.FirstOrDefault(question => question.IsGroup);

    public SurveyQuestion? Find(string id) => Questions.FirstOrDefault(question => question.Id == id);
}

/// <summary>When a survey's results may be shown.</summary>
internal enum SurveyResultsShown
{
    /// <summary>Only once the survey has closed.</summary>
    AfterClosing,

    /// <summary>While it is still open, refreshed as answers come in.</summary>
    WhileOpen,

    /// <summary>Only when staff have looked at the figures and published them from the staff workspace.</summary>
    AfterReview,
}

/// <summary>What kind of answer a question takes.</summary>
internal enum SurveyQuestionType
{
    /// <summary>How much the person agrees with a statement, on a scale (5 points by default).</summary>
    Agreement,

    /// <summary>One option from a list.</summary>
    Single,

    /// <summary>Any number of options from a list.</summary>
    Multiple,

    /// <summary>Free text, up to a length.</summary>
    Text,

    /// <summary>Yes or no.</summary>
    YesNo,

    /// <summary>A whole number, in a range; published only as the bands the editor names.</summary>
    Number,

    /// <summary>A date, as day, month and year; exported, never published as figures.</summary>
    Date,

    /// <summary>A point on a numbered scale with labelled ends, such as 0 to 10.</summary>
    Rating,

    /// <summary>The NHS Friends and Family Test question, with its six answers.</summary>
    FriendsAndFamily,
}

/// <summary>One question.</summary>
internal sealed class SurveyQuestion
{
    public const int DefaultMaxLength = 1000;
    public const int MaxMaxLength = 5000;

    /// <summary>The most characters the text box of an "other" option takes.</summary>
    public const int OtherMaxLength = 500;

    public required string Id { get; init; }

    /// <summary>The file line of the question's heading (0 for a question the parser adds), for errors found later.</summary>
    public int Line { get; init; }

    /// <summary>The question as plain text: the legend or label, and the CSV column's heading.</summary>
    public required string Text { get; init; }

    /// <summary>The question as people read it: the library's own consent question in their language; an editor's as written.</summary>
    public string ShownText => ConsentFor is null ? Text : SurveyWords.Get("Question.Consent");

    public required SurveyQuestionType Type { get; init; }

    public required bool Required { get; init; }

    /// <summary>The options to choose from (agreement, single, multiple, yes/no), in order.</summary>
    public IReadOnlyList<SurveyOption> Options { get; init; } = [];

    /// <summary>For free text, the most characters an answer may have.</summary>
    public int MaxLength { get; init; } = DefaultMaxLength;

    /// <summary>Whether results are split by this question's answers (who the respondent is).</summary>
    public bool IsGroup { get; init; }

    /// <summary>An equality-information question: always optional, always offers "Prefer not to say".</summary>
    public bool IsEquality { get; init; }

    /// <summary>Help text under the question (sanitized HTML), or null.</summary>
    public IHtmlContent? Help { get; init; }

    /// <summary>When the question is asked (<c>show-if</c>), beside its page's own condition; null for always.</summary>
    public SurveyCondition? ShowIf { get; init; }

    /// <summary>The 0-based page the question is on.</summary>
    public required int Page { get; init; }

    /// <summary>Whether answers are counted as options: a number without bands, a date and free text are not.</summary>
    public bool HasOptions => Options.Count > 0;

    /// <summary>For a number, the range and bands; for a date, its bounds; null for other types.</summary>
    public SurveyNumberRange? Range { get; init; }

    /// <summary>For a date, the earliest and latest dates accepted.</summary>
    public SurveyDateBounds? Dates { get; init; }

    /// <summary>For a single or multiple question with <c>other:</c>, the option that opens a text box; else null.</summary>
    public SurveyOption? Other { get; init; }

    /// <summary>For the written answer added after an <c>other:</c> option: the question it belongs to; else null.</summary>
    public string? OtherFor { get; init; }

    /// <summary>What the id of an "other" text box ends with: <c>&lt;question id&gt;-other</c>.</summary>
    public const string OtherSuffix = "-other";

    /// <summary>The options an answer counts under: a number's band, the chosen options of every other choice question.</summary>
    public IEnumerable<string> CountedOptions(IReadOnlyList<string> values) =>
        Type == SurveyQuestionType.Number
            ? values.Select(value => Range?.BandOf(value)).OfType<string>()
            : values;

    /// <summary>What the id of a consent question ends with: <c>&lt;text question id&gt;-publish</c>.</summary>
    public const string ConsentSuffix = "-publish";

    /// <summary>Whether the words written may be published with the writer's consent (<c>publish: ask</c>).</summary>
    public bool AsksToPublish { get; init; }

    /// <summary>For the consent question added after a <c>publish: ask</c> question: that question's id; else null.</summary>
    public string? ConsentFor { get; init; }

    /// <summary>Whether the question's answers are only ever counted privately, never published as figures.</summary>
    public bool IsPrivate => IsEquality || ConsentFor is not null;

    public string? LabelOf(string optionId) => Options.FirstOrDefault(option => option.Id == optionId)?.Label;

    /// <summary>The label people read: the library's own answers (such as "Agree") in their language.</summary>
    public string? ShownLabelOf(string optionId) => Options.FirstOrDefault(option => option.Id == optionId) is { } option ? SurveyWords.Label(option) : null;

    /// <summary>An answer in words, as people check it and staff read it: what was written, the chosen options' labels, or "Not answered".</summary>
    public string Describe(IReadOnlyList<string> values) =>
        values.Count == 0 ? SurveyWords.Get("Answer.NotAnswered")
        : Type is SurveyQuestionType.Text or SurveyQuestionType.Number ? values[0]
        : Type == SurveyQuestionType.Date ? SurveyDateBounds.Describe(values[0])
        : string.Join(", ", values.Select(value => ShownLabelOf(value) ?? value));
}

/// <summary>One option of a question.</summary>
/// <param name="Id">What is stored; stable once people have answered.</param>
/// <param name="Label">What people see.</param>
internal sealed record SurveyOption(string Id, string Label);
