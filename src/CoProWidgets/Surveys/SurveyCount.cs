namespace CoProWidgets.Surveys;

/// <summary>
/// A running count kept as responses arrive, so results never scan the responses: how many chose an option of a
/// question, overall (<see cref="Group"/> empty) and within a respondent group. The row with an empty
/// <see cref="Option"/> counts the responses that answered the question at all, the base of every share; the row
/// with an empty <see cref="Question"/> counts the survey's responses.
/// </summary>
internal sealed class SurveyCount
{
    public const int MaxIdLength = 100;

    public string Survey { get; set; } = string.Empty;

    public string Question { get; set; } = string.Empty;

    public string Option { get; set; } = string.Empty;

    public string Group { get; set; } = string.Empty;

    public long Count { get; set; }
}
