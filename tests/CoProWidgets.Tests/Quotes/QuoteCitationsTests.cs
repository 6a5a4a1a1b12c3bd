using CoProWidgets.Content;
using CoProWidgets.Outcomes;
using CoProWidgets.Quotes;
using CoProWidgets.Tests.Support;

namespace CoProWidgets.Tests.Quotes;

/// <summary>
/// A paragraph that says only <c>{quote: code}</c> is written as that approved quote inside the Markdown pipeline,
/// so the words are encoded as text and sanitized with the rest; the HTML is what splicing it in after sanitizing gave.
/// </summary>
public sealed class QuoteCitationsTests
{
    private static readonly IReadOnlyList<PublishedQuote> s_quotes =
    [
        new("1a2b3c4d", "else", null, "Evening slots <b>please</b> & the surgery's \"late\" clinic, café too", []),
    ];

    [Fact]
    public void Render_ACitingParagraph_IsTheQuote_AsTheSplicedFigureWas()
    {
        var html = Render("People who work could not get appointments.\n\n{quote: 1a2b3c4d}\n\nThey said so twice.\n");

        AssertSameElements(
            "<p>People who work could not get appointments.</p>" +
            "<figure class=\"copro-quote\"><blockquote><p>Evening slots &lt;b&gt;please&lt;/b&gt; &amp; the surgery&#x27;s &quot;late&quot; clinic, caf&#xE9; too</p></blockquote></figure>" +
            "<p>They said so twice.</p>",
            html);
        Assert.Null(Html.Parse(html).QuerySelector("b"));
    }

    [Theory]
    [InlineData("{quote:1a2b3c4d}")]
    [InlineData("{quote:\n1a2b3c4d}")]
    [InlineData("\\{quote: 1a2b3c4d}")]
    public void Render_EveryWayTheOldPatternMatched_StillCites(string citation)
    {
        var html = Render($"Before.\n\n{citation}\n");

        Assert.Equal(["Evening slots <b>please</b> & the surgery's \"late\" clinic, café too"], Html.Parse(html).QuerySelectorAll(".copro-quote blockquote p").Select(p => p.TextContent));
    }

    [Fact]
    public void Render_ACodeWithNoApprovedQuote_WritesNothing()
    {
        var html = Render("Before.\n\n{quote: 00000000}\n\nAfter.\n");

        AssertSameElements("<p>Before.</p><p>After.</p>", html);
    }

    [Theory]
    [InlineData("- {quote: 1a2b3c4d}\n- another\n", "<ul>\n<li>{quote: 1a2b3c4d}</li>\n<li>another</li>\n</ul>")]
    [InlineData("We heard {quote: 1a2b3c4d} often.\n", "<p>We heard {quote: 1a2b3c4d} often.</p>")]
    [InlineData("*{quote: 1a2b3c4d}*\n", "<p><em>{quote: 1a2b3c4d}</em></p>")]
    [InlineData("{quote: 1A2B3C4D}\n", "<p>{quote: 1A2B3C4D}</p>")]
    public void Render_ACodeThatIsNotAParagraphOfItsOwn_IsLeftAsText(string markdown, string expected)
    {
        AssertSameElements(expected, Render(markdown));
    }

    [Fact]
    public void Render_ACitationInABlockQuote_IsTheQuoteThere()
    {
        var html = Render("> {quote: 1a2b3c4d}\n");

        Assert.NotNull(Html.Parse(html).QuerySelector("blockquote > figure.copro-quote > blockquote > p"));
    }

    [Fact]
    public void Render_TheQuote_GoesThroughTheSanitizer()
    {
        var options = new CoProWidgetsOptions();
        options.ConfigureSanitizer.Add(sanitizer => sanitizer.AllowedTags.Remove("figure"));
        using var content = new TestContent(options);

        var html = Render("Before.\n\n{quote: 1a2b3c4d}\n", content.Markdown);

        Assert.Equal("<p>Before.</p>", html);
    }

    [Theory]
    [InlineData("<figure class=\"copro-quote other\"><p>x</p></figure>")]
    [InlineData("<p class=\"copro-quote\">x</p>")]
    [InlineData("<figure class=\"copro-error\"><p>x</p></figure>")]
    public void Render_ContentsOwnClasses_AreStillRemoved(string raw)
    {
        var options = new CoProWidgetsOptions { AllowRawHtml = true };
        using var content = new TestContent(options);

        var html = Render(raw + "\n", content.Markdown);

        Assert.Null(Html.Parse(html).QuerySelector("[class]"));
    }

    [Fact]
    public void AnOutcome_CitesOnlyInWhatPeopleSaid_AndKnowsWhenItNeedNotRenderAgain()
    {
        using var content = new TestContent();
        var outcome = OutcomeParser.Parse("o", new ContentFile("outcomes/o.md", "---\ntitle: T\ndate: 2026-10-01\nstatus: planned\nareas: [a]\nsurvey: s\n---\n## You said\n\n{quote: 1a2b3c4d}\n\n## We did\n\n{quote: 1a2b3c4d}\n"), content.Markdown);

        Assert.Equal("Evening slots <b>please</b> & the surgery's \"late\" clinic, café too", Html.Parse(Html.Of(outcome.Said(3, s_quotes))).QuerySelector(".copro-quote p")?.TextContent);
        Assert.Equal("{quote: 1a2b3c4d}", Html.Parse(Html.Of(outcome.Section(OutcomeSection.Did, 3))).TextContent);
        var plain = OutcomeParser.Parse("o", new ContentFile("outcomes/o.md", "---\ntitle: T\ndate: 2026-10-01\nstatus: planned\nareas: [a]\n---\n## You said\n\nWords.\n"), content.Markdown);
        Assert.Same(plain.Section(OutcomeSection.Said, 3), plain.Said(3, s_quotes));
    }

    [Fact]
    public void AnyIn_FindsACitationAtAnyDepth()
    {
        using var content = new TestContent();

        Assert.True(QuoteCitations.AnyIn(content.Markdown.Parse("> - a\n>\n> - {quote: 1a2b3c4d}\n")));
        Assert.False(QuoteCitations.AnyIn(content.Markdown.Parse("Nothing cited {quote: 1a2b3c4d}.\n")));
    }

    private static string Render(string markdown)
    {
        using var content = new TestContent();
        return Render(markdown, content.Markdown);
    }

    private static string Render(string markdown, MarkdownRenderer renderer) =>
        renderer.RenderBlocks(renderer.Parse(markdown), 0, new QuoteCitations(s_quotes)).Value!;

    /// <summary>The same elements in the same order, whatever the whitespace between blocks or the entities chosen.</summary>
    private static void AssertSameElements(string expected, string actual) =>
        Assert.Equal(Html.Parse(expected).Children.Select(element => element.OuterHtml), Html.Parse(actual).Children.Select(element => element.OuterHtml));
}
