using CoProWidgets.Content;
using CoProWidgets.Outcomes;
using CoProWidgets.Tests.Support;

namespace CoProWidgets.Tests.Outcomes;

public sealed class OutcomeParserTests
{
    private const string Good = """
        ---
        title: Evening appointments
        date: 2026-10-12
        status: in-progress
        areas: [gp-access, carers]
        survey: having-a-say
        affects: People registered at Riverside practices
        when: From January 2027
        more: /gp
        ---
        Evening appointments are now offered.

        ## You said

        Appointments were all in working hours.

        ## We did

        Two practices open until 8pm.

        ### Where

        At the health centre.

        ## What happens next

        Online booking in January.
        """;

    [Fact]
    public void Parse_ReadsFrontMatterAndEachSection()
    {
        var outcome = Parse(Good);

        Assert.Equal("Evening appointments", outcome.Title);
        Assert.Equal(new DateOnly(2026, 10, 12), outcome.Date);
        Assert.Equal(OutcomeStatus.InProgress, outcome.Status);
        Assert.Equal(["gp-access", "carers"], outcome.Areas);
        Assert.Equal("having-a-say", outcome.Survey);
        Assert.Equal("People registered at Riverside practices", outcome.Affects);
        Assert.Equal("From January 2027", outcome.When);
        Assert.Equal("/gp", outcome.MoreUrl);
        Assert.True(outcome.Notify);
        Assert.Equal("Evening appointments are now offered.", outcome.Summary);
        Assert.Equal("<p>Appointments were all in working hours.</p>", outcome.Section(OutcomeSection.Said, 2)!.ToString()!.Trim());
        // The section's own '###' heading sits one level below the section heading.
        Assert.Contains("<h4", outcome.Section(OutcomeSection.Did, 3)!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Online booking in January.", outcome.Section(OutcomeSection.Next, 2)!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithoutASummary_UsesTheFirstParagraphOfWhatWasDone()
    {
        var outcome = Parse(Good.Replace("Evening appointments are now offered.\n\n", "", StringComparison.Ordinal));

        Assert.Equal("Two practices open until 8pm.", outcome.Summary);
    }

    [Fact]
    public void Parse_AcceptsOtherWordingsOfTheSections_AndAreasAsAList()
    {
        var outcome = Parse("""
            ---
            title: T
            date: 2026-01-02
            status: done
            areas:
              - carers
            notify: no
            ---
            ## What people said

            A.

            ## What changed

            B.
            """);

        Assert.True(outcome.Has(OutcomeSection.Said));
        Assert.True(outcome.Has(OutcomeSection.Did));
        Assert.False(outcome.Has(OutcomeSection.Next));
        Assert.Equal(["carers"], outcome.Areas);
        Assert.False(outcome.Notify);
    }

    [Theory]
    [InlineData("title: T\ndate: 2026-01-02\nstatus: done\nareas: [a]", "## Something else\n\nX.", 7, "'Something else' is not one of an outcome's sections")]
    [InlineData("date: 2026-01-02\nstatus: done\nareas: [a]", "## We did\n\nX.", 1, "The field 'title' is required")]
    [InlineData("title: T\nstatus: done\nareas: [a]", "## We did\n\nX.", 1, "The field 'date' is required")]
    [InlineData("title: T\ndate: 12/10/2026\nstatus: done\nareas: [a]", "## We did\n\nX.", 3, "must be written year-month-day")]
    [InlineData("title: T\ndate: 2026-01-02\nstatus: finished\nareas: [a]", "## We did\n\nX.", 4, "The status 'finished' is not known. Use one of: listening, planned, in-progress, done.")]
    [InlineData("title: T\ndate: 2026-01-02\nstatus: done", "## We did\n\nX.", 1, "The field 'areas' is required")]
    [InlineData("title: T\ndate: 2026-01-02\nstatus: done\nareas: [GP access]", "## We did\n\nX.", 5, "The area 'GP access' is not an area id")]
    [InlineData("title: T\ndate: 2026-01-02\nstatus: done\nareas: [a]\nmore: javascript:alert(1)", "## We did\n\nX.", 6, "must be a page on this site")]
    [InlineData("title: T\ndate: 2026-01-02\nstatus: done\nareas: [a]\nmore: //evil.example", "## We did\n\nX.", 6, "must be a page on this site")]
    [InlineData("title: T\ndate: 2026-01-02\nstatus: done\nareas: [a]\nnotify: sometimes", "## We did\n\nX.", 6, "must be yes or no")]
    [InlineData("title: T\ndate: 2026-01-02\nstatus: done\nareas: [a]\ncolour: red", "## We did\n\nX.", 6, "Unknown field 'colour'")]
    [InlineData("title: T\ndate: 2026-01-02\nstatus: done\nareas: [a]", "Just text.", 1, "says neither what people said nor what was done")]
    [InlineData("title: T\ndate: 2026-01-02\nstatus: done\nareas: [a]", "## We did\n\nX.\n\n## What we did\n\nY.", 11, "is given twice")]
    public void Parse_RefusesABadFile_WithTheFileAndLine(string frontMatter, string body, int line, string message)
    {
        var error = Assert.Throws<ContentException>(() => Parse($"---\n{frontMatter}\n---\n{body}\n")).Error;

        Assert.Equal("outcomes/o.md", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NeverLetsScriptOrDangerousLinksThrough()
    {
        var outcome = Parse("""
            ---
            title: T
            date: 2026-01-02
            status: done
            areas: [a]
            ---
            ## We did

            [click](javascript:alert(1)) <script>alert(1)</script> <img src=x onerror=alert(1)>
            """);

        var html = outcome.Section(OutcomeSection.Did, 2)!.ToString()!;
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        // Raw HTML is shown as text, where it can do nothing.
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Checklist_WarnsWhenAnOutcomeDoesNotSayWhatChangedWhoWhenOrWhereToFindOutMore()
    {
        var outcome = Parse("""
            ---
            title: T
            date: 2026-01-02
            status: done
            areas: [gp-access, dentists]
            survey: gone
            ---
            ## You said

            A.
            """);

        var warnings = OutcomeChecklist.Check(outcome, ["gp-access", "carers"], _ => false);

        Assert.Collection(
            warnings,
            w => Assert.StartsWith("It does not say what changed", w, StringComparison.Ordinal),
            w => Assert.StartsWith("It does not say who it affects", w, StringComparison.Ordinal),
            w => Assert.StartsWith("It does not say when", w, StringComparison.Ordinal),
            w => Assert.StartsWith("It does not say where to find out more", w, StringComparison.Ordinal),
            w => Assert.StartsWith("The area 'dentists' is not one of the areas in get-involved.md", w, StringComparison.Ordinal),
            w => Assert.StartsWith("The survey 'gone' does not exist", w, StringComparison.Ordinal));
    }

    [Fact]
    public void Checklist_IsSatisfiedByACompleteOutcome_AndALinkInTheTextCountsAsWhereToFindOutMore()
    {
        Assert.Equal([], OutcomeChecklist.Check(Parse(Good), ["gp-access", "carers"], _ => true));

        var linked = Parse(Good.Replace("more: /gp\n", "", StringComparison.Ordinal).Replace("Online booking in January.", "See [the practice pages](https://example.org/gp).", StringComparison.Ordinal));
        Assert.Equal([], OutcomeChecklist.Check(linked, ["gp-access", "carers"], _ => true));
    }

    [Fact]
    public void Progress_ListsDatedSteps_OldestFirst_KeyedByDayAndPlace_AndDatesTheContent()
    {
        var outcome = Parse("---\ntitle: T\ndate: 2026-10-01\nstatus: in-progress\nareas: [a]\n---\n## We did\n\nThings.\n\n## Progress\n\n- 2026-11-15: Two practices agreed to open late\n- 2026-10-20: We met the practice managers\n- 2026-11-15: The first evening clinic ran\n");

        Assert.Equal(["s2026-10-20-1", "s2026-11-15-1", "s2026-11-15-2"], outcome.Steps.Select(step => step.Key));
        Assert.Equal("We met the practice managers", outcome.Steps[0].Text);
        Assert.Equal(new DateOnly(2026, 11, 15), outcome.ContentDate);
    }

    [Theory]
    [InlineData("## Progress\n\nWe met them.\n", "outcomes/o.md:11: List the progress steps as one list")]
    [InlineData("## Progress\n\n- soon: we will meet\n", "outcomes/o.md:13: Each progress step must be one line")]
    [InlineData("## Progress\n\n- 2026-13-01: a bad month\n", "outcomes/o.md:13: Each progress step must be one line")]
    public void Progress_ThatIsNotADatedList_IsAnErrorAtItsLine(string section, string expected)
    {
        var error = Assert.Throws<ContentException>(() => Parse($"---\ntitle: T\ndate: 2026-10-01\nstatus: planned\nareas: [a]\n---\n## We did\n\nThings.\n\n{section}")).Error;

        Assert.StartsWith(expected, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void StatusDate_DatesTheContent_WhenItIsTheLatest()
    {
        var outcome = Parse("---\ntitle: T\ndate: 2026-10-01\nstatus: done\nstatus-date: 2026-12-02\nareas: [a]\n---\n## We did\n\nThings.\n");

        Assert.Equal(new DateOnly(2026, 12, 2), outcome.ContentDate);
    }

    private static Outcome Parse(string text)
    {
        using var content = new TestContent();
        return OutcomeParser.Parse("o", new ContentFile("outcomes/o.md", text), content.Markdown);
    }
}
