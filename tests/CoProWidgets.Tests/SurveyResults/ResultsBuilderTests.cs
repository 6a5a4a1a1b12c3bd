using CoProWidgets.Content;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using CoProWidgets.Tests.Support;

namespace CoProWidgets.Tests.SurveyResults;

public sealed class ResultsBuilderTests
{
    private const string Definition = """
        ---
        title: S
        thank-you: Thanks.
        ---
        ## I have a say
        id: say
        type: agreement

        ## How did you hear?
        id: heard
        type: multiple

        - web: Website
        - friend: A friend

        ## Who are you?
        id: who
        type: single
        required: no
        group: yes

        - carer: A carer
        - staff: Staff
        - user: I use services

        ## Age
        id: age
        type: single
        equality: yes

        - young: Under 25
        - old: 25 or over
        """;

    [Fact]
    public void Build_PublishesEachChoiceQuestionButNeverEqualityQuestions()
    {
        var questions = ResultsBuilder.Build(Survey(), Tally([]), 10);

        Assert.Equal(["say", "heard", "who"], questions.Select(q => q.Id));
        Assert.True(questions[0].IsAgreement);
        Assert.True(questions[1].AllowsSeveral);
        Assert.Equal(["Everyone", "A carer", "Staff", "I use services"], questions[0].Rows.Select(r => r.Label));
        // The group question is not split by itself.
        Assert.Equal(["Everyone"], questions[2].Rows.Select(r => r.Label));
    }

    [Fact]
    public void Build_GivesTheShareAgreeing_AsAgreePlusStronglyAgree_WithItsWilsonInterval()
    {
        var tally = Tally([("say", "", "", 40), ("say", "strongly-agree", "", 10), ("say", "agree", "", 8), ("say", "disagree", "", 22)]);

        var everyone = ResultsBuilder.Build(Survey(), tally, 10)[0].Rows[0];

        Assert.False(everyone.Suppressed);
        Assert.Equal(40, everyone.Responses);
        Assert.Equal(["25%", "20%", "0%", "55%", "0%"], everyone.Shares.Select(s => s.Percent));
        Assert.Equal(18, everyone.Agree!.Count);
        Assert.Equal("45%", everyone.Agree.Percent);
        // Wilson 95% for 18 of 40, worked by hand: 0.3071 to 0.6017.
        Assert.Equal(0.3071, Math.Round(everyone.Agree.Low, 4));
        Assert.Equal(0.6017, Math.Round(everyone.Agree.High, 4));
        Assert.Equal("31% to 60%", everyone.Agree.Interval);
        Assert.Equal("Everyone: 45% agree (18 of 40 responses). We can be 95% confident that the true figure is between 31% and 60%.", everyone.Words);
    }

    [Fact]
    public void Build_HidesAGroupBelowTheThreshold_AndEveryFigureOfIt()
    {
        var tally = Tally([
            ("say", "", "", 60), ("say", "agree", "", 60),
            ("say", "", "carer", 9), ("say", "agree", "carer", 9),
            ("say", "", "staff", 12), ("say", "agree", "staff", 12),
            ("say", "", "user", 10), ("say", "agree", "user", 10)]);

        var rows = ResultsBuilder.Build(Survey(), tally, 10)[0].Rows;

        Assert.Equal([false, true, false, false], rows.Select(r => r.Suppressed));
        Assert.Empty(rows[1].Shares);
        Assert.Null(rows[1].Agree);
        Assert.Equal("A carer: not shown, so that no one can be identified.", rows[1].Words);
        Assert.Equal(Suppression.NotShown, rows[1].NotShown);
        Assert.Null(rows[2].NotShown);
        Assert.Equal("100%", rows[3].Agree!.Percent);
    }

