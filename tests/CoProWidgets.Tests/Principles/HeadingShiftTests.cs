using CoProWidgets.Content;
using CoProWidgets.Principles;
using CoProWidgets.Tests.Support;

namespace CoProWidgets.Tests.Principles;

public sealed class HeadingShiftTests : IDisposable
{
    private const string Text = """
        ---
        title: T
        layout: numbered
        ---
        Intro.

        ### Intro detail

        ## Principle
        ### Detail
        #### Finer detail
        """;

    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void ToViewModel_AtLevelTwo_PutsItemsAtThreeAndContentBelowThem()
    {
        var model = Parse().ToViewModel("copro-1", 2);

        Assert.Equal(3, model.ItemHeadingLevel);
        Assert.Equal(["h4", "h5"], Headings(model.Items[0].Body));
        Assert.Equal(["h4"], Headings(model.Intro));
    }

    [Fact]
    public void ToViewModel_AtLevelOne_MovesEverythingUp()
    {
        var model = Parse().ToViewModel("copro-1", 1);

        Assert.Equal(2, model.ItemHeadingLevel);
        Assert.Equal(["h3", "h4"], Headings(model.Items[0].Body));
    }

    [Fact]
    public void ToViewModel_AtLevelFour_ClampsTheDeepestHeadingsAtSix()
    {
        var model = Parse().ToViewModel("copro-1", 4);

        Assert.Equal(5, model.ItemHeadingLevel);
        Assert.Equal(["h6", "h6"], Headings(model.Items[0].Body));
    }

    [Fact]
    public void ToViewModel_WithOutOfRangeLevel_ClampsToFive()
    {
        Assert.Equal(5, Parse().ToViewModel("copro-1", 9).HeadingLevel);
        Assert.Equal(1, Parse().ToViewModel("copro-1", -3).HeadingLevel);
    }

    [Fact]
    public void ToViewModel_ForTwoLevels_RendersEachOnceAndKeepsIt()
    {
        var content = Parse();

        var first = content.ToViewModel("copro-1", 2);
        var second = content.ToViewModel("copro-2", 2);
        var other = content.ToViewModel("copro-3", 3);

        Assert.Same(first.Items, second.Items);
        Assert.NotSame(first.Items, other.Items);
        Assert.Equal("copro-2", second.Id);
    }

    private PrinciplesContent Parse() => PrinciplesParser.Parse(new ContentFile("principles/t.md", Text), _content.Markdown);

    private static string[] Headings(Microsoft.AspNetCore.Html.IHtmlContent? html) =>
        [.. Html.Parse(Html.Of(html)).QuerySelectorAll("h1,h2,h3,h4,h5,h6").Select(h => h.LocalName)];
}
