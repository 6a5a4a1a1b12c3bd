using System.Runtime.CompilerServices;
using CoProWidgets.Rendering;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Staff;

/// <summary>A survey's anonymous responses for staff to read, newest first, filtered by group and by words in them.</summary>
internal sealed class StaffResponses(CoProDbContextFactory contexts)
{
    public const int PageSize = 20;

    /// <summary>The most responses a search by words shows.</summary>
    public const int SearchLimit = 200;

    public async Task<StaffResponsesViewModel> ReadAsync(SurveyDefinition survey, StaffResponseFilter filter, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(filter);
        var matching = new List<StaffResponse>();
        var total = await CountAsync(survey, cancellationToken);
        await foreach (var (row, answers) in MatchAsync(survey, filter, cancellationToken))
        {
            var notAsked = SurveyNotAsked.Of(survey, answers);
            var shown = survey.Questions.Select(question => new StaffAnswer(question.ShownText, notAsked.Contains(question.Id) ? SurveyNotAsked.Words : question.Describe(answers.Of(question.Id)), question.Type == SurveyQuestionType.Text && !notAsked.Contains(question.Id))).ToList();
            matching.Add(new StaffResponse(row.SubmittedAt, SurveyChannels.Label(row.Channel), shown)
            {
                Id = row.Id,
                Excluded = row.Excluded,
                Flags = row.FlagList,
                Safeguarding = row.Safeguarding,
                Blanked = row.Blanked,
                Event = row.EventName,
            });
        }

        // A search by words is posted, never put in an address, so it has no pages to link to: it shows its matches at once.
        var size = filter.Search is null ? PageSize : SearchLimit;
        var pages = Math.Max(1, (matching.Count + size - 1) / size);
        page = Math.Clamp(page, 1, pages);
        var groupQuestion = survey.GroupQuestion;
        return new StaffResponsesViewModel
        {
            Name = survey.Name,
            Title = survey.Title,
            Total = total,
            Matching = matching.Count,
            Page = page,
            Pages = pages,
            Responses = matching.Skip((page - 1) * size).Take(size).ToList(),
            GroupQuestion = groupQuestion?.Text,
            Groups = groupQuestion?.Options.Select(option => new StaffChoice(option.Id, SurveyWords.Label(option), option.Id == filter.Group)).ToList() ?? [],
            Channels = SurveyChannels.All.Select(channel => new StaffChoice(SurveyChannels.Id(channel), SurveyChannels.Label(channel), channel == filter.Channel)).ToList(),
            Answers = survey.Questions.Where(question => question.HasOptions && !question.IsGroup)
                .Select(question => new StaffAnswerChoices(question.ShownText, question.Options.Select(option => new StaffChoice($"{question.Id}:{option.Id}", SurveyWords.Label(option), filter.Answer == (question.Id, option.Id))).ToList()))
                .ToList(),
            Search = filter.Search,
            ConcernsOnly = filter.Concerns,
            Query = filter.Query(),
        };
    }

    /// <summary>The survey's responses that match <paramref name="filter"/>, newest first, each with its answers read.</summary>
    public async IAsyncEnumerable<(SurveyResponse Response, SurveyAnswers Answers)> MatchAsync(SurveyDefinition survey, StaffResponseFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(filter);

        // Filtered here, not in SQL: answers are stored as JSON, which the two databases query differently.
        await using var db = contexts.Create();
        var query = db.SurveyResponses.AsNoTracking().Where(response => response.Survey == survey.Name);
        if (filter.Channel is { } channel)
        {
            query = query.Where(response => response.Channel == channel);
        }

        if (filter.Concerns)
        {
            query = query.Where(response => response.Safeguarding);
        }

        var rows = query.OrderByDescending(response => response.SubmittedAt).ThenByDescending(response => response.Id).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var answers = SurveyAnswers.FromJson(row.Answers);
            if (filter.Group is { } group && !answers.Has(survey.GroupQuestion!.Id, group))
            {
                continue;
            }

            if (filter.Answer is var (question, option) && survey.Find(question)?.CountedOptions(answers.Of(question)).Contains(option, StringComparer.Ordinal) != true)
            {
                continue;
            }

            if (filter.Search is { } search && !survey.Questions.Any(q => q.Type == SurveyQuestionType.Text && answers.TextOf(q.Id)?.Contains(search, StringComparison.CurrentCultureIgnoreCase) == true))
            {
                continue;
            }

            yield return (row, answers);
        }
    }

    private async Task<int> CountAsync(SurveyDefinition survey, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.SurveyResponses.CountAsync(response => response.Survey == survey.Name, cancellationToken);
    }

    /// <summary>When a response was sent, as staff pages write it (UK time, in the page's language).</summary>
    public static string Time(DateTime utc) => StaffFormat.Time(utc);
}

/// <summary>One answer in a response, as staff read it.</summary>
/// <param name="Question">The question's text.</param>
/// <param name="Answer">The answer: the words written, the options' labels, "Not answered", or "Not asked" when routing passed the person by.</param>
/// <param name="IsText">Whether the question took words rather than choices.</param>
public sealed record StaffAnswer(string Question, string Answer, bool IsText);

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

/// <summary>
/// Which responses staff asked for: by respondent group, by channel, by one answer to a choice question, and by words
/// in written answers. Values that name nothing in the survey are ignored, so a link never fails.
/// </summary>
internal sealed record StaffResponseFilter(string? Group, SurveyChannel? Channel, (string Question, string Option)? Answer, string? Search, bool Concerns = false)
{
    public const int MaxSearchLength = 100;

    public static StaffResponseFilter Read(SurveyDefinition survey, string? group, string? channel, string? answer, string? search, string? concerns = null)
    {
        ArgumentNullException.ThrowIfNull(survey);
        group = survey.GroupQuestion?.Options.Any(option => option.Id == group) == true ? group : null;
        (string, string)? chosen = null;
        if (answer?.Split(':') is [var question, var option]
            && survey.Questions.FirstOrDefault(q => q.Id == question) is { HasOptions: true } found
            && found.LabelOf(option) is not null)
        {
            chosen = (question, option);
        }

        search = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        search = search?[..Math.Min(search.Length, MaxSearchLength)];
        return new StaffResponseFilter(group, SurveyChannels.Parse(channel), chosen, search, concerns == "yes");
    }

    /// <summary>The filters as query parameters; empty ones left out.</summary>
    public IReadOnlyDictionary<string, string?> Query()
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (Group is not null)
        {
            query["group"] = Group;
        }

        if (Channel is { } channel)
        {
            query["channel"] = SurveyChannels.Id(channel);
        }

        if (Answer is var (question, option))
        {
            query["answer"] = $"{question}:{option}";
        }

        if (Search is not null)
        {
            query["q"] = Search;
        }

        if (Concerns)
        {
            query["concerns"] = "yes";
        }

        return query;
    }

    /// <summary>
    /// The filters in words, for the audit log: that words were searched for, never the words, which may be a name or
    /// a phone number someone wrote.
    /// </summary>
    public string Describe() =>
        Query() is { Count: > 0 } query
            ? string.Join(", ", query.Select(pair => pair.Key == "q" ? "words in written answers" : $"{pair.Key}={pair.Value}"))
            : "no filters";
}
