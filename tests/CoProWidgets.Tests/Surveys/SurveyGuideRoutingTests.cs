using CoProWidgets.Content;
using CoProWidgets.Surveys;
using CoProWidgets.Tests.Support;

namespace CoProWidgets.Tests.Surveys;

/// <summary>The routing example in the editors' guide is a survey that works as the guide says.</summary>
public sealed class SurveyGuideRoutingTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void TheGuidesShowIfExample_IsValid_AndAsksCarersAndStaffTheirOwnPages()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "content-editors.md"));
        var section = guide[guide.IndexOf("\n### Page titles and asking only some people", StringComparison.Ordinal)..];
        var start = section.IndexOf("```markdown\n", StringComparison.Ordinal) + "```markdown\n".Length;
        var example = section[start..section.IndexOf("\n```", start, StringComparison.Ordinal)];

        var survey = SurveyParser.Parse("example", new ContentFile("surveys/example.md", "---\ntitle: Example\nthank-you: Thanks.\n---\n\n" + example), _content.Markdown);
        SurveyRoute Route(string respondent, string ways) =>
            survey.Route(SurveyJourney.Of(new Dictionary<string, IReadOnlyList<string>> { ["respondent"] = [respondent], ["ways"] = [ways] }));

        Assert.Equal([0, 1], Route("carer", "surveys").Pages);
        Assert.DoesNotContain("carers-group", Route("carer", "surveys").Asked);
        Assert.Contains("carers-group", Route("carer", "groups").Asked);
        Assert.Equal([0, 2], Route("staff", "surveys").Pages);
        Assert.Equal([0, 2], Route("uses-services", "groups").Pages);
        Assert.Equal([0], Route("uses-services", "surveys").Pages);
        Assert.Equal("Caring for someone", survey.PageDetails[1].Title);
    }

    private static string RepositoryRoot()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "CoProWidgets.sln")))
        {
            root = Path.GetDirectoryName(root)!;
        }

        return root;
    }
}
