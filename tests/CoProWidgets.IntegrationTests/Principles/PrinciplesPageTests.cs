using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CoProWidgets.Testing;
using Snapshooter;
using Snapshooter.Xunit;

namespace CoProWidgets.IntegrationTests.Principles;

public sealed class PrinciplesPageTests(SampleSiteFactory factory) : IClassFixture<SampleSiteFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task HomePage_ShowsNumberedPrinciplesAndPhasesEachLabelledByItsTitle()
    {
        var page = await _client.GetDocumentAsync("/");

        var panels = page.QuerySelectorAll("section.copro-principles");
        Assert.Equal(2, panels.Length);
        foreach (var panel in panels)
        {
            var title = page.GetElementById(panel.GetAttribute("aria-labelledby")!);
            Assert.NotNull(title);
            Assert.Equal("H2", title.TagName);
            Assert.Same(panel, title.ParentElement);
        }

        var numbered = panels[0];
        Assert.Contains("copro-principles--numbered", numbered.ClassList);
        Assert.Equal("Our co-production principles", numbered.QuerySelector("h2")!.TextContent);
        Assert.Equal(6, numbered.QuerySelectorAll("ol.copro-principles__items > li > h3").Length);

        var phases = panels[1];
        Assert.Contains("copro-principles--phases", phases.ClassList);
        Assert.Equal(["Preparing", "Doing", "Developing"], phases.QuerySelectorAll("ol > li > h3").Select(h => h.TextContent));
        Assert.All(phases.QuerySelectorAll("ol > li"), phase => Assert.NotEmpty(phase.QuerySelectorAll("ul > li")));
    }

    [Fact]
    public async Task HomePage_GivesEveryWidgetItsOwnId()
    {
        var page = await _client.GetDocumentAsync("/");

        var ids = page.QuerySelectorAll("[id]").Select(element => element.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task HomePage_LinksTheWidgetStylesheetOnceAndHasNoInlineStyleOrScript()
    {
        var page = await _client.GetDocumentAsync("/");

        var link = Assert.Single(page.QuerySelectorAll("link[href*='_content/CoProWidgets/copro.css']"));
        Assert.Equal("stylesheet", link.GetAttribute("rel"));
        Assert.Empty(page.QuerySelectorAll("[style], style, script"));
    }

    [Fact]
    public async Task PageWithOnlyAViewComponent_AlsoLinksTheWidgetStylesheetOnce()
    {
        var page = await _client.GetDocumentAsync("/Working-Together");

        Assert.Single(page.QuerySelectorAll("link[href*='_content/CoProWidgets/copro.css']"));
    }

    [Fact]
    public async Task Stylesheet_IsServedFromTheLibrarysStaticAssets()
    {
        using var response = await _client.GetAsync(new Uri("/_content/CoProWidgets/copro.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".copro-principles--phases", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ViewComponent_RendersTheCardsPanel()
    {
        var page = await _client.GetDocumentAsync("/Working-Together");

        var panel = Assert.Single(page.QuerySelectorAll("section.copro-principles--cards"));
        Assert.Equal("list", panel.QuerySelector("ul")!.GetAttribute("role"));
        Assert.Equal(4, panel.QuerySelectorAll("ul > li > h3").Length);
    }

    [Fact]
    public async Task FragmentEndpoint_ServesTheSameHtmlAsTheTagHelper()
    {
        var page = await _client.GetDocumentAsync("/");
        var fragment = await GetFragmentAsync("/copro/principles/our-principles");

        Assert.Equal(Normalize(page.QuerySelector("section.copro-principles")!.OuterHtml), Normalize(fragment.QuerySelector("section")!.OuterHtml));
    }

    [Fact]
    public async Task FragmentEndpoint_WithHeadingLevel_ShiftsEveryHeading()
    {
        var fragment = await GetFragmentAsync("/copro/principles/toolkit?headingLevel=4");

        Assert.Equal("H4", fragment.QuerySelector(".copro-principles__title")!.TagName);
        Assert.All(fragment.QuerySelectorAll(".copro-principles__item-title"), heading => Assert.Equal("H5", heading.TagName));
    }

    [Theory]
    [InlineData("/copro/principles/no-such-panel")]
    [InlineData("/copro/principles/..%2F..%2Fappsettings")]
    [InlineData("/copro/principles/a.b")]
    public async Task FragmentEndpoint_ForUnknownOrInvalidNames_AnswersNotFound(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("our-principles")]
    [InlineData("toolkit")]
    [InlineData("what-it-means")]
    public async Task FragmentEndpoint_MatchesTheApprovedHtml(string name)
    {
        using var response = await _client.GetAsync(new Uri($"/copro/principles/{name}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Snapshot.Match(html, SnapshotNameExtension.Create(name));
    }

    private async Task<IElement> GetFragmentAsync(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var document = await new HtmlParser().ParseDocumentAsync("<!DOCTYPE html><body></body>");
        document.Body!.InnerHtml = await response.Content.ReadAsStringAsync();
        return document.Body;
    }

    private static string Normalize(string html) =>
        string.Join(' ', html.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
