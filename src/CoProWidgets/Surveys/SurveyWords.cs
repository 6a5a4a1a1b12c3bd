using CoProWidgets.Localisation;

namespace CoProWidgets.Surveys;

/// <summary>
/// The survey's words for the code that checks answers and names steps: pure functions, also run by the staff entry
/// form and by tests, that have no request's services to hand. They read the same resources as the views, through the request's
/// localizer factory (<see cref="LibraryText"/>), in the
/// language of <see cref="System.Globalization.CultureInfo.CurrentUICulture"/> on each call.
/// </summary>
internal static class SurveyWords
{

    private static readonly Dictionary<SurveyOption, string> s_builtIn = new()
    {
        [SurveyParser.AgreementScale[0]] = "Option.StronglyAgree",
        [SurveyParser.AgreementScale[1]] = "Option.Agree",
        [SurveyParser.AgreementScale[2]] = "Option.NeitherAgreeNorDisagree",
        [SurveyParser.AgreementScale[3]] = "Option.Disagree",
        [SurveyParser.AgreementScale[4]] = "Option.StronglyDisagree",
        [SurveyParser.YesNo[0]] = "Option.Yes",
        [SurveyParser.YesNo[1]] = "Option.No",
        [SurveyParser.PreferNotToSay] = "Option.PreferNotToSay",
        [SurveyQuestionKinds.FriendsAndFamily[0]] = "Option.VeryGood",
        [SurveyQuestionKinds.FriendsAndFamily[1]] = "Option.Good",
        [SurveyQuestionKinds.FriendsAndFamily[2]] = "Option.NeitherGoodNorPoor",
        [SurveyQuestionKinds.FriendsAndFamily[3]] = "Option.Poor",
        [SurveyQuestionKinds.FriendsAndFamily[4]] = "Option.VeryPoor",
        [SurveyQuestionKinds.FriendsAndFamily[5]] = "Option.DontKnow",
    };

    public static string Get(string key) => LibraryText.For(typeof(SurveyText))[key];

    public static string Get(string key, params object[] arguments) => LibraryText.For(typeof(SurveyText))[key, arguments];

    /// <summary>
    /// An option's label as visitors read it: the library's own answers (agreement, yes or no, "Prefer not to say",
    /// the Friends and Family Test's) in their language; an editor's label as written.
    /// </summary>
    public static string Label(SurveyOption option) =>
        s_builtIn.TryGetValue(option, out var key) ? Get(key) : option.Label;
}
