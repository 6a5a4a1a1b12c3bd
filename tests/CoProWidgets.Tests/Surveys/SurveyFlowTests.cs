using CoProWidgets.Content;
using CoProWidgets.Surveys;
using CoProWidgets.Tests.Support;

namespace CoProWidgets.Tests.Surveys;

/// <summary>The ways routed forms are known to fail elsewhere, each as a named case of the journey through the form.</summary>
public sealed class SurveyFlowTests : IDisposable
{
    private const string Routed = """
        ---
        title: Having a say
        thank-you: Thanks.
        ---

        title: About you

        ## Which of these describes you best?
        id: respondent
        type: single

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
        title: Caring

        ## How many hours a week do you care?
        id: hours
        type: single
        show-if: respondent is carer

        - few: A few
        - many: Many

        ## Would you join a group of carers?
        id: carers-group
        type: yes-no
        show-if: ways includes groups and respondent is carer or respondent is staff and ways includes groups

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
        required: no
        """;

    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void APageWhoseQuestionsAreAllHidden_IsSkippedBothWays_NeverShownEmpty()
    {
        var person = new SurveyJourney(Survey());

        person.Press("next", On(("respondent", "uses-services")));
        Assert.Equal((SurveyStep.Questions, 3), (person.Step, person.Page));
        Assert.Equal(["else"], person.Shown.Select(question => question.Id));

        person.Press("back");
        Assert.Equal(0, person.Page);
    }

    [Fact]
    public void AnAnswerToAQuestionHiddenByAChange_IsDroppedFromCheckCarriedAndStoredAnswers()
    {
        var person = new SurveyJourney(Survey());
        person.Press("next", On(("respondent", "carer"), ("ways", "groups")));
        person.Press("next", On(("hours", "many"), ("carers-group", "yes")));
        person.Press("next");
        Assert.Equal(SurveyStep.Check, person.Step);
        Assert.Contains("hours", person.Summary.Select(question => question.Id));

        person.Press("change-1-respondent");
        Assert.Equal("respondent", person.Focus);
        person.Press("next", On(("respondent", "uses-services"), ("ways", "groups")));

        Assert.Equal(SurveyStep.Check, person.Step);
        Assert.DoesNotContain("hours", person.Summary.Select(question => question.Id));
        Assert.Empty(person.Answers.Of("hours"));
        Assert.Empty(person.Answers.Of("carers-group"));
        Assert.Equal(SurveyStep.Thanks, person.Press("submit").Step);
    }

    [Fact]
    public void SeveralConditionsOnOneQuestion_EachCounts_NoneOverwritesAnother()
    {
        var survey = Survey();

        bool Asked(string respondent, string ways) =>
            survey.Route(SurveyJourney.Of(new Dictionary<string, IReadOnlyList<string>> { ["respondent"] = [respondent], ["ways"] = [ways] })).Asked.Contains("carers-group");

        Assert.True(Asked("carer", "groups"));
        Assert.True(Asked("staff", "groups"));
        Assert.False(Asked("carer", "surveys"));
        Assert.False(Asked("uses-services", "groups"));
    }

    [Fact]
    public void AChangeOnCheckThatAsksNewQuestions_GoesThroughThemBeforeCheckAgain()
    {
        var person = new SurveyJourney(Survey());
        person.Press("next", On(("respondent", "uses-services")));
        person.Press("next", On(("else", "Nothing")));
        Assert.Equal(SurveyStep.Check, person.Step);

        person.Press("change-1");
        person.Press("next", On(("respondent", "staff"), ("ways", "groups")));
        Assert.Equal((SurveyStep.Questions, 1), (person.Step, person.Page));
        Assert.Equal(["carers-group"], person.Shown.Select(question => question.Id));

        person.Press("next", On(("carers-group", "no")));
        Assert.Equal((SurveyStep.Questions, 2), (person.Step, person.Page));

        person.Press("next", On(("time", "yes")));
        Assert.Equal(SurveyStep.Check, person.Step);
        Assert.Equal(["Nothing"], person.Answers.Of("else"));
    }

