using CoProWidgets.Content;
using CoProWidgets.Surveys;
using CoProWidgets.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Tests.Surveys;

public sealed class SurveyRoutingTests : IDisposable
{
    // The front matter takes five lines: a body's first line is line 6 of the file.
    private const string FrontMatter = "---\ntitle: A survey\nthank-you: Thanks.\n---\n\n";

    private const string Routed = """
        ## Which of these describes you best?
        id: respondent
        type: single
        group: yes

        - uses-services: I use services
        - carer: I care for someone
        - staff: I work in care

        ## How would you like to be involved?
        id: ways
        type: multiple
        required: no

        - surveys: Surveys
        - groups: Groups

        ---

        ## How many hours a week do you care?
        id: hours
        type: single
        show-if: respondent is carer

        - few: A few
        - many: Many

        ## Would you join a group of carers?
        id: carers-group
        type: yes-no
        show-if: ways includes groups and respondent is carer

        ---
        title: Your work
        show-if: respondent is staff

        ## Do you have time to involve people?
        id: time
        type: yes-no

        ---

        ## Anything else?
        id: else
        type: text
        publish: ask
        show-if: time is no
        """;

    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void ShowIf_OnQuestionsAndPages_IsReadWithThePageTitle()
    {
        var survey = Parse(Routed);

        Assert.True(survey.IsRouted);
        Assert.Equal("respondent is carer", survey.Find("hours")!.ShowIf!.ToString());
        Assert.Equal("ways includes groups and respondent is carer", survey.Find("carers-group")!.ShowIf!.ToString());
        Assert.Equal(new SurveyPageDetails(null, null), survey.PageDetails[1]);
        Assert.Equal("Your work", survey.PageDetails[2].Title);
        Assert.Equal("respondent is staff", survey.PageDetails[2].ShowIf!.ToString());
        Assert.Equal("time is no", survey.Find("else-publish")!.ShowIf!.ToString());
    }

    [Fact]
    public void ACarer_IsAskedTheCarersPage_AndNeverTheStaffPage()
    {
        var route = Parse(Routed).Route(Answers(("respondent", "carer"), ("ways", "groups"), ("time", "no"), ("else", "words")));

        Assert.Equal(["carers-group", "hours", "respondent", "ways"], route.Asked.Order(StringComparer.Ordinal));
        Assert.Equal([0, 1], route.Pages);
        Assert.Null(route.After(1));
        Assert.Equal(1, route.After(0));
        Assert.Empty(route.Answers.Of("time"));
        Assert.Empty(route.Answers.Of("else"));
        Assert.Equal(["groups"], route.Answers.Of("ways"));
        Assert.Equal(1, route.FirstUnanswered());
    }

    [Fact]
    public void StaffSkipTheCarersPage_WhichIsNeverShownEmpty()
    {
        var route = Parse(Routed).Route(Answers(("respondent", "staff"), ("hours", "many"), ("time", "no")));

        Assert.Equal([0, 2, 3], route.Pages);
        Assert.Equal(2, route.After(0));
        Assert.Equal(0, route.Before(2));
        Assert.False(route.IsShown(1));
        Assert.Empty(route.On(1));
        Assert.Empty(route.Answers.Of("hours"));
        Assert.Equal(["time"], route.On(2).Select(question => question.Id));
        Assert.Equal(["else", "else-publish"], route.On(3).Select(question => question.Id));
    }

    [Fact]
    public void AnAnswerThatChanges_DropsWhatDependedOnIt_AllTheWayDown()
    {
        var survey = Parse(Routed);
        var before = survey.Route(Answers(("respondent", "staff"), ("time", "no"), ("else", "we are short"), ("else-publish", "yes")));
        var after = survey.Route(Answers(("respondent", "staff"), ("time", "yes"), ("else", "we are short"), ("else-publish", "yes")));

        Assert.Equal(["we are short"], before.Answers.Of("else"));
        Assert.Empty(after.Answers.Of("else"));
        Assert.Empty(after.Answers.Of("else-publish"));
    }

    [Fact]
    public void IsNot_IsMetByAnyOtherAnswerOrNone_ButNeverWhenTheQuestionWasNotAsked()
    {
        var survey = Parse("""
            ## Q
            id: a
            type: yes-no
            required: no

            ---

            ## R
            id: b
            type: yes-no
            show-if: a is yes

            ---

            ## S
            id: c
            type: yes-no
            show-if: a is not yes or b is not no
            """);

        Assert.True(survey.Route(Answers(("a", "no"))).Asked.Contains("c"));
        Assert.True(survey.Route(Answers()).Asked.Contains("c"));
        Assert.False(survey.Route(Answers(("a", "yes"), ("b", "no"))).Asked.Contains("c"));
        Assert.True(survey.Route(Answers(("a", "yes"), ("b", "yes"))).Asked.Contains("c"));
    }

