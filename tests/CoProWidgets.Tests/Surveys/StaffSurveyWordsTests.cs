using System.Globalization;
using CoProWidgets.Content;
using CoProWidgets.Outcomes;
using CoProWidgets.Surveys;
using CoProWidgets.Tests.Support;

namespace CoProWidgets.Tests.Surveys;

/// <summary>
/// The survey's words that staff read (channels, "Not asked", when a routed question is asked, the consent question,
/// the kiosk event's errors) and outcome statuses come in the page's language, a condition as a whole sentence;
/// English is as it always was, and the responses CSV keeps "Not asked" as data.
/// </summary>
public sealed class StaffSurveyWordsTests : IDisposable
{
    private const string Survey = """
        ---
        title: Having a say
        thank-you: Thanks.
        ---
        ## Do you care for someone?
        id: carer
        type: yes-no

        ---

        ## Which support do you use?
        id: support
        type: multiple
        show-if: carer is yes

        - groups: Groups
        - calls: Calls

        ---

        ## Tell us about the group
        id: group
        type: text
        publish: ask
        show-if: support includes groups and carer is yes
        """;

    private readonly TestContent _content = new();
    private readonly SurveyDefinition _survey;
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture, _uiCulture = CultureInfo.CurrentUICulture;

    public StaffSurveyWordsTests() => _survey = SurveyParser.Parse("s", new ContentFile("surveys/s.md", Survey), _content.Markdown);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
        _content.Dispose();
    }

    [Theory]
    [InlineData("en-GB", "Phone call", "Not asked", "Asked only when the answer to 'Do you care for someone?' is 'Yes'.", "In progress")]
    [InlineData("cy", "Galwad ffôn", "Heb ei ofyn", "Gofynnir hyn dim ond os mai 'Ie' yw'r ateb i 'Do you care for someone?'.", "Ar waith")]
    [InlineData("pl", "Rozmowa telefoniczna", "Nie zadano", "To pytanie jest zadawane tylko wtedy, gdy odpowiedź na pytanie „Do you care for someone?” brzmi „Tak”.", "W trakcie")]
    [InlineData("ur", "فون کال", "نہیں پوچھا گیا", "یہ سوال صرف اس وقت پوچھا جاتا ہے جب 'Do you care for someone?' کا جواب 'ہاں' ہو۔", "جاری ہے")]
    public void WordsStaffRead_AreInThePagesLanguage(string language, string phone, string notAsked, string askedWhen, string status)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);

        Assert.Equal(phone, SurveyChannels.Label(SurveyChannel.Phone));
        Assert.Equal(notAsked, SurveyNotAsked.Words);
        Assert.Equal(askedWhen, SurveyConditionWords.AskedWhen(_survey, _survey.Find("support")!));
        Assert.Equal(status, OutcomeText.Label(OutcomeStatus.InProgress));
        Assert.Equal("Not asked", SurveyNotAsked.CsvValue);
    }

    [Fact]
    public void SeveralConditions_AreJoinedByTheLanguagesOwnWords()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
        var english = SurveyConditionWords.AskedWhen(_survey, _survey.Find("group")!);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("cy");
        var welsh = SurveyConditionWords.AskedWhen(_survey, _survey.Find("group")!);

        Assert.Equal("Asked only when the answer to 'Which support do you use?' includes 'Groups' and the answer to 'Do you care for someone?' is 'Yes'.", english);
        Assert.Equal("Gofynnir hyn dim ond os yw'r ateb i 'Which support do you use?' yn cynnwys 'Groups' ac os mai 'Ie' yw'r ateb i 'Do you care for someone?'.", welsh);
        Assert.Equal($"Ni ofynnir hyn gyda'r atebion a roddwyd, felly ni chaiff unrhyw ateb yma ei gadw. {welsh}", SurveyConditionWords.Skipped(welsh!));
    }

    [Fact]
    public void TheConsentQuestion_IsShownInThePagesLanguage_AndKeptAsWrittenForExports()
    {
        var consent = _survey.Find("group" + SurveyQuestion.ConsentSuffix)!;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("pl");

        Assert.Equal(SurveyParser.ConsentQuestion, consent.Text);
        Assert.Equal("Czy możemy opublikować to, co Państwo napisali, bez podawania imienia i nazwiska?", consent.ShownText);
        Assert.Equal("Tell us about the group", _survey.Find("group")!.ShownText);
    }

    [Theory]
    [InlineData("en-GB", "Enter the event's name", "The event's name must be on one line")]
    [InlineData("ur", "تقریب کا نام درج کریں", "تقریب کا نام ایک ہی سطر میں ہونا چاہیے")]
    public void TheKioskEventsErrors_AreInThePagesLanguage(string language, string missing, string lines)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);

        Assert.Equal(missing, KioskEventName.Problem(" "));
        Assert.Equal(lines, KioskEventName.Problem("Fair\nday"));
        Assert.Null(KioskEventName.Problem("Summer fair"));
    }
}
