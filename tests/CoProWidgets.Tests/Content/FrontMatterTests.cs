using CoProWidgets.Content;
using CoProWidgets.Principles;
using CoProWidgets.Tests.Support;

namespace CoProWidgets.Tests.Content;

public sealed class FrontMatterTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Parse_WithTitleAndLayout_ReadsBothValues()
    {
        var parsed = Parse("---\ntitle: Our principles\nlayout: cards\n---\n\n## One\n");

        Assert.Equal("Our principles", parsed.FrontMatter.RequireString("title", 100));
        Assert.Equal(PrinciplesLayout.Cards, parsed.FrontMatter.RequireEnum<PrinciplesLayout>("layout"));
        Assert.Equal(2, parsed.FrontMatter.LineOf("title"));
        Assert.Equal(3, parsed.FrontMatter.LineOf("layout"));
    }

    [Fact]
    public void Parse_WithQuotedValueContainingColon_KeepsTheWholeValue()
    {
        var parsed = Parse("---\ntitle: \"Toolkit: three stages\"\n---\n");

        Assert.Equal("Toolkit: three stages", parsed.FrontMatter.RequireString("title", 100));
    }

    [Fact]
    public void Parse_WithoutFrontMatter_HasNoFieldsAndBodyKeepsItsLines()
    {
        var parsed = Parse("## One\n\nText\n");

        Assert.Empty(parsed.FrontMatter.Keys);
        Assert.Equal(0, parsed.Body.First().Line);
    }

    [Fact]
    public void Parse_WithInvalidYaml_ReportsTheFileAndTheLineOfTheMistake()
    {
        var error = ParseError("---\ntitle: Fine\nlayout: [numbered\nother: x\n---\n");

        Assert.Equal("principles/test.md", error.File);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("The front matter is not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\ntitle: Pharmacies: your views\nlayout: cards\n---\n", 2, "title")]
    [InlineData("---\nlayout: cards\ntitle:   GP access: what you told us   \n---\n", 3, "title")]
    [InlineData("---\ntitle: Fine\nsummary: Waiting times: the long and short of it\n---\n", 3, "summary")]
    public void Parse_WithAnUnquotedValueContainingColonSpace_SaysToPutItInDoubleQuotes(string text, int line, string key)
    {
        var error = ParseError(text);

        Assert.Equal(line, error.Line);
        Assert.Contains($"The value of '{key}' contains ': '", error.Message, StringComparison.Ordinal);
        Assert.Contains("put the value in double quotes", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("mapping", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parse_WithTabIndentedYaml_ReportsTheLine()
    {
        var error = ParseError("---\ntitle: Fine\n\tlayout: numbered\n---\n");

        Assert.Equal(3, error.Line);
        Assert.Contains("indented with a tab", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithUnclosedBracketAtTheEnd_PointsAtTheLastYamlLineNotTheFence()
    {
        var error = ParseError("---\nlayout: cards\ntitle: [\n---\n");

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Parse_WithFieldGivenTwice_ReportsTheSecondLine()
    {
        var error = ParseError("---\ntitle: One\nlayout: cards\ntitle: Two\n---\n");

        Assert.Equal(4, error.Line);
        Assert.Contains("the field 'title' is given twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithFrontMatterThatIsNeverClosed_ReportsLineOne()
    {
        var error = ParseError("---\ntitle: One\nlayout: cards\n\n## A\n");

        Assert.Equal(1, error.Line);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithFrontMatterThatIsNotAMapping_SaysWhatShapeItNeeds()
    {
        var error = ParseError("---\n- title\n- layout\n---\n");

        Assert.Equal(2, error.Line);
        Assert.Contains("'field: value'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequireString_WhenValueIsAList_ReportsTheFieldLine()
    {
        var parsed = Parse("---\nlayout: cards\ntitle:\n  - a\n  - b\n---\n");

        var error = Assert.Throws<ContentException>(() => parsed.FrontMatter.RequireString("title", 100)).Error;

        Assert.Equal(3, error.Line);
        Assert.Contains("single value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequireString_WhenValueIsTooLong_SaysTheLimit()
    {
        var parsed = Parse($"---\ntitle: {new string('x', 151)}\n---\n");

        var error = Assert.Throws<ContentException>(() => parsed.FrontMatter.RequireString("title", 150)).Error;

        Assert.Equal(2, error.Line);
        Assert.Contains("151 characters", error.Message, StringComparison.Ordinal);
        Assert.Contains("150", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequireString_WhenMissing_PointsAtTheFrontMatterAndSaysWhatToAdd()
    {
        var parsed = Parse("---\nlayout: cards\n---\n");

        var error = Assert.Throws<ContentException>(() => parsed.FrontMatter.RequireString("title", 100)).Error;

        Assert.Equal(1, error.Line);
        Assert.Contains("add a line 'title: ...'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectUnknownFields_NamesTheMisspeltFieldAndItsLine()
    {
        var parsed = Parse("---\ntitle: A\nlayuot: cards\n---\n");

        var error = Assert.Throws<ContentException>(() => parsed.FrontMatter.RejectUnknownFields(["title", "layout"])).Error;

        Assert.Equal(3, error.Line);
        Assert.Contains("Unknown field 'layuot'", error.Message, StringComparison.Ordinal);
        Assert.Contains("title, layout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentError_ToString_UsesFileColonLineForm()
    {
        Assert.Equal("principles/a.md:7: Broken.", new ContentError("principles/a.md", 7, "Broken.").ToString());
        Assert.Equal("principles/a.md: Missing.", new ContentError("principles/a.md", 0, "Missing.").ToString());
    }

    [Fact]
    public void Parse_WhenFileIsTooLarge_RefusesIt()
    {
        var error = ParseError("---\ntitle: x\n---\n" + new string('a', ParsedContent.MaxFileLength));

        Assert.Contains("the most allowed is 256 KB", error.Message, StringComparison.Ordinal);
    }

    private ParsedContent Parse(string text) => ParsedContent.Parse(new ContentFile("principles/test.md", text), _content.Markdown);

    private ContentError ParseError(string text) => Assert.Throws<ContentException>(() => Parse(text)).Error;
}
