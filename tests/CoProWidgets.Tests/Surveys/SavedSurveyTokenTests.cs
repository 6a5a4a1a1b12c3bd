using CoProWidgets.Surveys;

namespace CoProWidgets.Tests.Surveys;

/// <summary>The link's token and the recipient's budget key: what they accept, and that neither keeps what it came from.</summary>
public sealed class SavedSurveyTokenTests
{
    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", true)]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789-_ABCDE", true)]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", false)]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", false)]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", false)]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsToken_AcceptsOnlyTheBase64UrlOf32Bytes(string? token, bool expected) =>
        Assert.Equal(expected, SavedSurveys.IsToken(token));

    [Fact]
    public void Hash_IsTheSha256InHex_SoTheStoredValueCannotBeUsedAsALink()
    {
        var hash = SavedSurveys.Hash("abcdefghijklmnopqrstuvwxyz0123456789-_ABCDE");
        Assert.Equal(64, hash.Length);
        Assert.True(hash.All(char.IsAsciiHexDigitLower));
        Assert.False(SavedSurveys.IsToken(hash));
        Assert.NotEqual(hash, SavedSurveys.Hash("abcdefghijklmnopqrstuvwxyz0123456789-_ABCDF"));
    }

    [Fact]
    public void RecipientHash_IsOneKeyPerAddressWhateverItsCapitals_AndHoldsNoPartOfIt()
    {
        var hash = SavedLinkEmail.RecipientHash("Sam.Carer@Example.org");
        Assert.Equal(hash, SavedLinkEmail.RecipientHash("sam.carer@example.org"));
        Assert.NotEqual(hash, SavedLinkEmail.RecipientHash("sam.carer@example.com"));
        Assert.DoesNotContain("sam", hash, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("example", hash, StringComparison.OrdinalIgnoreCase);
    }
}
