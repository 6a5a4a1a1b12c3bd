using CoProWidgets.Localisation;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// The figures of the results in words, in the language the request is shown in: every sentence is one resource
/// (<see cref="ResultsText"/>) with the figures as its placeholders, the numbers written as the culture writes them
/// (<see cref="ShownCulture"/>).
/// </summary>
internal sealed class ResultsWords(IStringLocalizer<ResultsText> text)
{
    /// <summary>
    /// The words for code that builds figures with no request's services at hand (the audits' adversaries read
    /// counts, not words): the request's localizer factory where there is one (<see cref="LibraryText"/>).
    /// </summary>
    public static ResultsWords Library => new(new StringLocalizer<ResultsText>(LibraryText.Factory));

    /// <summary>The sentence <paramref name="key"/>, with its placeholders filled.</summary>
    public string this[string key, params object[] arguments] => text[key, arguments].Value;

    /// <summary>"Everyone": the label of the row of everyone's answers.</summary>
    public string Everyone => text["Row.Everyone"].Value;

    /// <summary>What a table cell or a chart shows in place of a hidden row.</summary>
    public string NotShown => text["Row.NotShown"].Value;

    /// <summary>What separates the parts of a list of figures in one sentence ("; ").</summary>
    public string Separator => text["Words.Separator"].Value;

    /// <summary>A share as a whole percentage, rounded half away from zero as published tables round, such as "45%".</summary>
    public static string Percent(double share) => ShownCulture.Percent((long)Math.Round(share * 100, MidpointRounding.AwayFromZero));

    /// <summary>A confidence interval, such as "36% to 54%".</summary>
    public string Interval(double low, double high) => text["Share.Interval", Percent(low), Percent(high)].Value;

    /// <summary>A count in running words ("15 people asked"), written as before: without digit grouping.</summary>
    public static string Count(long value) => ShownCulture.Plain(value);

    /// <summary>The key for one or many: <paramref name="key"/>.One or <paramref name="key"/>.Other.</summary>
    public static string Plural(string key, long count) => count == 1 ? key + ".One" : key + ".Other";
}
