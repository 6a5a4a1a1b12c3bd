using CoProWidgets.GetInvolved;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Tests.GetInvolved;

public sealed class EmailAddressTests
{
    private static readonly IStringLocalizer<GetInvolvedText> s_text =
        new StringLocalizer<GetInvolvedText>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    [Theory]
    [InlineData("ｓam@example.org", "sam@example.org")]
    [InlineData("sam@ｅxample.org", "sam@example.org")]
    [InlineData(" Sam@Example.org ", "sam@example.org")]
    [InlineData("ﬁona@example.org", "fiona@example.org")]
    public void LookAlikeSpellings_HaveTheSameKey(string typed, string key) =>
        Assert.Equal(key, EmailAddresses.KeyOf(EmailAddresses.Normalize(typed)));

    [Theory]
    [InlineData("user@[10.0.0.5]")]
    [InlineData("user@10.0.0.5")]
    [InlineData("user@[IPv6:2001:db8::1]")]
    public void AddressLiterals_AreRefusedWithAMessageThatSaysWhy(string email)
    {
        Assert.True(EmailAddresses.IsAddressLiteral(email));
        Assert.False(EmailAddresses.IsPlain(email));
        var error = Assert.Single(GetInvolvedForm.ValidateEmail(email, s_text));
        Assert.Contains("not an IP address", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sam@example.org")]
    [InlineData("sam.jones+coproduction@mail.example.co.uk")]
    public void OrdinaryAddresses_AreAccepted(string email) => Assert.Empty(GetInvolvedForm.ValidateEmail(email, s_text));

    [Theory]
    [InlineData("", "Enter your email address")]
    [InlineData("sam", "in the correct format")]
    [InlineData("Sam <sam@example.org>", "in the correct format")]
    public void BadAddresses_GetAClearMessage(string email, string message) =>
        Assert.Contains(message, Assert.Single(GetInvolvedForm.ValidateEmail(email, s_text)).Message, StringComparison.Ordinal);
}
