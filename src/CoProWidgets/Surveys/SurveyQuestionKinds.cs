using System.Globalization;
using System.Text.RegularExpressions;
using CoProWidgets.Content;

namespace CoProWidgets.Surveys;

/// <summary>
/// The settings of the question types that build their own answers: <c>number</c> (<c>min</c>, <c>max</c>,
/// <c>bands</c>), <c>date</c> (<c>earliest</c>, <c>latest</c>), <c>rating</c> (<c>from</c>, <c>to</c>, <c>labels</c>),
/// <c>friends-and-family</c>, and the <c>other</c> option of a single or multiple question. Each setting is refused on
/// a type it means nothing to, so a mistyped type never silently drops a range.
/// </summary>
internal static partial class SurveyQuestionKinds
{
    public const int MaxRatingPoints = 11;

    /// <summary>The settings only some types take, and which.</summary>
    private static readonly (string Key, SurveyQuestionType[] Types)[] s_only =
    [
        ("min", [SurveyQuestionType.Number]),
        ("max", [SurveyQuestionType.Number]),
        ("bands", [SurveyQuestionType.Number]),
        ("earliest", [SurveyQuestionType.Date]),
        ("latest", [SurveyQuestionType.Date]),
        ("from", [SurveyQuestionType.Rating]),
        ("to", [SurveyQuestionType.Rating]),
        ("other", [SurveyQuestionType.Single, SurveyQuestionType.Multiple]),
        ("labels", [SurveyQuestionType.Agreement, SurveyQuestionType.Rating]),
    ];

    public static void RejectMisplaced(ContentFile file, SettingLines settings, SurveyQuestionType type)
    {
        foreach (var (key, types) in s_only)
        {
            if (settings.Has(key) && !types.Contains(type))
            {
                throw file.Error(settings.LineOf(key), types.Length == 1
                    ? SurveyErrorText.Of("Kinds.OnlyFor.One", key, ContentValues.Kebab(types[0]))
                    : SurveyErrorText.Of("Kinds.OnlyFor.Two", key, ContentValues.Kebab(types[0]), ContentValues.Kebab(types[1])));
            }
        }
    }

    /// <summary>A rating scale: a radio for each point from <c>from</c> (default 0) to <c>to</c> (default 10), the ends labelled.</summary>
    public static List<SurveyOption> Rating(ContentFile file, SettingLines settings)
    {
        var from = settings.GetNumber("from", 0, 100) ?? 0;
        var to = settings.GetNumber("to", 0, 100) ?? 10;
        if (to - from + 1 is < 3 or > MaxRatingPoints)
        {
            throw file.Error(settings.LineOf(settings.Has("to") ? "to" : "from"), SurveyErrorText.Of("Kinds.RatingPoints", MaxRatingPoints));
        }

        var labels = settings.Get("labels")?.Split('|', StringSplitOptions.TrimEntries) ?? [];
        if (labels.Length != 2 || labels.Any(label => label.Length is 0 or > SurveyParser.MaxLabelLength))
        {
            throw file.Error(settings.LineOf("labels"), SurveyErrorText.Of("Kinds.RatingLabels"));
        }

        return Enumerable.Range(from, to - from + 1).Select(point =>
        {
            var id = point.ToString(CultureInfo.InvariantCulture);
            return new SurveyOption(id, point == from ? $"{id} – {labels[0]}" : point == to ? $"{id} – {labels[1]}" : id);
        }).ToList();
    }

    /// <summary>NHS England's six answers to the Friends and Family Test question, in its order.</summary>
    public static readonly IReadOnlyList<SurveyOption> FriendsAndFamily =
    [
        new("very-good", "Very good"),
        new("good", "Good"),
        new("neither", "Neither good nor poor"),
        new("poor", "Poor"),
        new("very-poor", "Very poor"),
        new("dont-know", "Don’t know"),
    ];

    /// <summary>The answers NHS England counts as positive and as negative.</summary>
    public static readonly IReadOnlyList<string> Positive = ["very-good", "good"], Negative = ["poor", "very-poor"];

    public const string FriendsAndFamilyWording = "Overall, how was your experience of our service?";

    /// <summary>
    /// The question must keep NHS England's wording, so its results compare with every other provider's; the guidance
    /// lets "our service" name the service instead ("...of the Rowan Ward?").
    /// </summary>
    public static void CheckFriendsAndFamily(ContentFile file, int line, string text)
    {
        if (!FriendsAndFamilyText().IsMatch(text))
        {
            throw file.Error(line, SurveyErrorText.Of("Kinds.FriendsAndFamily", FriendsAndFamilyWording));
        }
    }

    /// <summary>The option that opens a text box, from <c>other: Other (please say)</c>; null without the setting.</summary>
    public static SurveyOption? Other(ContentFile file, SettingLines settings, bool equality)
    {
        if (settings.Get("other") is not { } label)
        {
            return null;
        }

        if (equality)
        {
            // Words written about a protected characteristic would be read beside each response's other answers.
            throw file.Error(settings.LineOf("other"), SurveyErrorText.Of("Kinds.EqualityOther"));
        }

        return label.Length is 0 or > SurveyParser.MaxLabelLength
            ? throw file.Error(settings.LineOf("other"), SurveyErrorText.Of("Kinds.OtherLabel", SurveyParser.MaxLabelLength))
            : new SurveyOption(OtherId, label);
    }

    /// <summary>The id the "other" option is stored under.</summary>
    public const string OtherId = "other";

    [GeneratedRegex(@"^Overall, how was your experience of .{1,150}\?$", RegexOptions.CultureInvariant)]
    private static partial Regex FriendsAndFamilyText();
}
