using System.Globalization;
using CoProWidgets.Content;
using CoProWidgets.Http;
using CoProWidgets.Localisation;
using Microsoft.AspNetCore.Http;

namespace CoProWidgets.Tests.Http;

/// <summary>An embedded widget's <c>data-copro-lang</c> (sent as <c>lang</c>) sets the culture only when the site offers it.</summary>
public sealed class RequestVariantTests
{
    private static readonly IReadOnlyList<string> s_offered = OfferedLanguages.Of(new CoProWidgetsOptions());

    [Theory]
    [InlineData("cy", "cy")]
    [InlineData("CY", "cy")]
    [InlineData("cy-GB", "cy")]
    [InlineData("cy_GB", "cy")]
    [InlineData("ur", "ur")]
    [InlineData("pl", "pl")]
    [InlineData("en-GB", "en-GB")]
    public void Offered_ALanguageTheSiteOffers_IsItsCulture(string asked, string expected) =>
        Assert.Equal(CultureInfo.GetCultureInfo(expected), RequestVariant.Offered(asked, s_offered));

    [Theory]
    [InlineData("fr")]
    [InlineData("de-DE")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("x-made-up-language-tag-that-is-long")]
    public void Offered_ALanguageTheSiteDoesNotOffer_IsNothing(string? asked) =>
        Assert.Null(RequestVariant.Offered(asked, s_offered));

    [Fact]
    public void Offered_ALanguageTheSiteStoppedOffering_IsNothing() =>
        Assert.Null(RequestVariant.Offered("ur", OfferedLanguages.Of(new CoProWidgetsOptions { Languages = { "en-GB", "cy" } })));

    [Theory]
    [InlineData("?format=easy-read", "easy-read")]
    [InlineData("?format=standard", "standard")]
    [InlineData("?format=large", null)]
    [InlineData("", null)]
    public void Format_FromTheQuery_IsEasyReadOnlyWhenAsked(string query, string? expected)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);

        Assert.Equal(ContentVariant.ParseFormat(expected), RequestVariant.Format(context));
    }

    [Fact]
    public void DefaultLanguages_AreBritishEnglishAndTheShippedTranslations() =>
        Assert.Equal(["en-GB", "cy", "pl", "ur"], OfferedLanguages.Of(new CoProWidgetsOptions()));
}
