using System.Globalization;
using CoProWidgets.SurveyResults;

namespace CoProWidgets.Tests.SurveyResults;

/// <summary>Results in Easy Read: one sentence in simple words per question, from everyone's published figures only.</summary>
public sealed class EasyReadHeadlineTests
{
    [Theory]
    [InlineData(32, 50, "Headline.MostAgreed")]
    [InlineData(24, 50, "Headline.HalfAgreed")]
    [InlineData(10, 50, "Headline.FewAgreed")]
    public void For_AgreementQuestion_SaysHowManyAgreed(long agreed, long total, string key)
    {
        var headline = EasyReadHeadline.For(Question(isAgreement: true, agree: Share(agreed, total)))!;

        Assert.Equal(key, headline.Key);
        Assert.Equal([agreed.ToString(CultureInfo.CurrentCulture), total.ToString(CultureInfo.CurrentCulture)], headline.Arguments);
    }

    [Fact]
    public void For_ChoiceQuestion_NamesTheAnswerMostPeopleChose()
    {
        var headline = EasyReadHeadline.For(Question(shares: [Share(32, 50), Share(18, 50)]))!;

        Assert.Equal("Headline.MostChose", headline.Key);
        Assert.Equal(["Yes", "32", "50"], headline.Arguments);
    }

    [Fact]
    public void For_TiedAnswers_SaysPeopleWereSplit()
    {
        Assert.Equal("Headline.Split", EasyReadHeadline.For(Question(shares: [Share(25, 50), Share(25, 50)]))!.Key);
    }

    [Fact]
    public void For_SuppressedFigures_HasNoSentence()
    {
        Assert.Null(EasyReadHeadline.For(Question(shares: [Share(6, 8), Share(2, 8)], suppressed: true)));
    }

    private static ResultsShare Share(long count, long total) =>
        new() { Count = count, Total = total, Value = (double)count / total, Low = 0, High = 1 };

    private static ResultsQuestion Question(bool isAgreement = false, ResultsShare? agree = null, IReadOnlyList<ResultsShare>? shares = null, bool suppressed = false) => new()
    {
        Id = "q",
        Text = "Question",
        IsAgreement = isAgreement,
        AllowsSeveral = false,
        Options = ["Yes", "No"],
        ChartDescription = string.Empty,
        Rows = [new ResultsRow { Label = "Everyone", Responses = 50, Suppressed = suppressed, Words = string.Empty, Agree = suppressed ? null : agree, Shares = suppressed ? [] : shares ?? [] }],
    };
}
