using System.Globalization;
using CoProWidgets.Content;
using CoProWidgets.Surveys;
using CoProWidgets.Tests.Support;

namespace CoProWidgets.Tests.Surveys;

/// <summary>
/// A survey's variants ask what the default file asks, in other words, so their answers add up with its own; a
/// variant that does not is a content error in the variant, with its line, and the default file is served instead.
/// </summary>
public sealed class SurveyVariantTests : IDisposable
{
    private const string Standard = "---\ntitle: Having a say\nthank-you: Thanks\n---\n## Who are you?\nid: respondent\ntype: single\n\n- carer: A carer\n- staff: Staff\n\n---\n\n## What would help?\nid: help\ntype: text\nrequired: no\nshow-if: respondent is carer\n";
    private const string Welsh = "---\ntitle: Cael dweud\nthank-you: Diolch\n---\n## Pwy ydych chi?\nid: respondent\ntype: single\n\n- carer: Gofalwr\n- staff: Staff\n\n---\n\n## Beth fyddai'n helpu?\nid: help\ntype: text\nrequired: no\nshow-if: respondent is carer\n";

    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Get_InWelsh_WithAVariantThatAsksTheSame_ServesTheVariant()
    {
        _content.Write("surveys/s.md", Standard);
        _content.Write("surveys/s.cy.md", Welsh);

        var snapshot = InWelsh();

        Assert.Null(snapshot.Error);
        Assert.Equal("Cael dweud", snapshot.Value?.Title);
        Assert.Equal("surveys/s.cy.md", snapshot.File);
    }

    [Theory]
    [InlineData("id: help\n", "id: helpu\n", 14, "The question 'helpu' is where help is in the default file")]
    [InlineData("- staff: Staff\n", "- staff: Staff\n- other: Arall\n", 5, "different options from the default file (carer, staff)")]
    [InlineData("type: text\n", "type: yes-no\n", 14, "different type or setting")]
    [InlineData("show-if: respondent is carer\n", "show-if: respondent is staff\n", 14, "different condition ('show-if')")]
    [InlineData("\n---\n\n## Beth fyddai'n helpu?\nid: help\ntype: text\nrequired: no\nshow-if: respondent is carer\n", "\n", 5, "The question 'help' in surveys/s.md is missing here")]
    public void Get_InWelsh_WithAVariantThatDiffers_ServesTheDefaultWithTheVariantsFileAndLine(string original, string changed, int line, string message)
    {
        _content.Write("surveys/s.md", Standard);
        _content.Write("surveys/s.cy.md", Welsh.Replace(original, changed, StringComparison.Ordinal));

        var snapshot = InWelsh();

        Assert.Equal("Having a say", snapshot.Value?.Title);
        Assert.NotNull(snapshot.Error);
        Assert.Equal("surveys/s.cy.md", snapshot.Error.File);
        Assert.Equal(line, snapshot.Error.Line);
        Assert.Contains(message, snapshot.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_InWelsh_WithAQuestionAdded_SaysWhichQuestionIsNotInTheDefaultFile()
    {
        _content.Write("surveys/s.md", Standard);
        _content.Write("surveys/s.cy.md", Welsh + "\n## Rhywbeth arall?\nid: extra\ntype: yes-no\n");

        var error = InWelsh().Error;

        Assert.Equal(new ContentError("surveys/s.cy.md", 20, "The question 'extra' is not in surveys/s.md. A variant may only translate the questions, not add any."), error);
    }

    [Fact]
    public void SampleSurvey_InWelshAndUrdu_AsksWhatTheEnglishFileAsks()
    {
        var folder = System.IO.Path.Combine(RepositoryRoot(), "samples", "CoProWidgets.Sample", "Content", "CoProduction", "surveys");
        var markdown = _content.Markdown;
        var english = SurveyParser.Parse("having-a-say", new ContentFile("surveys/having-a-say.md", File.ReadAllText(System.IO.Path.Combine(folder, "having-a-say.md"))), markdown);
        foreach (var language in new[] { "cy", "ur" })
        {
            var path = $"surveys/having-a-say.{language}.md";
            var variant = SurveyParser.Parse("having-a-say", new ContentFile(path, File.ReadAllText(System.IO.Path.Combine(folder, $"having-a-say.{language}.md"))), markdown);
            Assert.Null(SurveyVariantCheck.Compare(path, variant, "surveys/having-a-say.md", english));
        }
    }

    private ContentSnapshot<SurveyDefinition> InWelsh()
    {
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("cy");
            return new SurveyProvider(_content.Store, _content.Markdown).Get("s");
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "CoProWidgets.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
