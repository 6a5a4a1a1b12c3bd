using CoProWidgets.Content;
using CoProWidgets.Surveys;
using CoProWidgets.Tests.Support;

namespace CoProWidgets.Tests.Surveys;

public sealed class SurveyParserTests : IDisposable
{
    private const string FrontMatter = """
        ---
        title: A survey
        thank-you: Thanks.
        ---

        """;

    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Parse_TheSampleSurvey_ReadsEveryQuestionPageAndSetting()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", "CoProWidgets.Sample", "Content", "CoProduction", "surveys", "having-a-say.md"));

        var survey = SurveyParser.Parse("having-a-say", new ContentFile("surveys/having-a-say.md", text), _content.Markdown);

        Assert.Equal("Having a say in your care", survey.Title);
        Assert.Equal(new DateOnly(2026, 11, 1), survey.Opens);
        Assert.Equal(new DateOnly(2027, 3, 31), survey.Closes);
        Assert.Equal(SurveyResultsShown.WhileOpen, survey.Results);
        Assert.Equal([3, 8, 2], survey.Pages.Select(page => page.Count));
        Assert.Equal(["have-a-say", "share-power", "respondent", "carer-help", "services-used", "staff-time", "staff-setting", "ways", "before", "anything-else", "anything-else-publish", "age", "disability"], survey.Questions.Select(q => q.Id));
        Assert.Equal(["Your say in your care", "How you would like to be involved", "About you"], survey.PageDetails.Select(page => page.Title));
        Assert.Equal("respondent is carer", survey.Find("carer-help")!.ShowIf?.ToString());
        Assert.Equal("respondent is uses-services", survey.Find("services-used")!.ShowIf?.ToString());
        Assert.Equal("respondent is staff", survey.Find("staff-setting")!.ShowIf?.ToString());
        var first = survey.Questions.First();
        Assert.Equal(SurveyQuestionType.Agreement, first.Type);
        Assert.True(first.Required);
        Assert.Equal(["strongly-agree", "agree", "neither", "disagree", "strongly-disagree"], first.Options.Select(o => o.Id));
        Assert.Contains("Think about the last year", first.Help?.ToString(), StringComparison.Ordinal);
        Assert.Equal("respondent", survey.GroupQuestion?.Id);
        Assert.False(survey.Find("ways")!.Required);
        Assert.Equal(1500, survey.Find("anything-else")!.MaxLength);
        Assert.False(survey.Find("anything-else")!.Required);
        Assert.Equal(["yes", "no"], survey.Find("before")!.Options.Select(o => o.Id));
        var age = survey.Find("age")!;
        Assert.True(age.IsEquality);
        Assert.False(age.Required);
        Assert.Equal("prefer-not-to-say", age.Options[^1].Id);
        Assert.Equal(16, survey.Version.Length);
    }

    [Fact]
    public void Parse_TheExampleInTheReadme_IsAValidSurvey()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "content-editors.md"));
        var section = readme[readme.IndexOf("\n## Surveys\n", StringComparison.Ordinal)..];
        var start = section.IndexOf("```markdown\n", StringComparison.Ordinal) + "```markdown\n".Length;
        var example = section[start..section.IndexOf("\n```", start, StringComparison.Ordinal)];

        var survey = SurveyParser.Parse("example", new ContentFile("surveys/example.md", example), _content.Markdown);

        Assert.Equal(3, survey.Pages.Count);
        Assert.Equal(["have-a-say", "respondent", "ways", "anything-else", "anything-else-publish", "age"], survey.Questions.Select(q => q.Id));
    }

    [Fact]
    public void Parse_AgreementWithItsOwnLabels_NumbersThemFromMostAgreeing()
    {
        var survey = Parse("""
            ## I can get an appointment when I need one
            id: appointments
            type: agreement
            labels: Always | Usually | Sometimes | Never
            """);

        Assert.Equal([("1", "Always"), ("2", "Usually"), ("3", "Sometimes"), ("4", "Never")], survey.Questions.Single().Options.Select(o => (o.Id, o.Label)));
    }

    [Fact]
    public void Version_ChangesWhenTheFileChanges()
    {
        var one = Parse("## Q\nid: q\ntype: yes-no\n");
        var two = Parse("## Q changed\nid: q\ntype: yes-no\n");

        Assert.NotEqual(one.Version, two.Version);
    }

    public static TheoryData<string, int, string> Mistakes => new()
    {
        { "Just some text.", 1, "has no questions" },
        { "## Q\ntype: yes-no", 5, "has no 'id'" },
        { "## Q\nid: q", 5, "has no 'type'" },
        { "## Q\nid: q\ntype: slider", 7, "The type 'slider' is not known" },
        { "## Q\nid: q w\ntype: yes-no", 6, "may use letters, digits" },
        { "## Q\nid: q\ntype: yes-no\ncolour: red", 8, "'colour' is not a question setting" },
        { "## Q\nid: q\ntype: single\n\n- a: A", 5, "at least two options" },
        { "## Q\nid: q\ntype: single\n\n- a: A\n- a: B", 10, "used twice in this question" },
        { "## Q\nid: q\ntype: single\n\n- just a label\n- b: B", 9, "'id: label'" },
        { "## Q\nid: q\ntype: single\n\n- a: A\n-b: B", 10, "a space after the '-'" },
        { "## Q\nid: q\ntype: single\n\n- a: A\n- b: B\n-c: C", 11, "a space after the '-'" },
        { "## Q\nid: q\ntype: yes-no\n\n- a: A\n- b: B", 9, "has its own answers" },
        { "## Q\nid: q\ntype: yes-no\n\n## R\nid: q\ntype: yes-no", 9, "used twice" },
        { "## Q\nid: q\ntype: text\nmax-length: 99999", 8, "'max-length' must be" },
        { "## Q\nid: q\ntype: text\ngroup: yes", 8, "Only a 'single' question" },
        { "## Q\nid: q\ntype: single\nequality: yes\ngroup: yes\n\n- a: A\n- b: B", 9, "An equality question cannot also be the group" },
        { "## Q\nid: q\ntype: agreement\nlabels: Yes | No", 8, "3 to 7 labels" },
        { "## Q\nid: q\ntype: yes-no\nrequired: maybe", 8, "must be yes or no" },
        { "---\n\n## Q\nid: q\ntype: yes-no", 5, "starts a page before any question" },
        { "## Q\nid: q\ntype: yes-no\n\n---", 9, "no questions after it" },
        { "## Q\nid: q\ntype: yes-no\n\nSome help\n---", 10, "leave a blank line above" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Parse_AMistake_SaysWhereAndWhat(string body, int line, string message)
    {
        var error = Assert.Throws<ContentException>(() => Parse(body)).Error;

        Assert.Equal("surveys/test.md", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ClosingBeforeOpening_IsAMistake()
    {
        var error = Assert.Throws<ContentException>(() => SurveyParser.Parse("test", new ContentFile("surveys/test.md", "---\ntitle: T\nthank-you: Thanks\nopens: 2027-01-02\ncloses: 2027-01-01\n---\n## Q\nid: q\ntype: yes-no\n"), _content.Markdown)).Error;

        Assert.Equal(5, error.Line);
    }

    [Fact]
    public void PublishAsk_AddsTheConsentQuestionRightAfter_WhichIsNeverPublishedAsAFigure()
    {
        var survey = Parse("## Anything else?\nid: else\ntype: text\npublish: ask\n\n## Q\nid: q\ntype: yes-no\n");

        Assert.Equal(["else", "else-publish", "q"], survey.Questions.Select(question => question.Id));
        var consent = survey.Questions.ElementAt(1);
        Assert.Equal("May we publish what you wrote, without your name?", consent.Text);
        Assert.Equal((SurveyQuestionType.YesNo, false, "else", true), (consent.Type, consent.Required, consent.ConsentFor, consent.IsPrivate));
        Assert.True(survey.Questions.First().AsksToPublish);
    }

    [Theory]
    [InlineData("## Q\nid: q\ntype: yes-no\npublish: ask\n", "surveys/test.md:8: 'publish: ask' is for 'text' questions only")]
    [InlineData("## Q\nid: q\ntype: text\npublish: always\n", "surveys/test.md:8: The field 'publish' can only be 'ask', not 'always'.")]
    public void Publish_OnAChoiceQuestionOrWithAnotherValue_IsAnErrorAtItsLine(string body, string expected)
    {
        var error = Assert.Throws<ContentException>(() => Parse(body)).Error;

        Assert.StartsWith(expected, error.ToString(), StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "CoProWidgets.sln")))
        {
            root = Path.GetDirectoryName(root)!;
        }

        return root;
    }

    private SurveyDefinition Parse(string body) =>
        SurveyParser.Parse("test", new ContentFile("surveys/test.md", FrontMatter + body), _content.Markdown);
}
