using System.Globalization;
using CoProWidgets.Localisation;
using CoProWidgets.Outcomes;
using CoProWidgets.SurveyResults;
using CoProWidgets.Tests.SurveyResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Tests.Localisation;

/// <summary>
/// The results' figures in words and the outcomes' statuses come from the translations of the culture shown, with
/// its numbers and month names; British English where no culture is set.
/// </summary>
public sealed class ResultsWordsTests
{
    private static readonly RoutedSnapshotPropertyTests.Person[] s_people =
    [
        .. Enumerable.Repeat(new RoutedSnapshotPropertyTests.Person("carer", "yes", "agree"), 12),
        .. Enumerable.Repeat(new RoutedSnapshotPropertyTests.Person("patient", "yes", null), 3),
        .. Enumerable.Repeat(new RoutedSnapshotPropertyTests.Person("patient", "no", "agree"), 20),
    ];

    [Theory]
    [InlineData("cy", "Pawb", "Gofynnwyd i bobl a ddywedodd “Ie”", "(gofynnwyd i 15 o bobl)", "Heb ei ddangos: llai na 10 o ymatebion.")]
    [InlineData("pl", "Wszyscy", "Pytanie zadano osobom udzielającym odpowiedzi „Tak”", "(liczba osób, którym zadano pytanie: 15)", "Nie pokazano: mniej odpowiedzi niż 10.")]
    [InlineData("ur", "سب لوگ", "یہ سوال صرف ان سے پوچھا گیا: وہ لوگ جنہوں نے “ہاں” کہا", "(15 لوگوں سے پوچھا گیا)", "نہیں دکھایا گیا: 10 سے کم جوابات۔")]
    public void Build_InAnotherLanguage_WritesWhoWasAskedAndTheFiguresInItsWords(string language, string everyone, string asked, string people, string fewer)
    {
        var survey = RoutedSnapshotPropertyTests.Parse("use is yes");
        var tally = RoutedSnapshotPropertyTests.Tally(survey, s_people);

        var (say, hidden) = In(language, () => (ResultsBuilder.Build(survey, tally, 10).Single(question => question.Id == "say"), new Proportion(3, 9).Describe("", 10)));

        Assert.Equal(everyone, say.Rows[0].Label);
        Assert.Equal(asked, say.AskedOf);
        Assert.Contains(people, say.Rows[0].Words, StringComparison.Ordinal);
        Assert.Contains(In(language, () => ResultsWords.Percent(1.0)), say.Rows[0].Words, StringComparison.Ordinal);
        Assert.Equal(fewer, hidden);
    }

    [Fact]
    public void Numbers_AreWrittenAsTheCultureWritesThem_AndAsBritishEnglishWhereNoneIsSet()
    {
        Assert.NotEqual("1,234", In("pl", () => ShownCulture.Number(1234)));
        Assert.Equal(1234.ToString("N0", CultureInfo.GetCultureInfo("pl")), In("pl", () => ShownCulture.Number(1234)));
        Assert.Equal("3 grudnia 2026", In("pl", () => ShownCulture.LongDate(new DateOnly(2026, 12, 3))));
        Assert.Equal("3 Rhagfyr 2026", In("cy", () => ShownCulture.LongDate(new DateOnly(2026, 12, 3))));

        Assert.Equal("1,234", In(string.Empty, () => ShownCulture.Number(1234)));
        Assert.Equal("45%", In(string.Empty, () => ShownCulture.Percent(45)));
        Assert.Equal("3 December 2026", In(string.Empty, () => ShownCulture.LongDate(new DateOnly(2026, 12, 3))));
    }

    [Fact]
    public void SuppressionWords_AreTheBritishEnglishOfTheResource()
    {
        Assert.Equal(Suppression.NotShown, In("en-GB", () => ResultsWords.Library.NotShown));
        Assert.EndsWith(Suppression.Why, Suppression.NotShown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cy", "Ar waith", "Dywedoch chi")]
    [InlineData("ur", "جاری ہے", "آپ نے کہا")]
    [InlineData("en-GB", "In progress", "You said")]
    public void OutcomeWords_ComeFromTheTranslation(string language, string status, string heading)
    {
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var text = services.GetRequiredService<IStringLocalizer<OutcomesText>>();

        Assert.Equal(status, In(language, () => OutcomeText.Label(OutcomeStatus.InProgress, text)));
        Assert.Equal(heading, In(language, () => OutcomeText.Heading(OutcomeSection.Said, text)));
    }

    private static T In<T>(string language, Func<T> read)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }
}
