using CoProWidgets.Content;
using CoProWidgets.Surveys;
using CoProWidgets.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Tests.Surveys;

public sealed class QuestionTypeAnswerTests : IDisposable
{
    private const string Survey = """
        ---
        title: Every type
        thank-you: Thanks.
        ---
        ## How old are you?
        id: age
        type: number
        min: 16
        max: 120
        bands: 16 to 24 | 25 to 64 | 65 to 120

        ## When did you last visit?
        id: visited
        type: date
        earliest: 2026-01-01
        latest: 2026-12-31

        ## How likely are you to recommend us?
        id: likely
        type: rating
        from: 1
        to: 5
        labels: Not at all likely | Extremely likely

        ## Overall, how was your experience of our service?
        id: fft
        type: friends-and-family

        ## How did you hear about us?
        id: heard
        type: single
        other: Other (please say)

        - web: Our website
        - friend: A friend
        """;

    private readonly TestContent _content = new();
    private readonly SurveyDefinition _survey;

    public QuestionTypeAnswerTests() => _survey = SurveyParser.Parse("types", new ContentFile("surveys/types.md", Survey), _content.Markdown);

    public void Dispose() => _content.Dispose();

    [Fact]
    public void AValidAnswerToEveryType_IsStoredInItsPlainForm_AndHasNoErrors()
    {
        var answers = Read(Valid());

        Assert.Empty(answers.Validate(_survey.Questions));
        Assert.Equal(["1250"], Read(Valid(("q-age", " 1,250 "))).Of("age"));
        Assert.Equal(["42"], answers.Of("age"));
        Assert.Equal(["2026-03-05"], answers.Of("visited"));
        Assert.Equal(["4"], answers.Of("likely"));
        Assert.Equal(["very-good"], answers.Of("fft"));
        Assert.Equal(["other"], answers.Of("heard"));
        Assert.Equal(["The bus stop poster"], answers.Of("heard-other"));
    }

    [Theory]
    [InlineData("", "Enter a number: How old are you?")]
    [InlineData("forty", "Enter your answer as a number, like 12: How old are you?")]
    [InlineData("42.5", "Your answer must be a whole number: How old are you?")]
    [InlineData("12", "Your answer must be between 16 and 120: How old are you?")]
    [InlineData("121", "Your answer must be between 16 and 120: How old are you?")]
    public void Number_OutOfRangeOrNotANumber_SaysWhatToEnter(string typed, string message)
    {
        var error = Assert.Single(Read(Valid(("q-age", typed))).Validate(_survey.Questions));

        Assert.Equal(new("q-age", message), error);
    }

    [Theory]
    [InlineData("", "", "", "q-visited", "Enter a date")]
    [InlineData("5", "", "2026", "q-visited-month", "The date must include a month")]
    [InlineData("", "", "2026", "q-visited", "The date must include a day and month")]
    [InlineData("5", "13", "2026", "q-visited-month", "The date must be a real date")]
    [InlineData("32", "3", "2026", "q-visited", "The date must be a real date")]
    [InlineData("31", "2", "2026", "q-visited", "The date must be a real date")]
    [InlineData("5", "3", "26", "q-visited-year", "Year must include 4 numbers")]
    [InlineData("5", "3", "2025", "q-visited", "The date must be between 1 January 2026 and 31 December 2026")]
    public void Date_WithAPartWrong_NamesThePartAsGovUkDoes(string day, string month, string year, string field, string message)
    {
        var answers = Read(Valid(("q-visited-day", day), ("q-visited-month", month), ("q-visited-year", year)));

        var error = Assert.Single(answers.Validate(_survey.Questions));

        Assert.Equal(new(field, message + ": When did you last visit?"), error);
    }

    [Fact]
    public void Date_WrittenWithTheMonthsName_IsAccepted()
    {
        var answers = Read(Valid(("q-visited-month", "March")));

        Assert.Equal(["2026-03-05"], answers.Of("visited"));
    }

    [Fact]
    public void Date_TypedWrong_KeepsWhatWasTypedToShowAgain()
    {
        var answers = Read(Valid(("q-visited-month", "13")));

        Assert.Equal(["5", "13", "2026"], SurveyDateBounds.Typed(answers.Of("visited")));
        Assert.Equal(["5", "3", "2026"], SurveyDateBounds.Typed(["2026-03-05"]));
    }

    [Fact]
    public void Other_ChosenWithoutWords_AsksForThem()
    {
        var error = Assert.Single(Read(Valid(("q-heard-other", ""))).Validate(_survey.Questions));

        Assert.Equal(new("q-heard-other", "Enter your other answer, or choose another option: How did you hear about us? (Other (please say))"), error);
    }

    [Fact]
    public void Other_Unchosen_DropsTheWordsTyped()
    {
        var answers = Read(Valid(("q-heard", "web")));

        Assert.Empty(answers.Validate(_survey.Questions));
        Assert.Empty(answers.Of("heard-other"));
    }

    [Fact]
    public void Other_TooLong_IsRefused()
    {
        var error = Assert.Single(Read(Valid(("q-heard-other", new string('a', SurveyQuestion.OtherMaxLength + 1)))).Validate(_survey.Questions));

        Assert.Equal("q-heard-other", error.Field);
        Assert.StartsWith("Your answer must be 500 characters or fewer", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("q-likely", "0")]
    [InlineData("q-likely", "6")]
    [InlineData("q-fft", "excellent")]
    public void RatingAndFriendsAndFamily_OutsideTheirAnswers_AreRefused(string field, string value)
    {
        var error = Assert.Single(Read(Valid((field, value))).Validate(_survey.Questions));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Counted_GivesANumbersBand_NeverTheNumberOrADate()
    {
        var counted = SurveyService.Counted(_survey, Read(Valid())).Where(count => count.Question.Length > 0).ToList();

        Assert.Contains(("age", "25-64", ""), counted);
        Assert.DoesNotContain(counted, count => count.Option == "42");
        Assert.DoesNotContain(counted, count => count.Question is "visited" or "heard-other");
        Assert.Contains(("heard", "other", ""), counted);
        Assert.Contains(("fft", "very-good", ""), counted);
    }

    [Fact]
    public void CheckYourAnswers_ShowsTheWordsForOther_AndEachTypeInWords()
    {
        var rows = SurveyQuestionViews.Summary(_survey, _survey.Route(Read(Valid())));

        Assert.Equal(
            ["42", "5 March 2026", "4", "Very good", "Other (please say): The bus stop poster"],
            rows.Select(row => row.Answer));
    }

    private SurveyAnswers Read(Dictionary<string, StringValues> fields) => SurveyAnswers.Read(new FormCollection(fields), _survey);

    private static Dictionary<string, StringValues> Valid(params (string Field, string Value)[] changes)
    {
        var fields = new Dictionary<string, StringValues>
        {
            ["q-age"] = "42",
            ["q-visited-day"] = "5",
            ["q-visited-month"] = "3",
            ["q-visited-year"] = "2026",
            ["q-likely"] = "4",
            ["q-fft"] = "very-good",
            ["q-heard"] = "other",
            ["q-heard-other"] = "The bus stop poster",
        };
        foreach (var (field, value) in changes)
        {
            fields[field] = value;
        }

        return fields;
    }
}
