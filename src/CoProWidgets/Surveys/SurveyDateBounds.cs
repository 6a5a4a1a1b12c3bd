using System.Globalization;
using CoProWidgets.Content;

namespace CoProWidgets.Surveys;

/// <summary>
/// The dates a <c>date</c> question accepts, and checking one as the GOV.UK date input pattern does: day, month and
/// year typed in three boxes, each error saying which part is wrong and highlighting only that part. A date is stored as
/// <c>yyyy-MM-dd</c>; while it is wrong, as the three parts typed, so the page shows them again.
/// </summary>
/// <param name="Earliest">The first date accepted, or null.</param>
/// <param name="Latest">The last date accepted, or null.</param>
internal sealed record SurveyDateBounds(DateOnly? Earliest, DateOnly? Latest)
{
    public static readonly IReadOnlyList<string> Parts = ["day", "month", "year"];

    private static readonly CultureInfo s_uk = CultureInfo.GetCultureInfo("en-GB");

    public static SurveyDateBounds Read(ContentFile file, SettingLines settings)
    {
        var earliest = Day(file, settings, "earliest");
        var latest = Day(file, settings, "latest");
        return earliest is not null && latest is not null && latest < earliest
            ? throw file.Error(settings.LineOf("latest"), SurveyErrorText.Of("Dates.LatestBeforeEarliest", latest.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), earliest.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            : new(earliest, latest);
    }

    /// <summary>A stored date as people read it, such as "5 March 2026", with the month in their language.</summary>
    public static string Describe(string value) => Stored(value) is { } date ? Long(date) : value;

    /// <summary>The date of a stored answer, or null.</summary>
    public static DateOnly? Stored(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The day, month and year to show in the boxes: those typed, or those of the stored date.</summary>
    public static IReadOnlyList<string> Typed(IReadOnlyList<string> values) =>
        values.Count == 3 ? values
        : values.Count == 1 && Stored(values[0]) is { } date ? [date.Day.ToString(CultureInfo.InvariantCulture), date.Month.ToString(CultureInfo.InvariantCulture), date.Year.ToString(CultureInfo.InvariantCulture)]
        : ["", "", ""];

    /// <summary>What to store for the three parts typed: the date when it is one, else the parts; nothing when all are empty.</summary>
    public static IReadOnlyList<string> FromParts(string day, string month, string year) =>
        day.Length + month.Length + year.Length == 0 ? []
        : ToDate(day, month, year) is { } date ? [date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]
        : [day, month, year];

    /// <summary>
    /// What is wrong with an answer, in GOV.UK's words for the date input: the message, the part to link to ("" for the
    /// day or the date as a whole) and the parts to highlight; null when nothing is.
    /// </summary>
    public (string Message, string Part, IReadOnlyList<string> Highlight)? Check(IReadOnlyList<string> values)
    {
        if (values.Count == 1 && Stored(values[0]) is { } date)
        {
            return (Earliest, Latest) switch
            {
                ({ } from, { } to) when date < from || date > to => (SurveyWords.Get("Errors.DateBetween", Long(from), Long(to)), "", Parts),
                ({ } from, null) when date < from => (SurveyWords.Get("Errors.DateFrom", Long(from)), "", Parts),
                (null, { } to) when date > to => (SurveyWords.Get("Errors.DateTo", Long(to)), "", Parts),
                _ => null,
            };
        }

        if (values.Count != 3)
        {
            return (SurveyWords.Get("Errors.DateReal"), "", Parts);
        }

        var missing = Parts.Where((_, i) => values[i].Length == 0).ToList();
        if (missing.Count > 0)
        {
            // "Errors.DateMissing.DayYear" and so on: one sentence for each set of parts, as each language words it.
            return (SurveyWords.Get("Errors.DateMissing." + string.Concat(missing.Select(part => char.ToUpperInvariant(part[0]) + part[1..]))), Link(missing[0]), missing);
        }

        var day = int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31;
        var month = Month(values[1]) is not null;
        if (!day || !month)
        {
            return (SurveyWords.Get("Errors.DateReal"), day ? "month" : "", day ? ["month"] : month ? ["day"] : Parts);
        }

        return values[2].Length != 4 || !values[2].All(char.IsAsciiDigit)
            ? (SurveyWords.Get("Errors.YearDigits"), "year", ["year"])
            : (SurveyWords.Get("Errors.DateReal"), "", Parts);
    }

    private static string Link(string part) => part == "day" ? "" : part;

    private static DateOnly? ToDate(string day, string month, string year) =>
        int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && Month(month) is { } m
        && year.Length == 4 && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= 1
        && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    /// <summary>A month as a number, or written as people read it off a letter ("March", "Mar").</summary>
    private static int? Month(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number is >= 1 and <= 12 ? number : null;
        }

        var index = Array.FindIndex(s_uk.DateTimeFormat.MonthNames, name => name.Length > 0 && (string.Equals(name, text, StringComparison.OrdinalIgnoreCase) || (text.Length >= 3 && string.Equals(name[..3], text, StringComparison.OrdinalIgnoreCase))));
        return index >= 0 ? index + 1 : null;
    }

    /// <summary>A date such as "5 March 2026", with the month's name in the language of <see cref="CultureInfo.CurrentCulture"/>.</summary>
    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    private static DateOnly? Day(ContentFile file, SettingLines settings, string key) =>
        settings.Get(key) is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw file.Error(settings.LineOf(key), SurveyErrorText.Of("Dates.Format", key));
}
