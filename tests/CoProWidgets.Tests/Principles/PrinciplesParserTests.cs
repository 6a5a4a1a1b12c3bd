using CoProWidgets.Content;
using CoProWidgets.Principles;
using CoProWidgets.Tests.Support;

namespace CoProWidgets.Tests.Principles;

public sealed class PrinciplesParserTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Parse_WithNumberedLayout_MakesOneItemPerSecondLevelHeading()
    {
        var model = Render("""
            ---
            title: Our principles
            layout: numbered
            ---
            Six promises we keep.

            ## Everyone brings something
            Lived experience counts.

            ## We begin together
            From the very start.
            """);

        Assert.Equal("Our principles", model.Title);
        Assert.Equal(PrinciplesLayout.Numbered, model.Layout);
        Assert.Equal("<p>Six promises we keep.</p>", Html.Of(model.Intro));
        Assert.Equal(["Everyone brings something", "We begin together"], model.Items.Select(item => Html.Of(item.Heading)));
        Assert.Equal("<p>Lived experience counts.</p>", Html.Of(model.Items[0].Body));
    }

    [Fact]
    public void Parse_WithPhasesLayout_GroupsPracticesUnderEachPhase()
    {
        var model = Render("""
            ---
            title: Toolkit
            layout: phases
            ---
            ## Preparing
            - Agree the purpose
            - Find the people

            ## Doing
            - Meet where people are

            ## Developing
            - Report back
            """);

        Assert.Equal(PrinciplesLayout.Phases, model.Layout);
        Assert.Equal(["Preparing", "Doing", "Developing"], model.Items.Select(item => Html.Of(item.Heading)));
        var practices = Html.Parse(Html.Of(model.Items[0].Body)).QuerySelectorAll("ul > li").Select(li => li.TextContent);
        Assert.Equal(["Agree the purpose", "Find the people"], practices);
        Assert.Null(model.Intro);
    }

    [Fact]
    public void Parse_WithCardsLayout_KeepsInlineFormattingInCardTitles()
    {
        var model = Render("""
            ---
            title: What it means
            layout: cards
            ---
            ## *Equal* partners
            Valued as equals.

            ## Shared power
            """);

        Assert.Equal(PrinciplesLayout.Cards, model.Layout);
        Assert.Equal("<em>Equal</em> partners", Html.Of(model.Items[0].Heading));
        Assert.Null(model.Items[1].Body);
    }

    [Fact]
    public void Parse_WhenSectionsUseFirstLevelHeadings_TreatsThemAsSections()
    {
        var model = Render("---\ntitle: T\nlayout: numbered\n---\n# One\n### Detail\ntext\n# Two\n");

        Assert.Equal(2, model.Items.Count);
        // '#' sections become h3 under the h2 title, so '###' (two levels below them) becomes h5.
        Assert.Contains("<h5>Detail</h5>", Html.Of(model.Items[0].Body), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithUnknownLayout_ReportsTheLayoutLineAndTheChoices()
    {
        var error = ParseError("---\ntitle: T\nlayout: grid\n---\n## One\n");

        Assert.Equal("principles/test.md", error.File);
        Assert.Equal(3, error.Line);
        Assert.Equal("The layout 'grid' is not known. Use one of: numbered, phases, cards.", error.Message);
    }

    [Fact]
    public void Parse_WithLayoutInCapitals_AcceptsIt()
    {
        Assert.Equal(PrinciplesLayout.Phases, Render("---\ntitle: T\nlayout: Phases\n---\n## One\n").Layout);
    }

    [Fact]
    public void Parse_WithoutTitle_ReportsTheMissingRequiredField()
    {
        var error = ParseError("---\nlayout: cards\n---\n## One\n");

        Assert.Equal(1, error.Line);
        Assert.Contains("'title' is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithoutFrontMatter_ReportsTheMissingTitle()
    {
        var error = ParseError("## One\n");

        Assert.Contains("'title' is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithoutLayout_ReportsTheMissingRequiredField()
    {
        var error = ParseError("---\ntitle: T\n---\n## One\n");

        Assert.Contains("'layout' is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithNoHeadings_ReportsTheFirstBodyLineAndHowToStartASection()
    {
        var error = ParseError("---\ntitle: T\nlayout: phases\n---\n\nJust some text.\n");

        Assert.Equal(6, error.Line);
        Assert.Contains("Start each phase with a heading line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithEmptySectionHeading_ReportsItsLine()
    {
        var error = ParseError("---\ntitle: T\nlayout: cards\n---\n## One\ntext\n##\nmore\n");

        Assert.Equal(7, error.Line);
        Assert.Contains("heading is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithTooManySections_ReportsTheFirstOneOverTheLimit()
    {
        var sections = string.Concat(Enumerable.Range(1, PrinciplesParser.MaxSections + 1).Select(i => $"## Item {i}\n"));
        var error = ParseError("---\ntitle: T\nlayout: cards\n---\n" + sections);

        Assert.Equal(5 + PrinciplesParser.MaxSections, error.Line);
    }

    [Fact]
    public void Parse_WithUnknownField_ReportsIt()
    {
        var error = ParseError("---\ntitle: T\nlayout: cards\ncolour: red\n---\n## One\n");

        Assert.Equal(4, error.Line);
        Assert.Contains("Unknown field 'colour'", error.Message, StringComparison.Ordinal);
    }

    private PrinciplesViewModel Render(string text) =>
        PrinciplesParser.Parse(new ContentFile("principles/test.md", text), _content.Markdown).ToViewModel("copro-1", 2);

    private ContentError ParseError(string text) =>
        Assert.Throws<ContentException>(() => PrinciplesParser.Parse(new ContentFile("principles/test.md", text), _content.Markdown)).Error;
}
