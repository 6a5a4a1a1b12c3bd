using CoProWidgets.Rendering;

namespace CoProWidgets.Surveys;

/// <summary>Every sentence "save and come back later" says to a visitor, in one place.</summary>
internal static class SavedSurveyText
{
    public const string EmailField = "email";

    public const string CannotSave = "Your answers could not be saved just now. Nothing you typed is lost: continue the survey, or try saving again later.";

    public const string LinkGone = "This link to saved answers has expired or does not work. Saved answers are deleted after a set time, and once they are submitted.";

    public const string NotSent = "The email could not be sent just now. Copy the link instead, or try again later.";

    public const string TooManyForThisAddress = "That email address has been sent several links today. Copy the link instead.";

    public const string EnterEmail = "Enter your email address";

    public const string EmailFormat = "Enter an email address in the correct format, like name@example.com";

    public static string EmailBody(string surveyTitle, Uri link, DateTime expiresAt) =>
        $"""
        You saved your answers to "{surveyTitle}" to finish later.

        To carry on where you stopped, open this link:
        {link}

        Your saved answers are kept until {Until(expiresAt)}, then deleted. Anyone with the link can see them, so do not share it.

        If you did not ask for this email, you can ignore it: nothing else will be sent.
        """;

    /// <summary>The UK day the answers are deleted, such as "14 December 2026".</summary>
    public static string Until(DateTime expiresAtUtc) => UkDate.Long(UkClock.InUk(expiresAtUtc));
}
