using System.Globalization;
using CoProWidgets.Content;
using CoProWidgets.Surveys;
using CoProWidgets.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Tests.Surveys;

/// <summary>
/// What the survey's checks and titles say comes in the visitor's language (the request's culture), with dates' months
/// in it too; English is as it always was.
/// </summary>
public sealed class SurveyWordsTests : IDisposable
{
    private const string Survey = """
        ---
        title: Having a say
        thank-you: Thanks.
        ---
        ## Overall, how was your experience of our service?
        id: fft
        type: friends-and-family

        ## When did you last visit?
        id: visited
        type: date
        earliest: 2026-01-01
        """;

    private readonly TestContent _content = new();
    private readonly SurveyDefinition _survey;
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture, _uiCulture = CultureInfo.CurrentUICulture;

    public SurveyWordsTests() => _survey = SurveyParser.Parse("s", new ContentFile("surveys/s.md", Survey), _content.Markdown);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
        _content.Dispose();
    }

    [Theory]
    [InlineData("en-GB", "Select an answer: Overall, how was your experience of our service?", "The date must be the same as or after 1 January 2026: When did you last visit?", "Error: Having a say", "Very good, Don’t know")]
    [InlineData("cy", "Dewiswch ateb: Overall, how was your experience of our service?", "Rhaid i'r dyddiad fod yr un fath â 1 Ionawr 2026 neu ar ei ôl: When did you last visit?", "Gwall: Having a say", "Da iawn, Ddim yn gwybod")]
    [InlineData("pl", "Proszę wybrać odpowiedź: Overall, how was your experience of our service?", "Data musi być taka sama jak 1 stycznia 2026 lub późniejsza: When did you last visit?", "Błąd: Having a say", "Bardzo dobrze, Nie wiem")]
    [InlineData("ur", "جواب منتخب کریں: Overall, how was your experience of our service?", "تاریخ 1 جنوری 2026 یا اس کے بعد کی ہونی چاہیے: When did you last visit?", "خرابی: Having a say", "بہت اچھا, معلوم نہیں")]
    public void ErrorsTitlesAndBuiltInAnswers_AreInTheVisitorsLanguage(string language, string required, string tooEarly, string title, string answers)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);

        var errors = Read(("q-visited-day", "5"), ("q-visited-month", "3"), ("q-visited-year", "2025")).Validate(_survey.Questions);
        var thanks = SurveyTitles.Of(_survey, new(SurveyStep.Thanks, 0, [errors[0]], null), SurveyAnswers.Empty);
        var described = _survey.Questions.First().Describe(["very-good", "dont-know"]);

        Assert.Equal([required, tooEarly], errors.Select(error => error.Message));
        Assert.Equal(title, thanks);
        Assert.Equal(answers, described);
    }

    [Fact]
    public void TheLibrarysOwnAnswers_AreTranslated_AndAnEditorsLabelIsNot()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("cy");

        Assert.Equal("Cytuno", SurveyWords.Label(SurveyParser.AgreementScale[1]));
        Assert.Equal("Mae'n well gennyf beidio â dweud", SurveyWords.Label(SurveyParser.PreferNotToSay));
        Assert.Equal("Agree a lot", SurveyWords.Label(new("agree", "Agree a lot")));
    }

    private SurveyAnswers Read(params (string Field, string Value)[] fields) =>
        SurveyAnswers.Read(new FormCollection(fields.ToDictionary(field => field.Field, field => new StringValues(field.Value))), _survey);
}
