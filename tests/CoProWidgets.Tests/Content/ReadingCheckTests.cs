using CoProWidgets.Content;
using CoProWidgets.Tests.Support;

namespace CoProWidgets.Tests.Content;

/// <summary>The content check on texts like those editors write: NHS-style prose, plain English and Easy Read.</summary>
public sealed class ReadingCheckTests : IDisposable
{
    // The kind of paragraph a commissioner's page holds: long sentences of long words.
    private const string NhsStyle = """
        The integrated care board is responsible for commissioning community health services and for ensuring that
        appropriate safeguarding arrangements are implemented consistently across all providers. Eligibility for NHS
        continuing healthcare is determined following a comprehensive multidisciplinary assessment of the individual's
        needs, in accordance with the national framework and associated statutory guidance.
        """;

    // Easy Read: short sentences of short words, one idea a line.
    private const string EasyRead = """
        ![A doctor](pictures/doctor.png) We want to know what you think.
        Tell us about your doctor.

        ![A clock](pictures/clock.png) This survey takes 5 minutes.
        You do not need to give your name.

        ![A tick](pictures/tick.png) We will read every answer.
        We will tell you what we find out.
        """;

    private readonly TestContent _content = new();
    private readonly ReadingCheck _check;

    public ReadingCheckTests() => _check = new ReadingCheck(_content.Markdown, _content.Store, Microsoft.Extensions.Options.Options.Create(_content.Options));

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Check_NhsStyleProse_ReadsAboveTheNhsAim()
    {
        var report = _check.Check(new ContentFile("principles/care.md", NhsStyle));

        Assert.True(report.ReadingAge > 11, $"Reading age {report.ReadingAge}");
    }

    [Fact]
    public void Check_EasyReadText_ReadsAtNineOrBelow()
    {
        var report = _check.Check(new ContentFile("surveys/feedback.easy-read.md", EasyRead));

        Assert.True(report.ReadingAge <= 9, $"Reading age {report.ReadingAge}");
        Assert.Empty(report.Advice);
    }

    [Fact]
    public void Check_TheSampleEasyReadSurvey_ReadsAtNineOrBelowAndEveryParagraphHasAPicture()
    {
        var path = Path.Combine(RepositoryRoot(), "samples", "CoProWidgets.Sample", "Content", "CoProduction", "surveys", "having-a-say.easy-read.md");

        var report = _check.Check(new ContentFile("surveys/having-a-say.easy-read.md", File.ReadAllText(path)));

        Assert.True(report.ReadingAge <= 9, $"Reading age {report.ReadingAge}");
        Assert.DoesNotContain(report.Advice, advice => advice.Kind == ReadingAdviceKind.NoPicture);
    }

    [Fact]
    public void Check_LongSentence_IsPointedOutWithItsLineAndWordCount()
    {
        var report = _check.Check(new ContentFile("principles/care.md", "---\ntitle: Care\n---\nShort one.\n\n" + NhsStyle));

        var advice = Assert.Single(report.Advice, advice => advice.Kind == ReadingAdviceKind.LongSentence && advice.Words.StartsWith("The integrated", StringComparison.Ordinal));
        Assert.Equal(6, advice.Line);
        Assert.Equal("24", advice.Detail);
    }

    [Fact]
    public void Check_HardWord_IsPointedOutWithASimplerOne()
    {
        var report = _check.Check(new ContentFile("principles/care.md", "We will facilitate a meeting.\n\nIt will commence at ten.\n"));

        Assert.Equal([("facilitate", "help", 1), ("commence", "start", 3)], report.Advice.Select(advice => (advice.Words, advice.Detail!, advice.Line)));
    }

    [Fact]
    public void Check_HardWordsFromTheSettings_ReplaceTheDefaults()
    {
        _content.Options.EasyRead.HardWords.Clear();
        _content.Options.EasyRead.HardWords["appointment"] = "time to see someone";

        var report = _check.Check(new ContentFile("principles/care.md", "We will facilitate an appointment.\n"));

        Assert.Equal(["appointment"], report.Advice.Select(advice => advice.Words));
    }

    [Fact]
    public void Check_EasyReadParagraphWithoutAPicture_IsPointedOut_AndOnlyInEasyRead()
    {
        const string Text = "![A tick](pictures/tick.png) Yes.\n\nNo picture here.\n";

        var easyRead = _check.Check(new ContentFile("get-involved.easy-read.md", Text));
        var standard = _check.Check(new ContentFile("get-involved.md", Text));

        var advice = Assert.Single(easyRead.Advice);
        Assert.Equal((ReadingAdviceKind.NoPicture, 3, "No picture here."), (advice.Kind, advice.Line, advice.Words));
        Assert.Empty(standard.Advice);
    }

    [Fact]
    public void Check_SurveySettingsAndAnswerIds_AreNotReadAsWords()
    {
        const string Text = "## Which service did you use?\nid: service-used-with-a-long-identifier\ntype: single\n\n- commence: A GP\n";

        var report = _check.Check(new ContentFile("surveys/s.md", Text));

        Assert.Empty(report.Advice);
    }

    [Fact]
    public void Check_ShortText_HasNoReadingAge()
    {
        Assert.Null(_check.Check(new ContentFile("principles/p.md", "Hello there.\n")).ReadingAge);
    }

    [Theory]
    [InlineData("care", 1)]
    [InlineData("people", 2)]
    [InlineData("doctor", 2)]
    [InlineData("appointment", 3)]
    [InlineData("responsible", 4)]
    public void Syllables_CountsCommonWordsRight(string word, int syllables) => Assert.Equal(syllables, ReadingAge.Syllables(word));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CoProWidgets.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
