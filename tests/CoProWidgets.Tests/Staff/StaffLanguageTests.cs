using CoProWidgets.Content;
using CoProWidgets.Staff;
using CoProWidgets.Surveys;
using CoProWidgets.Tests.Support;

namespace CoProWidgets.Tests.Staff;

/// <summary>How the staff pages name, count and filter by the language a response was given in.</summary>
public sealed class StaffLanguageTests : IDisposable
{
    private static readonly string[] s_offered = ["en-GB", "cy", "pl", "ur"];

    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("cy", "Cymraeg", "ltr", false)]
    [InlineData("ur", "اردو", "rtl", false)]
    [InlineData("pl", "Polski", "ltr", false)]
    [InlineData("en-GB", "English", "ltr", true)]
    public void Of_NamesTheLanguageInItself_WithItsDirection(string tag, string name, string direction, bool isDefault) =>
        Assert.Equal(new StaffLanguage(tag, name, direction, isDefault), StaffLanguages.Of(tag));

    [Fact]
    public void Count_ListsLanguagesWithResponses_InTheOfferedOrder_ThenAnyNoLongerOffered()
    {
        var rows = StaffLanguages.Count(["ur", "cy", "ur", "cy-GB", "fr", "en-GB"], s_offered);

        Assert.Equal([("en-GB", 1), ("cy", 2), ("ur", 2), ("fr", 1)], rows.Select(row => (row.Language.Tag, row.Responses)));
        Assert.DoesNotContain(rows, row => row.Language.Tag == "pl");
    }

    [Theory]
    [InlineData("cy", "cy")]
    [InlineData("CY", "cy")]
    [InlineData("ur-PK", "ur")]
    [InlineData("fr", null)]
    [InlineData("<script>", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Filter_TakesOnlyAnOfferedLanguage_AndKeepsItInItsQuery(string? asked, string? expected)
    {
        var filter = StaffResponseFilter.Read(Survey(), s_offered, group: null, channel: null, answer: null, search: null, language: asked);

        Assert.Equal(expected, filter.Language);
        Assert.Equal(expected, filter.Query().GetValueOrDefault(StaffResponseFilter.LanguageParameter));
        Assert.Equal(expected is null ? "no filters" : $"language={expected}", filter.Describe());
    }

    private SurveyDefinition Survey() =>
        SurveyParser.Parse("s", new ContentFile("surveys/s.md", "---\ntitle: A survey\nthank-you: Thanks.\n---\n## Anything else?\nid: else\ntype: text\n"), _content.Markdown);
}
