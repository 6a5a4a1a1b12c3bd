using System.Globalization;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Staff;

/// <summary>A survey's anonymous responses for staff to read, newest first, filtered by group and by words in them.</summary>
internal sealed class StaffResponses(CoProDbContextFactory contexts)
{
    public const int PageSize = 20;
    public const int MaxSearchLength = 100;

    public async Task<StaffResponsesViewModel> ReadAsync(SurveyDefinition survey, string? group, string? search, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var groupQuestion = survey.GroupQuestion;
        group = groupQuestion?.Options.Any(option => option.Id == group) == true ? group : null;
        search = string.IsNullOrWhiteSpace(search) ? null : search.Trim()[..Math.Min(search.Trim().Length, MaxSearchLength)];

        // Read in order and filtered here: answers are stored as JSON, which the two databases query differently.
        await using var db = contexts.Create();
        var matching = new List<StaffResponse>();
        var total = 0;
        var rows = db.SurveyResponses.AsNoTracking().Where(response => response.Survey == survey.Name)
            .OrderByDescending(response => response.SubmittedAt).ThenByDescending(response => response.Id)
            .Select(response => new { response.SubmittedAt, response.Answers }).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            total++;
            var answers = SurveyAnswers.FromJson(row.Answers);
            if (group is not null && !answers.Of(groupQuestion!.Id).Contains(group))
            {
                continue;
            }

            var shown = survey.Questions.Select(question => new StaffAnswer(question.Text, question.Describe(answers.Of(question.Id)), question.Type == SurveyQuestionType.Text)).ToList();
            if (search is not null && !shown.Any(answer => answer.IsText && answer.Answer.Contains(search, StringComparison.CurrentCultureIgnoreCase)))
            {
                continue;
            }

            matching.Add(new StaffResponse(row.SubmittedAt, shown));
        }

        var pages = Math.Max(1, (matching.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        return new StaffResponsesViewModel
        {
            Name = survey.Name,
            Title = survey.Title,
            Total = total,
            Matching = matching.Count,
            Page = page,
            Pages = pages,
            Responses = matching.Skip((page - 1) * PageSize).Take(PageSize).ToList(),
            GroupQuestion = groupQuestion?.Text,
            Groups = groupQuestion?.Options.Select(option => new StaffGroupOption(option.Id, option.Label, option.Id == group)).ToList() ?? [],
            Search = search,
        };
    }

    /// <summary>When a response was sent, as staff pages write it (UK time).</summary>
    public static string Time(DateTime utc) =>
        SurveyService.InUk(utc).ToString("d MMMM yyyy, HH:mm", CultureInfo.GetCultureInfo("en-GB"));
}

/// <summary>One answer in a response, as staff read it.</summary>
/// <param name="Question">The question's text.</param>
/// <param name="Answer">The answer: the words written, the options' labels, or "Not answered".</param>
/// <param name="IsText">Whether the question took words rather than choices.</param>
public sealed record StaffAnswer(string Question, string Answer, bool IsText);

/// <summary>One anonymous response.</summary>
/// <param name="SubmittedAt">When it was sent (UTC).</param>
/// <param name="Answers">Its answers, in the survey's order.</param>
public sealed record StaffResponse(DateTime SubmittedAt, IReadOnlyList<StaffAnswer> Answers);

/// <summary>A respondent group to filter by.</summary>
/// <param name="Id">The option's id.</param>
/// <param name="Label">Its label.</param>
/// <param name="Selected">Whether the page is filtered by it.</param>
public sealed record StaffGroupOption(string Id, string Label, bool Selected);

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
    public required IReadOnlyList<StaffGroupOption> Groups { get; init; }

    /// <summary>The words searched for in written answers, if any.</summary>
    public string? Search { get; init; }

    /// <summary>This survey's staff page.</summary>
    public string SurveyUrl { get; init; } = string.Empty;

    /// <summary>This page, for the filter form and the page links.</summary>
    public string PageUrl { get; init; } = string.Empty;
}
