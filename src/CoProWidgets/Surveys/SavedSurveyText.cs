using CoProWidgets.Rendering;

namespace CoProWidgets.Surveys;

/// <summary>What "save and come back later" says to a visitor that is not in its view: its errors and its email.</summary>
internal static class SavedSurveyText
{
    public const string EmailField = "email";

    public static string CannotSave => SurveyWords.Get("Saved.Errors.CannotSave");

    public static string NotSent => SurveyWords.Get("Saved.Errors.NotSent");

    public static string TooManyForThisAddress => SurveyWords.Get("Saved.Errors.TooMany");

    /// <summary>The email's text, in the language the person saved their answers in.</summary>
    public static string EmailBody(string surveyTitle, Uri link, DateTime expiresAt) =>
        $"""
        {SurveyWords.Get("Email.Saved", surveyTitle)}

        {SurveyWords.Get("Email.OpenLink")}
        {link}

        {SurveyWords.Get("Email.Until", Until(expiresAt))}

        {SurveyWords.Get("Email.Ignore")}
        """;

    /// <summary>The UK day the answers are deleted, such as "14 December 2026", with the month in the visitor's language.</summary>
    public static string Until(DateTime expiresAtUtc) => SurveyDateBounds.Long(UkClock.DayOf(expiresAtUtc));
}
