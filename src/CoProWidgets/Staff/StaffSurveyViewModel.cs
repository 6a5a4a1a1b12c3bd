namespace CoProWidgets.Staff;

/// <summary>Responses stored on one day (UK date).</summary>
/// <param name="Date">The day.</param>
/// <param name="Responses">How many.</param>
public sealed record StaffDayRow(DateOnly Date, int Responses);

/// <summary>A count with its label.</summary>
/// <param name="Label">What is counted.</param>
/// <param name="Count">How many.</param>
public sealed record StaffCountRow(string Label, int Count);

/// <summary>Responses from one respondent group.</summary>
/// <param name="Group">The group's label.</param>
/// <param name="Responses">How many chose it.</param>
public sealed record StaffGroupRow(string Group, long Responses);

/// <summary>What the staff page for one survey (<c>Views/CoProWidgets/Staff/Survey.cshtml</c>) shows.</summary>
public sealed record StaffSurveyViewModel
{
    /// <summary>The survey file's name.</summary>
    public required string Name { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>The staff workspace's first page.</summary>
    public string OverviewUrl { get; init; } = string.Empty;

    /// <summary>The page of this survey's responses.</summary>
    public string ResponsesUrl { get; init; } = string.Empty;

    /// <summary>The form for entering a paper, phone or event response.</summary>
    public string EnterUrl { get; init; } = string.Empty;

    /// <summary>The form for making a kiosk link, to run the survey on a shared tablet at an event.</summary>
    public string KioskUrl { get; init; } = string.Empty;

    /// <summary>Whether the page follows a response staff just entered.</summary>
    public bool Entered { get; init; }

    /// <summary>Open, closed or not yet open, today.</summary>
    public required string Status { get; init; }

    /// <summary>When it opens, if set.</summary>
    public DateOnly? Opens { get; init; }

    /// <summary>When it closes, if set.</summary>
    public DateOnly? Closes { get; init; }

    /// <summary>How many responses are stored.</summary>
    public int Responses { get; init; }

    /// <summary>Responses per day, newest first, days with none left out.</summary>
    public required IReadOnlyList<StaffDayRow> Days { get; init; }

    /// <summary>Responses on each of the last <see cref="StaffOverview.ChartDays"/> days, oldest first, days with none included: the chart.</summary>
    public required IReadOnlyList<StaffDayRow> RecentDays { get; init; }

    /// <summary>Responses by how they arrived: online here or on another site, paper, phone, event.</summary>
    public required IReadOnlyList<StaffCountRow> Channels { get; init; }

    /// <summary>Responses per language that has any, the offered languages first in the site's order.</summary>
    public IReadOnlyList<StaffLanguageRow> Languages { get; init; } = [];

    /// <summary>The question results are split by, if the survey has one.</summary>
    public string? GroupQuestion { get; init; }

    /// <summary>Responses per group, in the question's order.</summary>
    public required IReadOnlyList<StaffGroupRow> Groups { get; init; }

    /// <summary>What the public results page shows now, in a sentence.</summary>
    public required string PublicResults { get; init; }

    /// <summary>What to check before publishing: groups the next snapshot would show for the first time.</summary>
    public IReadOnlyList<string> Review { get; init; } = [];

    /// <summary>Whether the results may be published today (the survey's results may be shown).</summary>
    public bool CanPublish { get; init; }

    /// <summary>The printable report of the published results.</summary>
    public string ReportUrl { get; init; } = string.Empty;

    /// <summary>Where the form that publishes the results now posts.</summary>
    public string PublishUrl { get; init; } = string.Empty;

    /// <summary>Whether the page follows a publication: true when published, false when there was too little new.</summary>
    public bool? Published { get; init; }

    /// <summary>A burst of responses to one group that pauses scheduled publication, in a sentence, or null.</summary>
    public string? Burst { get; init; }

    /// <summary>The possible safeguarding concerns in its responses (how many raised and waiting, in words, and how many wait), or null when none was ever raised.</summary>
    public StaffCountRow? Concerns { get; init; }

    /// <summary>The responses page showing only those that may hold a safeguarding concern.</summary>
    public string ConcernsUrl { get; init; } = string.Empty;

    /// <summary>Whether a published snapshot is shown that staff could withdraw.</summary>
    public bool CanWithdraw { get; init; }

    /// <summary>Where the form that withdraws the latest snapshot posts.</summary>
    public string WithdrawUrl { get; init; } = string.Empty;

    /// <summary>Whether the page follows a withdrawal: true when one was withdrawn, false when there was none.</summary>
    public bool? Withdrawn { get; init; }
}
