using CoProWidgets.Content;
using CoProWidgets.GetInvolved;
using CoProWidgets.Tests.Support;

namespace CoProWidgets.Tests.GetInvolved;

public sealed class GetInvolvedContentTests : IDisposable
{
    private const string Valid = """
        ---
        title: Get involved
        privacy-url: /privacy
        consent: Healthwatch Riverside will keep your details to contact you about co-production. You can withdraw your consent at any time.
        areas:
          mental-health: Mental health
          gp-access: GP access
          care-homes: Care homes
        ---
        ## What taking part involves
        Come to a meeting, answer a survey, or review a leaflet.
        """;

    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Parse_ReadsTitleAreasInOrderConsentAndPrivacyLink()
    {
        var content = Parse(Valid);

        Assert.Equal("Get involved", content.Title);
        Assert.Equal(["mental-health", "gp-access", "care-homes"], content.Areas.Select(area => area.Id));
        Assert.Equal("GP access", content.Areas[1].Label);
        Assert.StartsWith("Healthwatch Riverside will keep your details", content.Consent, StringComparison.Ordinal);
        Assert.Equal("/privacy", content.PrivacyUrl);
    }

    [Fact]
    public void Body_IsShiftedBelowTheWidgetTitle()
    {
        var content = Parse(Valid);

        Assert.StartsWith("<h3>What taking part involves</h3>", Html.Of(content.Body(2)), StringComparison.Ordinal);
        Assert.StartsWith("<h4>What taking part involves</h4>", Html.Of(content.Body(3)), StringComparison.Ordinal);
    }

    [Fact]
    public void ConsentVersion_ChangesWhenTheWordsChangeAndOnlyThen()
    {
        var original = Parse(Valid).ConsentVersion;

        Assert.Equal(original, Parse(Valid.Replace("title: Get involved", "title: Take part", StringComparison.Ordinal)).ConsentVersion);
        Assert.NotEqual(original, Parse(Valid.Replace("at any time", "whenever you like", StringComparison.Ordinal)).ConsentVersion);
        Assert.Equal(16, original.Length);
    }

    [Theory]
    [InlineData("privacy-url: /privacy", "privacy-url: javascript:alert(1)", 3, "must be a page on this site")]
    [InlineData("privacy-url: /privacy", "privacy-url: //elsewhere.example/privacy", 3, "must be a page on this site")]
    [InlineData("privacy-url: /privacy", "privacy-url: http://example.org/privacy", 3, "https://")]
    [InlineData("  gp-access: GP access", "  gp access: GP access", 7, "letters, digits")]
    [InlineData("  gp-access: GP access", "  mental-health: GP access", 7, "given twice")]
    [InlineData("  gp-access: GP access", "  gp-access:\n    - a", 7, "one line")]
    public void Parse_WithAMistake_ReportsTheLine(string find, string replace, int line, string message)
    {
        var error = ParseError(Valid.Replace(find, replace, StringComparison.Ordinal));

        Assert.Equal("get-involved.md", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithoutAreas_SaysHowToWriteThem()
    {
        var error = ParseError("---\ntitle: T\nprivacy-url: /privacy\nconsent: C\n---\n");

        Assert.Contains("'areas' is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithAreasAsAPlainValue_SaysHowToWriteThem()
    {
        var error = ParseError("---\ntitle: T\nprivacy-url: /privacy\nconsent: C\nareas: GP access\n---\n");

        Assert.Equal(5, error.Line);
        Assert.Contains("indented 'id: label' lines", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithoutConsent_ReportsTheRequiredField()
    {
        var error = ParseError(Valid.Replace("consent:", "consnet:", StringComparison.Ordinal));

        Assert.Contains("Unknown field 'consnet'", error.Message, StringComparison.Ordinal);
    }

    private GetInvolvedContent Parse(string text) => GetInvolvedContent.Parse(new ContentFile(GetInvolvedContent.Path, text), _content.Markdown);

    private ContentError ParseError(string text) => Assert.Throws<ContentException>(() => Parse(text)).Error;
}
