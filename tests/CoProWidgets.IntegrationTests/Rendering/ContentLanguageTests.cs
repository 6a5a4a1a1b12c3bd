using AngleSharp.Dom;
using CoProWidgets.Testing;

namespace CoProWidgets.IntegrationTests.Rendering;

/// <summary>
/// A widget whose content has no version in the language asked for shows the library's words in that language and the
/// editor's words in their own, each part marked so a screen reader reads it in its language (WCAG 3.1.2).
/// </summary>
public sealed class ContentLanguageTests(SampleSiteFactory factory) : IClassFixture<SampleSiteFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task PolishVisitor_OfAnEnglishOnlySurvey_HasTheQuestionsMarkedEnglish()
    {
        var page = await _client.GetDocumentAsync("/Have-Your-Say?lang=pl");

        var survey = page.QuerySelector("section.copro-survey")!;
        Assert.Equal("pl", survey.GetAttribute("lang"));
        var title = survey.QuerySelector(".copro-survey__title")!;
        Assert.Equal(("en-GB", "ltr"), (title.GetAttribute("lang"), title.GetAttribute("dir")));
        var questions = survey.QuerySelectorAll(".copro-question");
        Assert.NotEmpty(questions);
        Assert.All(questions, question => Assert.Equal("en-GB", question.GetAttribute("lang")));
        Assert.All(survey.QuerySelectorAll(".copro-checkbox__label"), option => Assert.Equal("en-GB", option.GetAttribute("lang")));

        // The library's own words stay in the widget's language.
        Assert.Null(survey.QuerySelector("button.copro-button[value=next]")!.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("/Have-Your-Say?lang=cy", "section.copro-survey")]
    [InlineData("/Have-Your-Say", "section.copro-survey")]
    [InlineData("/Get-Involved?lang=ur", "section.copro-get-involved")]
    public async Task WhereTheContentIsInTheWidgetsLanguage_NothingIsMarked(string path, string widget)
    {
        var page = await _client.GetDocumentAsync(path);

        var root = page.QuerySelector(widget)!;
        Assert.DoesNotContain(root.QuerySelectorAll("[lang]"), element => element.Closest("nav.copro-language-switcher") is null);
    }

    [Fact]
    public async Task UrduVisitor_OfAnEnglishOnlyPanel_HasItMarkedEnglishAndLeftToRight()
    {
        var page = await _client.GetDocumentAsync("/?lang=ur");

        // The home page's second panel has no Urdu version.
        var panel = page.QuerySelectorAll("section.copro-principles")[1];
        Assert.Equal("rtl", panel.GetAttribute("dir"));
        var title = panel.QuerySelector(".copro-principles__title")!;
        Assert.Equal(("en-GB", "ltr"), (title.GetAttribute("lang"), title.GetAttribute("dir")));
    }
}