    public static TheoryData<string, int, string> Mistakes => new()
    {
        { "## Q\nid: q\ntype: yes-no\n\n---\n\n## R\nid: r\ntype: yes-no\nshow-if: nothing is yes", 15, "which this survey does not have" },
        { "## Q\nid: q\ntype: yes-no\n\n---\n\n## R\nid: r\ntype: yes-no\nshow-if: q is maybe", 15, "'q' does not have. Its options are: yes, no" },
        { "## Q\nid: q\ntype: yes-no\n\n## R\nid: r\ntype: yes-no\nshow-if: q is yes", 13, "on the same page" },
        { "## Q\nid: q\ntype: yes-no\nshow-if: r is yes\n\n---\n\n## R\nid: r\ntype: yes-no", 9, "comes later in the survey" },
        { "## Q\nid: q\ntype: text\n\n---\n\n## R\nid: r\ntype: yes-no\nshow-if: q is yes", 15, "answered in words" },
        { "## Q\nid: q\ntype: number\nmin: 0\nmax: 120\nbands: 0 to 17 | 18 to 120\n\n---\n\n## R\nid: r\ntype: yes-no\nshow-if: q is 0-17", 18, "a number or a date" },
        { "## Q\nid: q\ntype: single\nequality: yes\n\n- a: A\n- b: B\n\n---\n\n## R\nid: r\ntype: yes-no\nshow-if: q is a", 19, "equality or consent question" },
        { "## Q\nid: q\ntype: multiple\n\n- a: A\n- b: B\n\n---\n\n## R\nid: r\ntype: yes-no\nshow-if: q is a", 18, "write 'q includes a'" },
        { "## Q\nid: q\ntype: yes-no\n\n---\n\n## R\nid: r\ntype: yes-no\nshow-if: q includes yes", 15, "write 'q is yes'" },
        { "## Q\nid: q\ntype: yes-no\n\n---\n\n## R\nid: r\ntype: yes-no\nshow-if: q is yes and q is no", 15, "can never be true, so 'r' would never be asked: one answer" },
        { "## Q\nid: q\ntype: multiple\n\n- a: A\n- b: B\n\n---\n\n## R\nid: r\ntype: yes-no\nshow-if: q includes a and q does not include a", 18, "can never be true" },
        { "## Q\nid: q\ntype: yes-no\n\n---\n\n## R\nid: r\ntype: yes-no\nshow-if: q is no\n\n---\n\n## S\nid: s\ntype: yes-no\nshow-if: r is yes and q is yes", 22, "a question it looks at is only asked when" },
        { "## Q\nid: q\ntype: yes-no\n\n---\nshow-if: q is yes and q is not yes\n\n## R\nid: r\ntype: yes-no", 11, "can never be true" },
        { "## Q\nid: q\ntype: yes-no\n\n---\n\n## R\nid: r\ntype: yes-no\nshow-if: q is", 15, "without the option it means" },
        { "## Q\nid: q\ntype: yes-no\n\n---\n\n## R\nid: r\ntype: yes-no\nshow-if: q equals yes", 15, "not followed by 'is'" },
        { "## Q\nid: q\ntype: yes-no\n\n---\n\n## R\nid: r\ntype: yes-no\nshow-if: q is yes but q is no", 15, "'but' where 'and' or 'or' should join" },
        { "## Q\nid: q\ntype: yes-no\n\n---\n\n## R\nid: r\ntype: yes-no\nshow-if: q is yes and", 15, "a condition is missing after it" },
        { "## Q\nid: q\ntype: yes-no\n\n---\n\n## R\nid: r\ntype: yes-no\nshow-if: q is yes\nshow-if: q is no", 16, "given twice" },
        { "title: First\nshow-if: q is yes\n\n## Q\nid: q\ntype: yes-no", 7, "on the same page" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void AConditionThatCannotWork_IsAContentErrorAtItsLine(string body, int line, string message)
    {
        var error = Assert.Throws<ContentException>(() => Parse(body)).Error;

        Assert.Equal(("surveys/test.md", line), (error.File, error.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AConditionAsLongAsTheLimit_ButTangled_IsCheckedInBoundedTime()
    {
        // Twenty questions each asked when any of the earlier ones is yes: the ways to be asked multiply past the
        // check's bound, which then trusts the editor instead of running for ever.
        var body = string.Join("\n\n---\n\n", Enumerable.Range(0, 20).Select(i =>
            $"## Q{i}\nid: q{i}\ntype: yes-no\nrequired: no" + (i == 0 ? string.Empty : "\nshow-if: " + string.Join(" or ", Enumerable.Range(0, i).Select(j => $"q{j} is yes")))));

        var survey = Parse(body);

        Assert.Equal(20, survey.Pages.Count);
        Assert.Equal(20, survey.Route(Answers(("q0", "yes"))).Pages.Count);
    }

    private static SurveyAnswers Answers(params (string Question, string Value)[] answers)
    {
        var form = new FormCollection(answers.GroupBy(answer => answer.Question)
            .ToDictionary(group => SurveyAnswers.FieldPrefix + group.Key, group => new StringValues(group.Select(answer => answer.Value).ToArray())));
        return SurveyAnswers.FromJson(System.Text.Json.JsonSerializer.Serialize(form.ToDictionary(pair => pair.Key[SurveyAnswers.FieldPrefix.Length..], pair => pair.Value.ToArray())));
    }

    private SurveyDefinition Parse(string body) =>
        SurveyParser.Parse("test", new ContentFile("surveys/test.md", FrontMatter + body), _content.Markdown);
}
