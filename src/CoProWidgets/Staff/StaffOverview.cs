using CoProWidgets.Rendering;
using CoProWidgets.Safeguarding;
using CoProWidgets.Storage;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Staff;

/// <summary>What the staff workspace shows about each survey: when it runs, how many have answered, and when.</summary>
internal sealed class StaffOverview(CoProDbContextFactory contexts, SurveyProvider surveys, SurveyService service, ResultsDisclosure disclosure, PublishedResults published, ResponseBursts bursts, SafeguardingQueue safeguarding, UkClock clock, IStringLocalizer<StaffSurveysText> text)
{
    /// <summary>How many days the chart on a survey's page shows, ending today.</summary>
    public const int ChartDays = 28;

    /// <summary>Every survey file with a good version, by title, each saying whether its scheduled publication is paused.</summary>
    public async Task<IReadOnlyList<StaffSurveyRow>> SurveysAsync(CancellationToken cancellationToken)
    {
        var definitions = surveys.Names().Select(name => surveys.Get(name).Value).OfType<SurveyDefinition>().OrderBy(survey => survey.Title, StringComparer.CurrentCulture).ToList();
        var names = definitions.Select(survey => survey.Name).ToList();
        await using var db = contexts.Create();
        var counts = (await db.SurveyResponses.AsNoTracking().Where(response => names.Contains(response.Survey))
                .GroupBy(response => response.Survey).Select(group => new { Survey = group.Key, Count = group.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(row => row.Survey, row => row.Count, StringComparer.Ordinal);
        var rows = new List<StaffSurveyRow>(definitions.Count);
        foreach (var survey in definitions)
        {
            // A pause lasts until staff act, so the first page says so, not only the survey's own page.
            rows.Add(new StaffSurveyRow(survey.Name, survey.Title, Status(survey), survey.Opens, survey.Closes, counts.GetValueOrDefault(survey.Name))
            {
                SchedulePaused = await PausingBurstAsync(survey, cancellationToken) is not null,
            });
        }

        return rows;
    }

    /// <summary>One survey: its responses in total, per day (UK dates), by language and by respondent group, and what the public sees.</summary>
    public async Task<StaffSurveyViewModel> SurveyAsync(SurveyDefinition survey, int suppressBelow, IReadOnlyList<string> offered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(offered);
        await using var db = contexts.Create();
        var rows = await db.SurveyResponses.AsNoTracking().Where(response => response.Survey == survey.Name && !response.Excluded)
            .Select(response => new { response.SubmittedAt, response.Channel, response.Language }).ToListAsync(cancellationToken);
        var days = rows
            .GroupBy(row => UkClock.DayOf(row.SubmittedAt))
            .OrderByDescending(group => group.Key)
            .Select(group => new StaffDayRow(group.Key, group.Count()))
            .ToList();
        var today = clock.Today;
        var recent = Enumerable.Range(0, ChartDays).Select(ago => today.AddDays(ago - ChartDays + 1))
            .Select(day => new StaffDayRow(day, days.FirstOrDefault(row => row.Date == day)?.Responses ?? 0)).ToList();
        var tally = await SurveyTally.ReadAsync(contexts, survey.Name, cancellationToken);
        var group = survey.GroupQuestion;
        var notShown = disclosure.WhyNotShown(survey);
        return new StaffSurveyViewModel
        {
            Name = survey.Name,
            Title = survey.Title,
            Status = Status(survey),
            Opens = survey.Opens,
            Closes = survey.Closes,
            Responses = rows.Count,
            Days = days,
            RecentDays = recent,
            Channels = SurveyChannels.All.Select(channel => new StaffCountRow(SurveyChannels.Label(channel), rows.Count(row => row.Channel == channel))).ToList(),
            Languages = StaffLanguages.Count(rows.Select(row => row.Language), offered),
            GroupQuestion = group?.Text,
            Groups = group is null ? [] : group.Options.Select(option => new StaffGroupRow(SurveyWords.Label(option), tally.Of(group.Id, option.Id, string.Empty))).ToList(),
            PublicResults = notShown ?? await PublishedSentenceAsync(survey, rows.Count, suppressBelow, cancellationToken),
            CanPublish = notShown is null,
            Review = await ReviewAsync(survey, suppressBelow, cancellationToken),
            Burst = await BurstAsync(survey, cancellationToken),
            Concerns = await safeguarding.CountAsync(survey.Name, cancellationToken) is var (all, open) && all > 0 ? new StaffCountRow(text["Survey.Concerns.Count", StaffFormat.Number(all), StaffFormat.Number(open)], open) : null,
            CanWithdraw = await published.LatestAsync(survey, cancellationToken) is not null,
        };
    }

    /// <summary>
    /// What to check before publishing: each group a staff publication now would show for the first time (or again),
    /// by the same audit the publication itself runs, with how many of its responses arrived since the last
    /// publication. A small group lifted over the threshold by a burst of invented responses would let whoever sent
    /// them subtract their own answers and read the real ones: staff look, and exclude what is not genuine, before the
    /// group is ever shown.
    /// </summary>
    private async Task<IReadOnlyList<string>> ReviewAsync(SurveyDefinition survey, int suppressBelow, CancellationToken cancellationToken)
    {
        if (survey.GroupQuestion is not { } group || await published.PreviewAsync(survey, cancellationToken) is not { } preview)
        {
            return [];
        }

        var latest = await published.LatestAsync(survey, cancellationToken);
        var appearing = group.Options.Where(option => SnapshotPolicy.Published(survey).Where(question => !question.IsGroup).Any(question =>
                Shows(survey, question, preview.Tally, preview.Hidden, option.Id, suppressBelow)
                && (latest is null || !Shows(survey, question, latest.Tally, latest.Hidden, option.Id, suppressBelow))))
            .ToList();
        var warnings = new List<string>();
        if (appearing.Count > 0)
        {
            // The groups chosen in responses since the last publication, read once for every group about to appear.
            var since = latest?.PublishedAt ?? DateTime.MinValue;
            await using var db = contexts.Create();
            var recentGroups = (await db.SurveyResponses.AsNoTracking()
                    .Where(response => response.Survey == survey.Name && !response.Excluded && response.SubmittedAt > since)
                    .Select(response => response.Answers).ToListAsync(cancellationToken))
                .Select(answers => SurveyAnswers.FromJson(answers).TextOf(group.Id))
                .ToList();
            foreach (var option in appearing)
            {
                var recent = recentGroups.Count(chosen => chosen == option.Id);
                warnings.Add(text["Survey.Review.Appearing", SurveyWords.Label(option), StaffFormat.Number(recent), StaffFormat.Number(preview.Tally.Of(group.Id, option.Id, string.Empty))]);
            }
        }

        var hidden = preview.Hidden.Count(pair => !preview.Held.Contains(pair.Key));
        if (preview.Held.Count > 0 || hidden > 0)
        {
            warnings.Add(text["Survey.Review.Held", StaffFormat.Number(preview.Held.Count), StaffFormat.Number(hidden), StaffFormat.Number(suppressBelow)]);
        }

        return warnings;
    }

    private static bool Shows(SurveyDefinition survey, SurveyQuestion question, SurveyTally tally, IReadOnlyDictionary<string, IReadOnlySet<string>> hidden, string group, int suppressBelow)
    {
        var (everyoneHidden, groupsHidden) = Suppression.Of(survey, question, tally, suppressBelow, hidden.GetValueOrDefault(question.Id));
        var index = survey.GroupQuestion!.Options.ToList().FindIndex(option => option.Id == group);
        return !everyoneHidden && !groupsHidden[index] && tally.Of(question.Id, string.Empty, group) > 0;
    }

    /// <summary>A burst of responses to one group that pauses scheduled publication, in a sentence, or null.</summary>
    private async Task<string?> BurstAsync(SurveyDefinition survey, CancellationToken cancellationToken)
    {
        if (await PausingBurstAsync(survey, cancellationToken) is not { } burst)
        {
            return null;
        }

        var label = survey.GroupQuestion?.ShownLabelOf(burst.Group) ?? burst.Group;
        return text["Survey.Burst", StaffFormat.Number(burst.Responses), label, StaffResponses.Time(burst.From), StaffResponses.Time(burst.To)];
    }

    /// <summary>
    /// The burst that pauses the survey's scheduled publication, or null: it lasts until staff publish (the burst is
    /// then before the latest snapshot) or exclude enough of it, never lifted by time alone, since waiting does not
    /// make invented responses genuine. A survey published only by staff has no schedule to pause.
    /// </summary>
    private async Task<ResponseBurst?> PausingBurstAsync(SurveyDefinition survey, CancellationToken cancellationToken) =>
        survey.Results == SurveyResultsShown.AfterReview ? null : await bursts.FindAsync(survey, cancellationToken);

    /// <summary>What the public results page shows, in words, and when it next moves.</summary>
    private async Task<string> PublishedSentenceAsync(SurveyDefinition survey, int stored, int suppressBelow, CancellationToken cancellationToken)
    {
        var latest = await published.LatestAsync(survey, cancellationToken);
        var since = stored - (latest?.Tally.Responses ?? 0);
        var shown = latest is null
            ? text["Survey.Public.None"]
            : text["Survey.Public.Shown", StaffResponses.Time(latest.PublishedAt), StaffFormat.Number(latest.Tally.Responses), StaffFormat.Number(suppressBelow)]
                + (latest.Held.Count == 0 ? string.Empty : " " + text["Survey.Public.Held", StaffFormat.Number(latest.Held.Count)]);

        // One sentence for each count and each way the figures move, so a translation never joins fragments.
        var moves = since < suppressBelow ? "Waits" : survey.Results == SurveyResultsShown.AfterReview ? "MovesWhenPublished" : "MovesWhenLooked";
        var arrived = text[$"Survey.Public.Arrived.{(since == 1 ? "One" : "Other")}.{moves}", StaffFormat.Number(since), StaffFormat.Number(suppressBelow)];
        return $"{shown} {arrived}";
    }

    private string Status(SurveyDefinition survey) => text[service.StatusOf(survey) switch
    {
        SurveyStatus.NotYetOpen => "Status.NotYetOpen",
        SurveyStatus.Closed => "Status.Closed",
        _ => "Status.Open",
    }];

    /// <summary>A date as staff pages write it (3 December 2026), or null when it is not set.</summary>
    public static string? Date(DateOnly? date) => date is { } day ? StaffFormat.Date(day) : null;
}

/// <summary>One survey in the staff overview's table.</summary>
/// <param name="Name">The survey file's name.</param>
/// <param name="Title">Its title.</param>
/// <param name="Status">Open, closed or not yet open, today.</param>
/// <param name="Opens">When it opens, if set.</param>
/// <param name="Closes">When it closes, if set.</param>
/// <param name="Responses">How many responses are stored.</param>
public sealed record StaffSurveyRow(string Name, string Title, string Status, DateOnly? Opens, DateOnly? Closes, int Responses)
{
    /// <summary>Whether a burst of responses to one group has paused its scheduled publication until staff act.</summary>
    public bool SchedulePaused { get; init; }
}
