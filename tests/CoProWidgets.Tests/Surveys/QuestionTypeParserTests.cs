using CoProWidgets.Content;
using CoProWidgets.Surveys;
using CoProWidgets.Tests.Support;

namespace CoProWidgets.Tests.Surveys;

public sealed class QuestionTypeParserTests : IDisposable
{
    private const string FrontMatter = "---\ntitle: A survey\nthank-you: Thanks.\n---\n";

    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Number_WithBands_CountsAsTheBandsItNames()
    {
        var question = Parse("## How old are you?\nid: age\ntype: number\nmin: 0\nmax: 120\nbands: 0 to 17 | 18 to 64 | 65 to 120\n").Questions.Single();

        Assert.Equal((0L, 120L), (question.Range!.Min, question.Range.Max));
        Assert.Equal([("0-17", "0 to 17"), ("18-64", "18 to 64"), ("65-120", "65 to 120")], question.Options.Select(o => (o.Id, o.Label)));
        Assert.Equal(["18-64"], question.CountedOptions(["42"]));
        Assert.True(question.HasOptions);
    }

    [Fact]
    public void Number_WithoutBands_IsNeverCountedOrPublished()
    {
        var question = Parse("## How many times?\nid: times\ntype: number\nmin: 1\n").Questions.Single();

        Assert.False(question.HasOptions);
        Assert.Empty(question.CountedOptions(["3"]));
    }

    [Fact]
    public void Date_ReadsItsBounds_AndHasNoOptions()
    {
        var question = Parse("## When did you visit?\nid: visited\ntype: date\nearliest: 2026-01-01\nlatest: 2026-12-31\n").Questions.Single();

        Assert.Equal(new SurveyDateBounds(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), question.Dates);
        Assert.False(question.HasOptions);
    }

    [Fact]
    public void Rating_NumbersEachPoint_AndLabelsTheEnds()
    {
        var question = Parse("## How likely are you to recommend us?\nid: likely\ntype: rating\nlabels: Not at all likely | Extremely likely\n").Questions.Single();

        Assert.Equal(Enumerable.Range(0, 11).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), question.Options.Select(o => o.Id));
        Assert.Equal("0 – Not at all likely", question.Options[0].Label);
        Assert.Equal("5", question.Options[5].Label);
        Assert.Equal("10 – Extremely likely", question.Options[^1].Label);
    }

    [Theory]
    [InlineData("Overall, how was your experience of our service?")]
    [InlineData("Overall, how was your experience of the Rowan Ward?")]
    public void FriendsAndFamily_KeepsNhsEnglandsWordingAndSixAnswers(string wording)
    {
        var question = Parse($"## {wording}\nid: fft\ntype: friends-and-family\n").Questions.Single();

        Assert.Equal(["Very good", "Good", "Neither good nor poor", "Poor", "Very poor", "Don’t know"], question.Options.Select(o => o.Label));
        Assert.True(question.Required);
    }

    [Fact]
    public void Other_AddsTheOptionAndAWrittenAnswerRightAfter()
    {
        var survey = Parse("## How did you hear?\nid: heard\ntype: multiple\nother: Somewhere else (please say)\n\n- web: Our website\n- friend: A friend\n\n## Q\nid: q\ntype: yes-no\n");

        Assert.Equal(["heard", "heard-other", "q"], survey.Questions.Select(q => q.Id));
        var heard = survey.Find("heard")!;
        Assert.Equal(("other", "Somewhere else (please say)"), (heard.Options[^1].Id, heard.Options[^1].Label));
        var words = survey.Find("heard-other")!;
        Assert.Equal((SurveyQuestionType.Text, false, "heard", SurveyQuestion.OtherMaxLength), (words.Type, words.Required, words.OtherFor, words.MaxLength));
        Assert.False(words.HasOptions);
    }

    public static TheoryData<string, int, string> Mistakes => new()
    {
        { "## Q\nid: q\ntype: number\nmin: ten", 8, "'min' must be a whole number" },
        { "## Q\nid: q\ntype: number\nmin: 10\nmax: 5", 9, "smaller than 'min'" },
        { "## Q\nid: q\ntype: number\nbands: 0 to 5 | 6 to 10", 8, "needs 'min' and 'max'" },
        { "## Q\nid: q\ntype: number\nmin: 0\nmax: 10\nbands: 0 to 5 | 7 to 10", 10, "should start at 6" },
        { "## Q\nid: q\ntype: number\nmin: 0\nmax: 10\nbands: 0 to 5 | 6 to 9", 10, "must cover every number" },
        { "## Q\nid: q\ntype: number\nmin: 0\nmax: 10\nbands: 0-5 | 6-10", 10, "'lowest to highest'" },
        { "## Q\nid: q\ntype: number\n\n- a: A\n- b: B", 9, "has its own answers" },
        { "## Q\nid: q\ntype: text\nmin: 1", 8, "'min' is for 'number' questions only" },
        { "## Q\nid: q\ntype: date\nearliest: 1 May 2026", 8, "'earliest' must be a date" },
        { "## Q\nid: q\ntype: date\nearliest: 2026-05-01\nlatest: 2026-04-01", 9, "is before 'earliest'" },
        { "## Q\nid: q\ntype: single\nearliest: 2026-05-01\n\n- a: A\n- b: B", 8, "'earliest' is for 'date' questions only" },
        { "## Q\nid: q\ntype: rating", 5, "needs 'labels' for its two ends" },
        { "## Q\nid: q\ntype: rating\nlabels: Low | Middle | High", 8, "needs 'labels' for its two ends" },
        { "## Q\nid: q\ntype: rating\nfrom: 1\nto: 2\nlabels: Low | High", 9, "3 to 11 points" },
        { "## Q\nid: q\ntype: rating\nto: 20\nlabels: Low | High", 8, "3 to 11 points" },
        { "## How was it?\nid: q\ntype: friends-and-family", 5, "keeps NHS England's wording" },
        { "## Q\nid: q\ntype: yes-no\nother: Other", 8, "'other' is for 'single' and 'multiple' questions only" },
        { "## Q\nid: q\ntype: single\nother: Other\n\n- a: A\n- other: B", 8, "kept for the 'other' option" },
        { "## Q\nid: q\ntype: single\nequality: yes\nother: Other\n\n- a: A\n- b: B", 9, "An equality question cannot have 'other'" },
        { "## Q\nid: q\ntype: single\nother: Other\n\n- a: A\n- b: B\n\n## R\nid: q-other\ntype: text", 13, "used twice" },
        { "## Q\nid: q\ntype: number\nlabels: A | B", 8, "'labels' is for 'agreement' and 'rating' questions only" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Parse_AMistakeInANewType_SaysWhereAndWhat(string body, int line, string message)
    {
        var error = Assert.Throws<ContentException>(() => Parse(body)).Error;

        Assert.Equal("surveys/test.md", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private SurveyDefinition Parse(string body) =>
        SurveyParser.Parse("test", new ContentFile("surveys/test.md", FrontMatter + body), _content.Markdown);
}
