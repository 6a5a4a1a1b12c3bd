using System.Globalization;
using CoProWidgets.Content;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// A question's result as one sentence in simple words ("Most people agreed: 32 out of 50 people."), for results shown
/// in Easy Read. It is made from the figures the results already publish for everyone, never from a group's row or a
/// figure held back for having too few responses: where everyone's figures are not shown, there is no sentence.
/// </summary>
/// <param name="Key">The sentence's key in <see cref="EasyReadText"/>.</param>
/// <param name="Arguments">The answer's words and the numbers, formatted for the reader's language.</param>
internal sealed record EasyReadHeadline(string Key, object[] Arguments)
{
    /// <summary>
    /// Whether the widget is being shown in Easy Read: the format the widget cache keys it by
    /// (<see cref="ContentVariant.CurrentFormat"/>, from the query on the library's pages or the tag helper's attribute),
    /// never the query read again here, so a kept widget always matches its key.
    /// </summary>
    public static bool IsRequested => ContentVariant.CurrentFormat == ContentFormat.EasyRead;

    /// <summary>The headline for a question, or null when everyone's figures are not published.</summary>
    public static EasyReadHeadline? For(ResultsQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.Rows.Count == 0 || question.Rows[0] is not { Suppressed: false } everyone)
        {
            return null;
        }

        if (question.IsAgreement)
        {
            return everyone.Agree is { Total: > 0 } agree
                ? new(agree.Value switch { >= 0.6 => "Headline.MostAgreed", >= 0.4 => "Headline.HalfAgreed", _ => "Headline.FewAgreed" }, [N(agree.Count), N(agree.Total)])
                : null;
        }

        var shares = everyone.Shares.Select((share, index) => (Share: share, Index: index)).Where(pair => pair.Share is { Total: > 0 } && pair.Index < question.Options.Count).ToList();
        if (shares.Count == 0)
        {
            return null;
        }

        var top = shares.MaxBy(pair => pair.Share.Count);
        if (shares.Count(pair => pair.Share.Count == top.Share.Count) > 1)
        {
            return new("Headline.Split", []);
        }

        var key = question.AllowsSeveral ? "Headline.ChosenMost" : top.Share.Value switch { > 0.5 => "Headline.MostChose", >= 0.4 => "Headline.HalfChose", _ => "Headline.ChosenMost" };
        return new(key, [question.Options[top.Index], N(top.Share.Count), N(top.Share.Total)]);
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
