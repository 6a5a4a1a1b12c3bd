using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;

namespace CoProWidgets.Tests.SurveyResults;

public sealed class AskedFiguresTests
{
    private static readonly RoutedSnapshotPropertyTests.Person[] s_people =
    [
        .. Enumerable.Repeat(new RoutedSnapshotPropertyTests.Person("carer", "yes", "agree"), 12),
        .. Enumerable.Repeat(new RoutedSnapshotPropertyTests.Person("patient", "yes", null), 3),
        .. Enumerable.Repeat(new RoutedSnapshotPropertyTests.Person("patient", "no", "agree"), 20),
    ];

    [Fact]
    public void Counted_ForAQuestionNotAsked_CountsThePersonAsPassedByAndDropsTheirAnswer()
    {
        var survey = RoutedSnapshotPropertyTests.Parse("use is yes");
        var tally = RoutedSnapshotPropertyTests.Tally(survey, s_people);

        Assert.Equal(20, tally.Of("say", SurveyService.NotAskedOption, string.Empty));
        Assert.Equal(20, tally.Of("say", SurveyService.NotAskedOption, "patient"));
        Assert.Equal(0, tally.Of("say", SurveyService.NotAskedOption, "carer"));
        Assert.Equal(12, tally.Of("say", string.Empty, string.Empty));
        Assert.Equal(15, AskedFigures.Asked(tally, "say", string.Empty));
        Assert.Equal(0, tally.Of("use", SurveyService.NotAskedOption, string.Empty));
    }

    [Theory]
    [InlineData("use is yes", "Asked of people who said “Yes”")]
    [InlineData("use is not yes", "Asked of people who did not say “Yes”")]
    [InlineData("who is carer or who is patient and use is yes", "Asked of people in the group “Carer”, or people in the group “Patient” and who said “Yes”")]
    [InlineData("who is not staff", "Asked of people not in the group “Staff”")]
    public void Words_NameTheAnswersAndTheGroup_ReadablyForAndAndOr(string condition, string words)
    {
        var survey = RoutedSnapshotPropertyTests.Parse(condition);

        Assert.Equal(words, AskedFigures.Words(survey, survey.Find("say")!));
        Assert.Null(AskedFigures.Words(survey, survey.Find("use")!));
    }

    [Fact]
    public void Build_OnOneAnswerWhoseRowIsShown_ShowsTheNumberAskedBesideTheFigures()
    {
        var survey = RoutedSnapshotPropertyTests.Parse("use is yes");
        var tally = RoutedSnapshotPropertyTests.Tally(survey, s_people);

        var say = ResultsBuilder.Build(survey, tally, 10).Single(question => question.Id == "say");

        Assert.Equal("Asked of people who said “Yes”", say.AskedOf);
        Assert.Equal(15, say.Rows[0].Asked);
        Assert.Equal(12, say.Rows[0].Responses);
        Assert.Contains("15 people asked", say.Rows[0].Words, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ForAConditionOnSeveralAnswers_ShowsWhoWasAskedButNotHowMany()
    {
        var survey = RoutedSnapshotPropertyTests.Parse("use is yes and who is not staff");
        var tally = RoutedSnapshotPropertyTests.Tally(survey, s_people);

        var say = ResultsBuilder.Build(survey, tally, 10).Single(question => question.Id == "say");

        Assert.Equal("Asked of people who said “Yes” and not in the group “Staff”", say.AskedOf);
        Assert.All(say.Rows, row => Assert.Null(row.Asked));
    }

    [Fact]
    public void Build_ForAConditionOnTheGroup_ShowsEachGroupsNumberAsked()
    {
        var survey = RoutedSnapshotPropertyTests.Parse("who is not staff");
        var tally = RoutedSnapshotPropertyTests.Tally(survey, s_people);

        var say = ResultsBuilder.Build(survey, tally, 10).Single(question => question.Id == "say");

        Assert.Equal(35, say.Rows[0].Asked);
        Assert.Equal(12, say.Rows.Single(row => row.Group == "carer").Asked);
        Assert.Equal(23, say.Rows.Single(row => row.Group == "patient").Asked);
    }

    [Fact]
    public void Build_ForAQuestionHeldAtEarlierFigures_NeverShowsTheNumberAsked()
    {
        var survey = RoutedSnapshotPropertyTests.Parse("use is yes");
        var tally = RoutedSnapshotPropertyTests.Tally(survey, s_people);

        var say = ResultsBuilder.Build(survey, tally, 10, held: ["say"]).Single(question => question.Id == "say");

        Assert.NotNull(say.AskedOf);
        Assert.All(say.Rows, row => Assert.Null(row.Asked));
    }
}
