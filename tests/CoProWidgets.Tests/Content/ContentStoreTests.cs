using CoProWidgets.Content;
using CoProWidgets.Http;
using CoProWidgets.Principles;
using CoProWidgets.Tests.Support;
using Microsoft.Extensions.Logging;

namespace CoProWidgets.Tests.Content;

public sealed class ContentStoreTests : IDisposable
{
    private const string Good = "---\ntitle: Version one\nlayout: numbered\n---\n## One\n";
    private const string Path = "principles/p.md";

    private readonly TestContent _content = new();
    private int _parses;

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Get_CalledRepeatedly_ParsesTheFileOnlyOnce()
    {
        _content.Write(Path, Good);

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal("Version one", Get().Value?.Title);
        }

        Assert.Equal(1, _parses);
    }

    [Fact]
    public async Task Get_AfterTheFileIsEdited_ReturnsTheNewVersionWithoutARestart()
    {
        _content.Write(Path, Good);
        Assert.Equal("Version one", Get().Value?.Title);

        _content.Write(Path, Good.Replace("Version one", "Version two", StringComparison.Ordinal));

        await Eventually(() => Get().Value?.Title == "Version two");
    }

    [Fact]
    public async Task Get_WhenTheFileBreaks_KeepsServingTheLastGoodVersionAndReportsTheError()
    {
        _content.Write(Path, Good);
        Assert.Null(Get().Error);

        _content.Write(Path, "---\ntitle: Version two\nlayout: spiral\n---\n## One\n");

        await Eventually(() => Get().Error is not null);
        var snapshot = Get();
        Assert.Equal("Version one", snapshot.Value?.Title);
        Assert.Equal(new ContentError(Path, 3, "The layout 'spiral' is not known. Use one of: numbered, phases, cards."), snapshot.Error);
        var logged = Assert.Single(_content.Logger.Entries, entry => entry.Level == LogLevel.Error);
        Assert.Contains("principles/p.md:3:", logged.Message, StringComparison.Ordinal);
        Assert.Contains("last good version is served", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WhenABrokenFileIsFixed_ClearsTheError()
    {
        _content.Write(Path, "---\ntitle: Broken\n---\n");
        Assert.NotNull(Get().Error);
        Assert.Null(Get().Value);

        _content.Write(Path, Good);

        await Eventually(() => Get() is { Error: null, Value.Title: "Version one" });
    }

    [Fact]
    public void Get_WhenTheFileIsBrokenFromTheStart_ReportsThatNothingIsServed()
    {
        _content.Write(Path, "---\ntitle: [\n---\n");

        var snapshot = Get();

        Assert.Null(snapshot.Value);
        Assert.Equal(2, snapshot.Error?.Line);
        Assert.Contains(_content.Logger.Entries, entry => entry.Message.Contains("no good version", StringComparison.Ordinal));
    }

    [Fact]
    public void Get_WhenTheFileDoesNotExist_SaysWhereToCreateIt()
    {
        var snapshot = Get();

        Assert.Null(snapshot.Value);
        Assert.Equal(Path, snapshot.Error?.File);
        Assert.Contains("does not exist", snapshot.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WhenAMissingFileIsCreated_PicksItUp()
    {
        Assert.NotNull(Get().Error);

        _content.Write(Path, Good);

        await Eventually(() => Get().Value?.Title == "Version one");
    }

    [Fact]
    public async Task Get_WhenTheFileIsDeleted_KeepsServingTheLastGoodVersion()
    {
        _content.Write(Path, Good);
        Assert.NotNull(Get().Value);

        File.Delete(System.IO.Path.Combine(_content.Root, Path));

        await Eventually(() => Get().Error is not null);
        Assert.Equal("Version one", Get().Value?.Title);
    }

    [Fact]
    public async Task Get_UnderConcurrentRequests_ParsesOncePerChange()
    {
        _content.Write(Path, Good);

        await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => Assert.NotNull(Get().Value))));

        Assert.Equal(1, _parses);
    }

    [Fact]
    public void Get_ForFilesThatDoNotExist_KeepsNothing_AndLogsOnlyAtDebug()
    {
        for (var i = 0; i < 1000; i++)
        {
            var snapshot = _content.Store.Get($"surveys/no-such-{i}.md", _ => new object());
            Assert.Null(snapshot.Value);
            Assert.Contains("does not exist", snapshot.Error?.Message, StringComparison.Ordinal);
        }

        Assert.Equal(0, _content.Store.Count);
        Assert.All(_content.Logger.Entries, entry => Assert.Equal(LogLevel.Debug, entry.Level));
    }

    [Fact]
    public async Task Get_ForAFileCreatedAfterItWasAskedFor_FindsIt()
    {
        Assert.Null(Get().Value);
        Assert.Equal(0, _content.Store.Count);

        _content.Write(Path, Good);

        await Eventually(() => Get().Value?.Title == "Version one");
        Assert.Equal(1, _content.Store.Count);
    }

    [Theory]
    [InlineData("name", true)]
    [InlineData("having-a-say_2", true)]
    [InlineData("name\n", false)]
    [InlineData("name\r\n", false)]
    [InlineData("-name", false)]
    [InlineData("../name", false)]
    [InlineData("", false)]
    public void ContentName_AcceptsOnlyLettersDigitsHyphensAndUnderscores_AndNoTrailingNewline(string name, bool valid) =>
        Assert.Equal(valid, ContentName.IsValid(System.Text.RegularExpressions.Regex.Unescape(name)));

    [Fact]
    public void LogText_EscapesControlAndInvisibleCharacters()
    {
        Assert.Equal("plain", LogText.Escape("plain"));
        Assert.Equal(@"line\u000abreak", LogText.Escape("line\nbreak"));
        Assert.Equal(@"\u202eright-to-left", LogText.Escape("\u202Eright-to-left"));
        Assert.Equal(@"back\u005cslash", LogText.Escape(@"back\slash"));
    }

    [Fact]
    public void LogText_IsBounded() =>
        Assert.Equal(LogText.MaxLength + 3, LogText.Escape(new string('a', 100_000)).Length);

    [Fact]
    public void BoundedSet_SaysOnceAndStopsGrowingWhenFull()
    {
        var set = new BoundedSet(2);

        Assert.True(set.Add("a"));
        Assert.False(set.Add("a"));
        Assert.True(set.Add("b"));
        Assert.False(set.Add("c"));
        Assert.False(set.Add("c"));
    }

    [Fact]
    public void List_ReturnsOnlyMarkdownFilesInTheFolder()
    {
        _content.Write("principles/b.md", Good);
        _content.Write("principles/a.md", Good);
        _content.Write("principles/notes.txt", "x");
        _content.Write("principles/sub/c.md", Good);

        Assert.Equal(["principles/a.md", "principles/b.md"], _content.Store.List("principles"));
    }

    private ContentSnapshot<PrinciplesContent> Get() =>
        _content.Store.Get(Path, file =>
        {
            Interlocked.Increment(ref _parses);
            return PrinciplesParser.Parse(file, _content.Markdown);
        });

    private static async Task Eventually(Func<bool> condition)
    {
        // File watching is asynchronous: wait for the change to arrive, but never longer than ten seconds.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The change was not picked up within ten seconds.");
            await Task.Delay(50);
        }
    }
}
