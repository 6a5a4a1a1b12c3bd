namespace CoProWidgets.Surveys;

/// <summary>How a response reached the survey: sent by the respondent, or entered by staff on their behalf.</summary>
internal enum SurveyChannel
{
    /// <summary>Sent from the survey on this site's own pages.</summary>
    Online = 0,

    /// <summary>Sent from the survey embedded on another site.</summary>
    Embedded = 1,

    /// <summary>A paper form or postcard, entered by staff.</summary>
    Paper = 2,

    /// <summary>Answers given by phone, entered by staff.</summary>
    Phone = 3,

    /// <summary>Answers given at an event, entered by staff.</summary>
    Event = 4,
}

/// <summary>The channels' ids and labels, as staff pages, exports and forms write them.</summary>
internal static class SurveyChannels
{
    public const int MaxLength = 20;

    /// <summary>Every channel, in the order pages list them.</summary>
    public static IReadOnlyList<SurveyChannel> All { get; } = Enum.GetValues<SurveyChannel>();

    /// <summary>The channels staff enter responses for.</summary>
    public static IReadOnlyList<SurveyChannel> EnteredByStaff { get; } = [SurveyChannel.Paper, SurveyChannel.Phone, SurveyChannel.Event];

    public static string Id(SurveyChannel channel) => channel.ToString().ToLowerInvariant();

    /// <summary>The channel in words, in the language shown; exports write its <see cref="Id"/>.</summary>
    public static string Label(SurveyChannel channel) => SurveyWords.Get("Channel." + channel);

    /// <summary>The channel an id names, or null when it names none.</summary>
    public static SurveyChannel? Parse(string? id) =>
        All.Select(channel => (SurveyChannel?)channel).FirstOrDefault(channel => Id(channel!.Value) == id);
}
