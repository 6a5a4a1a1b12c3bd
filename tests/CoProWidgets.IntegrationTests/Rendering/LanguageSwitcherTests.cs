using AngleSharp.Dom;
using CoProWidgets.Testing;

namespace CoProWidgets.IntegrationTests.Rendering;

/// <summary>
/// The language switcher on the sample's widgets: plain links to the same page in each language its content file has,
/// each named and marked up in itself, and nothing on a widget whose file has no variants.
/// </summary>
public sealed class LanguageSwitcherTests(SampleSiteFactory factory) : IClassFixture<SampleSiteFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task SurveyPage_LinksToEachLanguageNamedInItself_AndTheWelshLinkGivesTheWelshSurvey()
    {
        var page = await _client.GetDocumentAsync("/Have-Your-Say");

        var survey = page.QuerySelector("section.copro-survey")!;
        var nav = survey.QuerySelector("nav.copro-language-switcher")!;
        Assert.Equal("Other languages", nav.GetAttribute("aria-label"));
        var links = nav.QuerySelectorAll("a[hreflang]").ToDictionary(link => link.TextContent);
        Assert.Equal(["English", "Cymraeg", "اردو"], links.Keys);
        Assert.Equal("true", links["English"].GetAttribute("aria-current"));
        Assert.Null(links["Cymraeg"].GetAttribute("aria-current"));
        Assert.Equal(("cy", "cy", "ltr"), Marked(links["Cymraeg"]));
        Assert.Equal(("ur", "ur", "rtl"), Marked(links["اردو"]));

        var welsh = await _client.GetDocumentAsync("/Have-Your-Say" + links["Cymraeg"].GetAttribute("href"));

        var welshSurvey = welsh.QuerySelector("section.copro-survey")!;
        Assert.Equal("cy", welshSurvey.GetAttribute("lang"));
        Assert.Equal("Cael dweud eich dweud am eich gofal", welshSurvey.QuerySelector(".copro-survey__title")!.TextContent);
        var welshNav = welshSurvey.QuerySelector("nav.copro-language-switcher")!;
        Assert.Equal("Ieithoedd eraill", welshNav.GetAttribute("aria-label"));
        Assert.Equal("Cymraeg", welshNav.QuerySelector("a[aria-current='true']")!.TextContent);
    }

    [Fact]
    public async Task WidgetWhoseFileHasNoVariants_ShowsNoSwitcher()
    {
        var page = await _client.GetDocumentAsync("/");

        var panels = page.QuerySelectorAll("section.copro-principles");
        Assert.Equal(2, panels.Length);
        Assert.NotNull(panels[0].QuerySelector("nav.copro-language-switcher"));
        Assert.Null(panels[1].QuerySelector("nav.copro-language-switcher"));
    }

    private static (string?, string?, string?) Marked(IElement link) =>
        (link.GetAttribute("lang"), link.GetAttribute("hreflang"), link.GetAttribute("dir"));
}
