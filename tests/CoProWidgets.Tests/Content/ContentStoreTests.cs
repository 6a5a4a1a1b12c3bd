using CoProWidgets.Content;
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
