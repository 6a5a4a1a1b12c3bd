using CoProWidgets.Screening;

namespace CoProWidgets.Tests.Screening;

/// <summary>Numbers and email addresses written as they would be said are rewritten as they are written.</summary>
public sealed class NormaliserTests
{
    [Theory]
    [InlineData("oh seven seven double oh nine double oh one two three", "07700900123")]
    [InlineData("zero one one three, four nine six, treble oh", "0113496000")]
    [InlineData("nought seven 700 nine double four", "07700944")]
    [InlineData("O seven nine one one 123456", "07911123456")]
    public void SpelledDigits_BecomeTheDigitsTheyStandFor(string run, string digits)
    {
        Assert.Equal(digits, Normaliser.SpelledDigits(run));
    }

    [Theory]
    [InlineData("07700 900123")]
    [InlineData("one two three")]
    [InlineData("double oh seven")]
    public void DigitsAlreadyWritten_OrTooFewToBeANumber_AreLeftAlone(string run)
    {
        Assert.Null(Normaliser.SpelledDigits(run));
    }

    [Theory]
    [InlineData("my email is jane dot smith at gmail dot com", "jane.smith@gmail.com")]
    [InlineData("j smith @ nhs . net is my work one", "smith@nhs.net")]
    [InlineData("contact pete(at)petes.co.uk", "pete@petes.co.uk")]
    [InlineData("dan.w[at]outlook.com", "dan.w@outlook.com")]
    public void SpokenEmailAddresses_AreWrittenAsAddresses(string text, string address)
    {
        Assert.Contains(address, Normaliser.Normalise(text).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I looked at nhs.uk for advice")]
    [InlineData("we waited at reception for an hour")]
    [InlineData("one of the nurses was lovely")]
    public void OrdinaryWords_AreNotRewritten(string text)
    {
        Assert.Equal(text, Normaliser.Normalise(text).Text);
    }

    [Fact]
    public void AFindingInTheNormalisedText_PointsAtWhatWasWritten()
    {
        const string Text = "ring oh seven seven double oh nine double oh one two three today";

        Assert.Equal("oh seven seven double oh nine double oh one two three", ScreeningAssert.Found(ScreeningKind.Phone, Text));
    }

    [Fact]
    public void ASpokenEmailFound_PointsAtWhatWasWritten()
    {
        const string Text = "write to jane dot smith at gmail dot com please";

        Assert.Equal("jane dot smith at gmail dot com", ScreeningAssert.Found(ScreeningKind.Email, Text));
    }
}
