using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;

namespace CoProWidgets.Tests.SurveyResults;

public sealed class ProportionTests
{
    /// <summary>The worked examples of Newcombe (1998), Statistics in Medicine 17:857-872, table I, method 3 (Wilson score).</summary>
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Wilson95_MatchesPublishedValues(int count, int total, double low, double high)
    {
        var (actualLow, actualHigh) = new Proportion(count, total).Wilson95;

        Assert.Equal(low, Math.Round(actualLow, 4));
        Assert.Equal(high, Math.Round(actualHigh, 4));
    }

    [Fact]
    public void Wilson95_OfAllResponses_StaysWithinZeroAndOne()
    {
        var (low, high) = new Proportion(20, 20).Wilson95;

        Assert.Equal(1.0, high);
        Assert.InRange(low, 0.83, 0.84);
    }

    [Theory]
    [InlineData(9, 10, true)]
    [InlineData(10, 10, false)]
    [InlineData(0, 5, true)]
    [InlineData(5, 5, false)]
    public void IsSuppressed_BelowTheThreshold(int total, int threshold, bool suppressed) =>
        Assert.Equal(suppressed, new Proportion(0, total).IsSuppressed(threshold));

    [Fact]
    public void Describe_GivesTheShareCountsAndIntervalInWords()
    {
        Assert.Equal(
            "31% agree (81 of 263 responses). We can be 95% confident that the true figure is between 26% and 37%.",
            new Proportion(81, 263).Describe("agree", 10));
    }

    [Fact]
    public void Describe_BelowTheThreshold_ShowsNoFigures()
    {
        Assert.Equal("Not shown: fewer than 10 responses.", new Proportion(3, 9).Describe("agree", 10));
    }

    [Theory]
    [InlineData(0.125, "13%")]
    [InlineData(0.135, "14%")]
    [InlineData(0.004, "0%")]
    [InlineData(1.0, "100%")]
    public void Percent_RoundsHalfAwayFromZero(double share, string expected) => Assert.Equal(expected, Proportion.Percent(share));

    [Fact]
    public void AgreeingOptions_AreTheTopTwoOfFiveAndNeverTheMiddle()
    {
        static SurveyQuestion Agreement(params string[] ids) => new()
        {
            Id = "q",
            Text = "Q",
            Type = SurveyQuestionType.Agreement,
            Required = true,
            Page = 0,
            Options = ids.Select(id => new SurveyOption(id, id)).ToList(),
        };

        Assert.Equal(["strongly-agree", "agree"], Proportion.AgreeingOptions(Agreement([.. SurveyParser.AgreementScale.Select(o => o.Id)])));
        Assert.Equal(["1"], Proportion.AgreeingOptions(Agreement("1", "2", "3")));
        Assert.Equal(["1", "2"], Proportion.AgreeingOptions(Agreement("1", "2", "3", "4")));
        Assert.Equal(["1", "2", "3"], Proportion.AgreeingOptions(Agreement("1", "2", "3", "4", "5", "6", "7")));
    }
}
