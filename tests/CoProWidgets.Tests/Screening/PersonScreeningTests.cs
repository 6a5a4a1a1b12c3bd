using CoProWidgets.Screening;

namespace CoProWidgets.Tests.Screening;

/// <summary>Dates that may be a date of birth, and people named.</summary>
public sealed class PersonScreeningTests
{
    [Theory]
    [InlineData("I was born on 12/03/1948")]
    [InlineData("born 3rd March 1951")]
    [InlineData("born in 1947")]
    [InlineData("DOB 4.5.62")]
    [InlineData("my appointment on March 3rd was cancelled")]
    [InlineData("born in '59")]
    [InlineData("My appointment at the clinic on 3rd March was cancelled twice")]
    [InlineData("I was seen in clinic on 4 June and nobody wrote to my GP")]
    public void ADate_InTheFormsPeopleWriteIt_IsFound(string text) => ScreeningAssert.Finds(ScreeningKind.Date, text);

    [Theory]
    [InlineData("open 8am to 6.30pm")]
    [InlineData("open 8.30-6.30 weekdays")]
    [InlineData("waited 3 weeks")]
    [InlineData("I'm 82")]
    [InlineData("been here since 2019")]
    [InlineData("they put me on 20mg")]
    [InlineData("it may 2 be better")]
    [InlineData("The flu jab clinic is on Saturday 12 October at the church hall, 9 till 12")]
    [InlineData("The open day is on 14 November at the town hall. I'll be there with my questions.")]
    public void TimesAgesYearsAndDoses_AreNotDates(string text) => ScreeningAssert.DoesNotFind(ScreeningKind.Date, text);

    [Theory]
    [InlineData("Dr Patel was kind", "Dr Patel")]
    [InlineData("mrs khan at the desk", "mrs khan")]
    [InlineData("my husband Gary has waited a year", "Gary")]
    [InlineData("my GP Sarah Jenkins is brilliant", "Sarah Jenkins")]
    [InlineData("the nurse called Priya was lovely", "Priya")]
    [InlineData("my son's social worker, Mark, never calls", "Mark")]
    [InlineData("my wife jean has parkinsons", "jean")]
    public void APersonNamedWithATitleOrAfterARelationship_IsFound(string text, string name)
    {
        Assert.Equal(name, ScreeningAssert.Found(ScreeningKind.NamedPerson, text));
    }

    [Theory]
    [InlineData("Dr Foster Intelligence rated the trust")]
    [InlineData("Dr Gray's Hospital is too far")]
    [InlineData("my husband and I both go there")]
    [InlineData("the gp listened to me")]
    [InlineData("the nurse practitioner was good")]
    [InlineData("the dr said to come back")]
    [InlineData("Doctor Foster went to Gloucester in a shower of rain, and so did I to the walk-in centre")]
    [InlineData("Nye Bevan would be ashamed of what has happened to dentistry")]
    [InlineData("Used the app to order my repeat prescription. Wish I'd done it sooner.")]
    public void OrganisationsAndUnnamedPeople_AreNotNamedPeople(string text) => ScreeningAssert.DoesNotFind(ScreeningKind.NamedPerson, text);
}
