using CoProWidgets.Tests.Support;
using Snapshooter.Xunit;

namespace CoProWidgets.Tests.Content;

/// <summary>Everything Markdig produces from plain Markdown comes out accessible, or is turned off.</summary>
public sealed class MarkdownFeatureTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Render_PipeTable_HasHeaderCellsInATableHeadAndNoInlineStyles()
    {
        var html = Render("| Group | Agree |\n|:------|------:|\n| Carers | 34% |\n");

        var table = Html.Parse(html).QuerySelector("table")!;
        Assert.Equal(["Group", "Agree"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(2, table.QuerySelectorAll("tbody td").Length);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Snapshot.Match(html);
    }

    [Fact]
    public void Render_DefinitionList_UsesDlDtAndDd()
    {
        var html = Render("Co-production\n:   Designing services together, as equals.\n");

        var list = Html.Parse(html).QuerySelector("dl")!;
        Assert.Equal("Co-production", list.QuerySelector("dt")!.TextContent);
        Assert.Equal("Designing services together, as equals.", list.QuerySelector("dd")!.TextContent.Trim());
        Snapshot.Match(html);
    }

    [Fact]
    public void Render_Abbreviation_ExpandsItInATitle()
    {
        var html = Render("*[SCIE]: Social Care Institute for Excellence\n\nA survey by SCIE.\n");

        var abbr = Html.Parse(html).QuerySelector("abbr")!;
        Assert.Equal("Social Care Institute for Excellence", abbr.GetAttribute("title"));
        Assert.Equal("SCIE", abbr.TextContent);
        Snapshot.Match(html);
    }

    [Fact]
    public void Render_Footnote_IsLeftAsTextBecauseItsIdsWouldCollide()
    {
        var html = Render("A claim.[^1]\n\n[^1]: The source.\n");

        var body = Html.Parse(html);
        Assert.Null(body.QuerySelector("sup"));
        Assert.Null(body.QuerySelector(".footnotes"));
        Assert.Contains("[^1]", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TaskList_IsLeftAsTextBecauseItWouldEmitUnlabelledCheckboxes()
    {
        var html = Render("- [ ] Book a room\n- [x] Send papers\n");

        var body = Html.Parse(html);
        Assert.Null(body.QuerySelector("input"));
        Assert.Equal(["[ ] Book a room", "[x] Send papers"], body.QuerySelectorAll("li").Select(li => li.TextContent));
    }

    [Fact]
    public void Render_AutoLinkAndStrikethrough_AreKept()
    {
        var html = Render("See https://www.example.org for ~~old~~ new details.\n");

        var body = Html.Parse(html);
        Assert.Equal("https://www.example.org", body.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(body.QuerySelector("del"));
    }

    [Fact]
    public void Render_Image_KeepsItsAltText()
    {
        var html = Render("![People meeting around a table](/img/meeting.jpg)\n");

        var image = Html.Parse(html).QuerySelector("img")!;
        Assert.Equal("People meeting around a table", image.GetAttribute("alt"));
        Assert.Equal("/img/meeting.jpg", image.GetAttribute("src"));
    }

    // As content files are rendered: parsed by the one pipeline, then every block, headings where the file put them.
    private string Render(string markdown) => _content.Markdown.RenderBlocks(_content.Markdown.Parse(markdown), 0).Value!;
}
