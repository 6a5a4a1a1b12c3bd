using CoProWidgets.Quotes;
using CoProWidgets.Screening;

namespace CoProWidgets.Tests.Quotes;

/// <summary>What must not be published is flagged for the person who decides.</summary>
public sealed class QuoteFlagsTests
{
    [Theory]
    [InlineData("Ring me on 07700 900123 any time", QuoteFlags.Phone)]
    [InlineData("Call +44 20 7946 0018 please", QuoteFlags.Phone)]
    [InlineData("my number is 01632960001", QuoteFlags.Phone)]
    [InlineData("Email me at sam.jones@example.org", QuoteFlags.Email)]
    [InlineData("My NHS number is 943 476 5919", QuoteFlags.NhsNumber)]
    [InlineData("I live near RG1 2AB", QuoteFlags.Postcode)]
    [InlineData("I was born on 12/03/1956", QuoteFlags.Date)]
    [InlineData("born in 1948 and still waiting", QuoteFlags.Date)]
    [InlineData("on 3 March 2024 I waited six hours", QuoteFlags.Date)]
    [InlineData("Dr Patel was very kind", QuoteFlags.NamedPerson)]
    [InlineData("Nurse Okafor listened", QuoteFlags.NamedPerson)]
    [InlineData("My son hits me when he is angry", QuoteFlags.Safeguarding)]
    [InlineData("I have thought about suicide", QuoteFlags.Safeguarding)]
    [InlineData("My carer was neglected for weeks", QuoteFlags.Safeguarding)]
    [InlineData("send it to 9 Victoria Street", QuoteFlags.StreetAddress)]
    [InlineData("she was in bay 4", QuoteFlags.WardBedBay)]
    public void Text_WithSomethingThatMustNotBePublished_IsFlagged(string text, string flag)
    {
        Assert.Contains(flag, QuoteFlags.Find(text));
    }

    [Theory]
    [InlineData("Evening appointments would help people who work.")]
    [InlineData("I waited 3 weeks and 2 days for 10 minutes.")]
    [InlineData("The doctors were kind; the receptionist listened.")]
    public void OrdinaryWords_AreNotFlagged(string text)
    {
        Assert.Empty(QuoteFlags.Find(text));
    }

    [Theory]
    [InlineData("9434765919", true)]
    [InlineData("9434765918", false)]
    [InlineData("123456789", false)]
    public void NhsNumber_IsCheckedWithItsCheckDigit(string digits, bool valid)
    {
        Assert.Equal(valid, QuoteFlags.IsNhsNumber(digits));
    }

    [Fact]
    public void NhsNumber_IsNotAlsoCalledAPhoneNumber()
    {
        Assert.Equal([QuoteFlags.NhsNumber], QuoteFlags.Find("943 476 5919"));
    }

    [Fact]
    public void EveryKindOfFinding_HasAStoredLabelWithoutAComma()
    {
        // A quote stores its flags comma separated, so a comma in a label would split it in two.
        Assert.All(Enum.GetValues<ScreeningKind>(), kind => Assert.DoesNotContain(',', QuoteFlags.Label(kind)));
    }

    [Fact]
    public void Flags_AreListedInAFixedOrderWhateverTheOrderInTheText()
    {
        Assert.Equal([QuoteFlags.Email, QuoteFlags.Phone, QuoteFlags.NamedPerson], QuoteFlags.Find("Dr Patel: 07700 900123 or sam@example.org"));
    }
}