    [Fact]
    public void AChangeOnCheckThatAsksNothingNew_ReturnsToCheckAfterTheChangedPage()
    {
        var person = new SurveyJourney(Survey());
        person.Press("next", On(("respondent", "carer")));
        person.Press("next", On(("hours", "few")));
        person.Press("next");

        person.Press("change-2-hours");
        Assert.Equal(("hours", 1), (person.Focus, person.Page));
        person.Press("next", On(("hours", "many")));

        Assert.Equal(SurveyStep.Check, person.Step);
        Assert.Equal(["many"], person.Answers.Of("hours"));
    }

    [Fact]
    public void Submit_ChecksEveryPageShown_ButNeverAQuestionThatWasNotAsked()
    {
        var survey = Survey();
        var unanswered = SurveyFlow.Move(survey, SurveyJourney.Of(new Dictionary<string, IReadOnlyList<string>> { ["respondent"] = ["staff"] }), 3, "submit", null);
        var hiddenBlank = SurveyFlow.Move(survey, SurveyJourney.Of(new Dictionary<string, IReadOnlyList<string>> { ["respondent"] = ["uses-services"] }), 3, "submit", null);

        Assert.Equal((SurveyStep.Questions, 2), (unanswered.Step, unanswered.Page));
        Assert.Single(unanswered.Errors);
        Assert.Equal(SurveyStep.Thanks, hiddenBlank.Step);
    }

    [Fact]
    public void EachPage_IsNamedWithItsPlaceAmongThePagesThisPersonIsShown()
    {
        var survey = Survey();
        var staff = SurveyJourney.Of(new Dictionary<string, IReadOnlyList<string>> { ["respondent"] = ["staff"] });

        Assert.Equal("Page 1 of 2: About you - Having a say", SurveyTitles.Of(survey, new(SurveyStep.Questions, 0, [], null), SurveyAnswers.Empty));
        Assert.Equal("Page 2 of 3: Your work - Having a say", SurveyTitles.Of(survey, new(SurveyStep.Questions, 2, [], null), staff));
        Assert.Equal("Error: Page 3 of 3: Anything else? - Having a say", SurveyTitles.Of(survey, new(SurveyStep.Questions, 3, [new(string.Empty, "x")], null), staff));
        Assert.Equal("Check your answers - Having a say", SurveyTitles.Of(survey, new(SurveyStep.Check, 3, [], null), staff));
    }

    [Fact]
    public void StaffRead_WhenAQuestionIsAsked_InTheSurveysOwnWords()
    {
        var survey = Survey();

        Assert.Null(SurveyConditionWords.AskedWhen(survey, survey.Find("respondent")!));
        Assert.Equal(
            "Asked only when the answer to 'Which of these describes you best?' is 'I work in care'.",
            SurveyConditionWords.AskedWhen(survey, survey.Find("time")!));
        Assert.Equal(
            "Asked only when the answer to 'How would you like to be involved?' includes 'Groups' and the answer to 'Which of these describes you best?' is 'I care for someone', or when the answer to 'Which of these describes you best?' is 'I work in care' and the answer to 'How would you like to be involved?' includes 'Groups'.",
            SurveyConditionWords.AskedWhen(survey, survey.Find("carers-group")!));
    }

    private static Dictionary<string, IReadOnlyList<string>> On(params (string Question, string Value)[] answers) =>
        answers.GroupBy(answer => answer.Question).ToDictionary(group => group.Key, group => (IReadOnlyList<string>)group.Select(answer => answer.Value).ToList(), StringComparer.Ordinal);

    private SurveyDefinition Survey() => SurveyParser.Parse("having-a-say", new ContentFile("surveys/having-a-say.md", Routed), _content.Markdown);
}