    [Fact]
    public void Build_WhenEveryoneIsBelowTheThreshold_HidesEveryRow()
    {
        var tally = Tally([("say", "", "", 9), ("say", "agree", "", 9), ("say", "", "staff", 9)]);

        var question = ResultsBuilder.Build(Survey(), tally, 10)[0];

        // The groups nobody is in are hidden too: "no responses" beside the hidden nine would say who they are not
        // (SnapshotPropertyTests.EmptyGroupRowsBesideAHiddenHandful_RevealNobodyLater).
        Assert.Equal([true, true, true, true], question.Rows.Select(row => row.Suppressed));
        Assert.Contains("Everyone not shown, so that no one can be identified", question.ChartDescription, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ARowTheAuditHidWithEnoughResponses_SaysItIsHiddenSoThatNoOneCanBeIdentified_NotThatItRestsOnTooFew()
    {
        var tally = Tally([
            ("say", "", "", 60), ("say", "agree", "", 60),
            ("say", "", "carer", 12), ("say", "agree", "carer", 12),
            ("say", "", "staff", 30), ("say", "agree", "staff", 30),
            ("say", "", "user", 18), ("say", "agree", "user", 18)]);
        var hidden = new Dictionary<string, IReadOnlySet<string>> { ["say"] = new HashSet<string> { "staff" } };

        var question = ResultsBuilder.Build(Survey(), tally, 10, hidden)[0];

        // The same words as a row resting on too few: saying which it is would tell which group has fewer than 10.
        Assert.Equal([false, false, true, false], question.Rows.Select(row => row.Suppressed));
        Assert.Equal("Staff: not shown, so that no one can be identified.", question.Rows[2].Words);
        Assert.Equal("Not shown, so that no one can be identified", question.Rows[2].NotShown);
        Assert.DoesNotContain("fewer than", question.ChartDescription, StringComparison.Ordinal);
    }

    [Theory]
    // One group hidden, and everyone minus the shown groups would give it away (nobody skipped the group question):
    // the next smallest group is hidden too.
    [InlineData(new long[] { 5, 20, 30 }, 55, new[] { true, true, false })]
    // Nine people gave no group: the difference is the hidden group and them, fourteen people, enough not to single
    // anyone out.
    [InlineData(new long[] { 5, 20, 30 }, 64, new[] { true, false, false })]
    // Enough people gave no group that the difference no longer points to the hidden group.
    [InlineData(new long[] { 5, 20, 30 }, 65, new[] { true, false, false })]
    // Two small groups hidden together are still only nine people: everyone minus the shown group would give their
    // answers exactly, so that group is hidden as well.
    [InlineData(new long[] { 5, 4, 30 }, 39, new[] { true, true, true })]
    // Two groups of one each: the same.
    [InlineData(new long[] { 1, 1, 30 }, 32, new[] { true, true, true })]
    // Two hidden groups with enough between them cover each other.
    [InlineData(new long[] { 6, 5, 30 }, 41, new[] { true, true, false })]
    // No group is small, but one person left the optional group question blank: everyone minus the groups would be
    // their answers, so the smallest group is hidden to cover them.
    [InlineData(new long[] { 15, 20, 30 }, 66, new[] { true, false, false })]
    // Nothing hidden, nothing more to hide.
    [InlineData(new long[] { 15, 20, 30 }, 65, new[] { false, false, false })]
    public void Suppressed_HidesMoreGroups_WhenEveryoneMinusTheShownOnesWouldBeFew(long[] groups, long everyone, bool[] expected)
    {
        var (everyoneHidden, hidden) = Suppression.Usual(everyone, groups, 10);

        Assert.False(everyoneHidden);
        Assert.Equal(expected, hidden);
    }

    [Fact]
    public void Build_ForAMultipleChoiceQuestion_GivesEachOptionsShareOfThoseWhoAnswered()
    {
        var tally = Tally([("heard", "", "", 20), ("heard", "web", "", 15), ("heard", "friend", "", 10)]);

        var question = ResultsBuilder.Build(Survey(), tally, 10)[1];

        Assert.Equal(["75%", "50%"], question.Rows[0].Shares.Select(s => s.Percent));
        Assert.Null(question.Rows[0].Agree);
        Assert.Equal("Bar chart of everyone's answers to \"How did you hear?\": Website 75%; A friend 50%.", question.ChartDescription);
    }

    [Fact]
    public void Tally_CountsResponsesFromTheSurveysOwnRow()
    {
        Assert.Equal(7, Tally([("", "", "", 7), ("say", "", "", 6)]).Responses);
        Assert.Equal(0, Tally([]).Responses);
    }

    [Fact]
    public void Headline_SaysEveryonesFigureInWordsFirst_OrNothingWhenHidden()
    {
        var shown = Tally([("say", "", "", 20), ("say", "strongly-agree", "", 3), ("say", "agree", "", 5), ("say", "neither", "", 12)]);
        var hidden = Tally([("say", "", "", 4), ("say", "agree", "", 4)]);

        Assert.Equal("About 4 in 10 people agreed.", ResultsBuilder.Build(Survey(), shown, 10)[0].Headline);
        Assert.Null(ResultsBuilder.Build(Survey(), hidden, 10)[0].Headline);
    }

    private static SurveyDefinition Survey()
    {
        using var content = new TestContent();
        return SurveyParser.Parse("s", new ContentFile("surveys/s.md", Definition), content.Markdown);
    }

    private static SurveyTally Tally(IEnumerable<(string Question, string Option, string Group, long Count)> counts) =>
        new(counts.Select(c => new SurveyCount { Survey = "s", Question = c.Question, Option = c.Option, Group = c.Group, Count = c.Count }));
}
