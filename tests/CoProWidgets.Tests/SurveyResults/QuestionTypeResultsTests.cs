using CoProWidgets.Content;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using CoProWidgets.Tests.Support;

namespace CoProWidgets.Tests.SurveyResults;

public sealed class QuestionTypeResultsTests : IDisposable
{
    private const string Definition = """
        ---
        title: S
        thank-you: Thanks.
        ---
        ## Overall, how was your experience of our service?
        id: fft
        type: friends-and-family

        ## How old are you?
        id: age
        type: number
        min: 0
        max: 120
        bands: 0 to 17 | 18 to 120

        ## How many visits?
        id: visits
        type: number

        ## When did you visit?
        id: visited
        type: date

        ## How likely are you to recommend us?
        id: likely
        type: rating
        from: 1
        to: 3
        labels: Unlikely | Likely

        ## How did you hear?
        id: heard
        type: single
        other: Other (please say)

        - web: Our website
        - friend: A friend
        """;

    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Build_PublishesBandsRatingsAndOther_AsOptionCounts_NeverBareNumbersDatesOrWords()
    {
        var questions = ResultsBuilder.Build(Survey(), Tally([]), 10);

        Assert.Equal(["fft", "age", "likely", "heard"], questions.Select(q => q.Id));
        Assert.Equal(["0 to 17", "18 to 120"], questions[1].Options);
        Assert.Equal(["1 – Unlikely", "2", "3 – Likely"], questions[2].Options);
        Assert.Equal(["Our website", "A friend", "Other (please say)"], questions[3].Options);
    }

    [Fact]
    public void FriendsAndFamily_GivesPercentPositiveAndNegative_OfEveryResponseIncludingDontKnow()
    {
        var tally = Tally([("fft", "", "", 40), ("fft", "very-good", "", 20), ("fft", "good", "", 10), ("fft", "neither", "", 2), ("fft", "poor", "", 3), ("fft", "very-poor", "", 1), ("fft", "dont-know", "", 4)]);

        var fft = ResultsBuilder.Build(Survey(), tally, 10)[0];

        Assert.True(fft.IsFriendsAndFamily);
        var everyone = fft.Rows[0];
        Assert.Equal((30L, 40L, "75%"), (everyone.Positive!.Count, everyone.Positive.Total, everyone.Positive.Percent));
        Assert.Equal((4L, 40L, "10%"), (everyone.Negative!.Count, everyone.Negative.Total, everyone.Negative.Percent));
        Assert.EndsWith("Positive: 75%; negative: 10%.", everyone.Words, StringComparison.Ordinal);
    }

    [Fact]
    public void FriendsAndFamily_BelowTheThreshold_GivesNoPercentage()
    {
        var tally = Tally([("fft", "", "", 9), ("fft", "very-good", "", 9)]);

        var everyone = ResultsBuilder.Build(Survey(), tally, 10)[0].Rows[0];

        Assert.True(everyone.Suppressed);
        Assert.Null(everyone.Positive);
        Assert.Null(everyone.Negative);
        Assert.Equal((null, null), FriendsAndFamilyResults.Of(Survey().Find("fft")!, tally, "", 9, 10));
    }

    private SurveyDefinition Survey() => SurveyParser.Parse("s", new ContentFile("surveys/s.md", Definition), _content.Markdown);

    private static SurveyTally Tally(IEnumerable<(string Question, string Option, string Group, long Count)> counts) =>
        new(counts.Select(c => new SurveyCount { Survey = "s", Question = c.Question, Option = c.Option, Group = c.Group, Count = c.Count }));
}
