using CoProWidgets.Content;
using CoProWidgets.Outcomes;
using CoProWidgets.Surveys;
using CoProWidgets.Tests.Support;
using Markdig.Syntax;

namespace CoProWidgets.Tests.Content;

/// <summary>
/// The one vocabulary every content parser reads with: yes/no, choices written kebab-case, settings lines, sections
/// under the top heading level, headings fitted below a page's heading, and the version hash.
/// </summary>
public sealed class ContentVocabularyTests : IDisposable
{
    private static readonly ContentFile s_file = new("test.md", string.Empty);
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Yes", true)]
    [InlineData("true", true)]
    [InlineData("no", false)]
    [InlineData(" NO ", false)]
    [InlineData("false", false)]
    public void YesNo_ReadsEveryAcceptedWriting(string text, bool expected) =>
        Assert.Equal(expected, ContentValues.YesNo(s_file, 3, "notify", text));

    [Fact]
    public void YesNo_WithAnythingElse_NamesTheFieldTheLineAndWhatWasWritten()
    {
        var error = Assert.Throws<ContentException>(() => ContentValues.YesNo(s_file, 3, "notify", "sometimes")).Error;

        Assert.Equal(new ContentError("test.md", 3, "The field 'notify' must be yes or no, not 'sometimes'."), error);
    }

    [Fact]
    public void Choice_ReadsKebabCase_AndListsEveryChoiceWhenUnknown()
    {
        Assert.Equal(OutcomeStatus.InProgress, ContentValues.Choice<OutcomeStatus>(s_file, 2, "status", "In-Progress"));
        Assert.Equal(SurveyQuestionType.YesNo, ContentValues.Choice<SurveyQuestionType>(s_file, 2, "type", "yes-no"));

        var error = Assert.Throws<ContentException>(() => ContentValues.Choice<SurveyQuestionType>(s_file, 7, "type", "slider")).Error;
        Assert.Equal(new ContentError("test.md", 7, "The type 'slider' is not known. Use one of: agreement, single, multiple, text, yes-no, number, date, rating, friends-and-family."), error);
    }

    [Fact]
    public void Version_IsTheFirst16HexDigitsOfTheSha256()
    {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        Assert.Equal("ba7816bf8f01cfea", ContentValues.Version("abc"));
    }

    [Fact]
    public void FrontMatterAndQuestionSettings_SayTheSameAboutABadYesNo()
    {
        var survey = "---\ntitle: T\nthank-you: Thanks\n---\n\n## Q\n\nid: q\ntype: yes-no\nrequired: maybe\n";
        var outcome = "---\ntitle: T\ndate: 2026-01-02\nstatus: done\nareas: [a]\nnotify: maybe\n---\n\n## We did\n\nX.\n";

        var surveyError = Assert.Throws<ContentException>(() => SurveyParser.Parse("s", new ContentFile("surveys/s.md", survey), _content.Markdown)).Error;
        var outcomeError = Assert.Throws<ContentException>(() => OutcomeParser.Parse("o", new ContentFile("outcomes/o.md", outcome), _content.Markdown)).Error;

        Assert.Equal("The field 'required' must be yes or no, not 'maybe'.", surveyError.Message);
        Assert.Equal("The field 'notify' must be yes or no, not 'maybe'.", outcomeError.Message);
    }

    [Fact]
    public void Sections_SplitUnderTheTopHeadingLevel_KeepingTheIntroAndDeeperHeadingsInside()
    {
        var body = _content.Markdown.Parse("Intro.\n\n### One\n\nA.\n\n#### Inside\n\nB.\n\n### Two\n\nC.\n").ToList();

        var split = ContentSections.Split(body);

        Assert.Equal(3, split.Level);
        Assert.Single(split.Intro);
        Assert.Equal(["One", "Two"], split.Sections.Select(section => MarkdownRenderer.PlainText(section.Heading)));
        Assert.Equal(3, split.Sections[0].Body.Count);
        Assert.Null(ContentSections.TopLevel(_content.Markdown.Parse("No headings.").ToList()));
    }

    [Theory]
    [InlineData(2, "<h3>One</h3>", "<h4>Inside</h4>")]
    [InlineData(4, "<h5>One</h5>", "<h6>Inside</h6>")]
    public void RenderBelow_PutsTheTopHeadingOneBelowThePagesHeading(int headingLevel, string top, string inside)
    {
        var blocks = _content.Markdown.Parse("# One\n\n## Inside\n").ToList<Block>();

        var html = _content.Markdown.RenderBelow(blocks, headingLevel).ToString();

        Assert.Contains(top, html, StringComparison.Ordinal);
        Assert.Contains(inside, html, StringComparison.Ordinal);
    }

    [Fact]
    public void ByHeadingLevel_RendersEachLevelOnce()
    {
        var calls = 0;
        var cache = new ByHeadingLevel<string>(level => $"{level}:{++calls}");

        Assert.Equal("2:1", cache.At(2));
        Assert.Equal("2:1", cache.At(2));
        Assert.Equal("3:2", cache.At(3));
        Assert.Equal("6:3", cache.At(60));
    }
}
