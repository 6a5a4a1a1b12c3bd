using CoProWidgets.Embed;

namespace CoProWidgets.Tests.Embed;

public sealed class EmbedOriginsTests
{
    [Theory]
    [InlineData("https://www.healthwatch-example.org.uk", "https://www.healthwatch-example.org.uk")]
    [InlineData("https://WWW.Example.ORG/", "https://www.example.org")]
    [InlineData("https://example.org:443", "https://example.org")]
    [InlineData("http://127.0.0.1:5081", "http://127.0.0.1:5081")]
    [InlineData(" https://example.org ", "https://example.org")]
    public void Normalize_GivesTheOriginAsBrowsersSendIt(string configured, string expected)
    {
        Assert.Equal(expected, EmbedOrigins.Normalize(configured));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("https://*.example.org")]
    [InlineData("null")]
    [InlineData("example.org")]
    [InlineData("ftp://example.org")]
    [InlineData("https://example.org/path")]
    [InlineData("https://example.org//")]
    [InlineData("https://example.org?x=1")]
    [InlineData("https://user@example.org")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public void Normalize_RefusesAnythingThatIsNotOneSitesOrigin(string configured)
    {
        Assert.Null(EmbedOrigins.Normalize(configured));
    }
}
