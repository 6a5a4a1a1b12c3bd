using System.Globalization;
using CoProWidgets.Localisation;

namespace CoProWidgets.Tests.Localisation;

public sealed class TextDirectionTests
{
    [Theory]
    [InlineData("ur")]
    [InlineData("ur-PK")]
    [InlineData("ur-IN")]
    [InlineData("ar")]
    [InlineData("ar-EG")]
    [InlineData("fa")]
    [InlineData("fa-IR")]
    [InlineData("prs")]
    [InlineData("ps")]
    [InlineData("ps-AF")]
    [InlineData("he")]
    [InlineData("he-IL")]
    [InlineData("sd")]
    [InlineData("ckb")]
    [InlineData("ug")]
    [InlineData("yi")]
    [InlineData("dv")]
    [InlineData("pa-Arab")]
    [InlineData("pa-Arab-PK")]
    [InlineData("ks-Arab")]
    [InlineData("AR")]
    [InlineData("ur_PK")]
    public void Of_ALanguageWrittenRightToLeft_IsRtl(string tag)
    {
        Assert.Equal("rtl", TextDirection.Of(tag));
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("en")]
    [InlineData("cy")]
    [InlineData("cy-GB")]
    [InlineData("pl")]
    [InlineData("pa")]
    [InlineData("pa-IN")]
    [InlineData("bn")]
    [InlineData("so")]
    [InlineData("ro")]
    [InlineData("gd")]
    [InlineData("ks-Deva")]
    [InlineData("ug-Cyrl")]
    [InlineData("az-Latn")]
    public void Of_ALanguageWrittenLeftToRight_IsLtr(string tag)
    {
        Assert.Equal("ltr", TextDirection.Of(tag));
    }

    [Fact]
    public void Of_TheInvariantCulture_IsBritishEnglishLeftToRight()
    {
        Assert.Equal("en-GB", LanguageTag.Of(CultureInfo.InvariantCulture));
        Assert.Equal("ltr", TextDirection.Of(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("ur-PK")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    [InlineData("he-IL")]
    [InlineData("ps-AF")]
    public void Of_AgreesWithTheCultureDataOfTheMachine(string name)
    {
        // An independent check: ICU's own data for the culture says right to left too.
        var culture = CultureInfo.GetCultureInfo(name);
        Assert.True(culture.TextInfo.IsRightToLeft);
        Assert.Equal("rtl", TextDirection.Of(culture));
    }
}
