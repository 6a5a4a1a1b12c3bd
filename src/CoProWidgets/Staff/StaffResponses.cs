using System.Runtime.CompilerServices;
using CoProWidgets.Content;
using CoProWidgets.Localisation;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Staff;

/// <summary>A survey's anonymous responses for staff to read, newest first, filtered by group, language and words in them.</summary>
internal sealed class StaffResponses(CoProDbContextFactory contexts, IOptions<CoProWidgetsOptions> options)
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
            var shown = survey.Questions.Select(question => new StaffAnswer(question.ShownText, notAsked.Contains(question.Id) ? SurveyNotAsked.Words : question.Describe(answers.Of(question.Id)), question.Type == SurveyQuestionType.Text && !notAsked.Contains(question.Id))
            {
                Written = question.Type == SurveyQuestionType.Text && !notAsked.Contains(question.Id) && answers.Of(question.Id).Count > 0,
            }).ToList();
            matching.Add(new StaffResponse(row.SubmittedAt, SurveyChannels.Label(row.Channel), shown)
            {
                Id = row.Id,
                Excluded = row.Excluded,
                Flags = row.FlagList,
                Safeguarding = row.Safeguarding,
                Blanked = row.Blanked,
                Event = row.EventName,
                Language = StaffLanguages.Of(row.Language),
                EasyRead = row.Format == ContentVariant.EasyReadName,
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
            Languages = Offered.Count < 2 ? [] : Offered.Select(tag => new StaffLanguageChoice(StaffLanguages.Of(tag), string.Equals(tag, filter.Language, StringComparison.OrdinalIgnoreCase))).ToList(),
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

        if (filter.Language is { } language)
        {
            // A response recorded in a region of the language (cy-GB, when the host's localisation chose it) is in it.
            var region = language + "-";
            query = query.Where(response => response.Language == language || response.Language.StartsWith(region));
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

    /// <summary>The languages the site offers, to filter by.</summary>
    public IReadOnlyList<string> Offered => OfferedLanguages.Of(options.Value);

    private async Task<int> CountAsync(SurveyDefinition survey, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.SurveyResponses.CountAsync(response => response.Survey == survey.Name, cancellationToken);
    }

    /// <summary>When a response was sent, as staff pages write it (UK time, in the page's language).</summary>
    public static string Time(DateTime utc) => StaffFormat.Time(utc);
}
