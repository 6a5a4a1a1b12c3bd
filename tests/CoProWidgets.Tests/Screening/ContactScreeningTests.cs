using CoProWidgets.Screening;

namespace CoProWidgets.Tests.Screening;

/// <summary>Email addresses, phone numbers someone can be reached on, and NHS numbers.</summary>
public sealed class ContactScreeningTests
{
    [Theory]
    [InlineData("email me at jane.smith@gmail.com")]
    [InlineData("my email is lindahughes62 at aol dot com")]
    [InlineData("sam (at) samandlee dot org dot uk")]
    public void AnEmailAddress_HoweverWritten_IsFound(string text) => ScreeningAssert.Finds(ScreeningKind.Email, text);

    [Theory]
    [InlineData("ring me on 07700 900123")]
    [InlineData("call +44 20 7946 0018")]
    [InlineData("my mobile is zero seven nine four six one two three four five six")]
    [InlineData("phone double oh four four seven seven double oh nine oh oh one two three")]
    [InlineData("tel: 01632-960-789")]
    public void APersonalPhoneNumber_HoweverWritten_IsFound(string text) => ScreeningAssert.Finds(ScreeningKind.Phone, text);

    [Theory]
    [InlineData("call 0300 123 4567 and you get music")]
    [InlineData("ring 0808 800 5000 for advice")]
    [InlineData("i rang 111 then 999")]
    [InlineData("the samaritans on 116 123 helped")]
    public void HelplinesAndServiceNumbers_AreNotPersonalPhones(string text) => ScreeningAssert.FindsNothing(text);

    [Theory]
    [InlineData("my NHS number is 123 456 7890")]
    [InlineData("nhs no 6000000002")]
    [InlineData("mine is 450 557 7104 (nhs)")]
    public void TenDigitsCalledAnNhsNumber_AreOneWhateverTheirCheckDigit(string text) => ScreeningAssert.Finds(ScreeningKind.NhsNumber, text);

    [Fact]
    public void TenDigitsWithAValidCheckDigit_AreAnNhsNumberNotAPhone()
    {
        Assert.Equal([ScreeningKind.NhsNumber], AnswerScreen.Screen("9434765919 is on the system").Kinds);
    }

    [Fact]
    public void TenDigitsWithAnInvalidCheckDigitAndNoContext_AreNotAnNhsNumber() => ScreeningAssert.FindsNothing("reference 9434765918");
}
