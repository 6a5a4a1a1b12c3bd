using AngleSharp.Dom;
using CoProWidgets.Testing;
using Microsoft.Extensions.Logging;

namespace CoProWidgets.IntegrationTests.Principles;

/// <summary>Content editors change files while the site runs; a broken file never takes the site down.</summary>
public sealed class ContentEditingTests : IDisposable
{
    private const string BrokenLayout = "---\ntitle: Our co-production principles\nlayout: spiral\n---\n## One\n";

    private readonly SampleSiteFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task EditedFile_ShowsOnRefreshWithoutARestart()
    {
        var client = _factory.CreateClient();
        Assert.Equal("Our co-production principles", await FirstTitleAsync(client));

        _factory.WriteContent("principles/our-principles.md", "---\ntitle: Promises we keep\nlayout: numbered\n---\n## Listen first\n");

        await HttpClientExtensions.Eventually(async () => await FirstTitleAsync(client) == "Promises we keep");
    }

    [Fact]
    public async Task BrokenFile_InDevelopment_ShowsTheErrorWithFileAndLineInTheWidgetsPlace()
    {
        var client = _factory.CreateClient();
        await client.GetDocumentAsync("/");

        _factory.WriteContent("principles/our-principles.md", BrokenLayout);

        await HttpClientExtensions.Eventually(async () => (await client.GetDocumentAsync("/")).QuerySelector(".copro-content-error") is not null);
        var page = await client.GetDocumentAsync("/");
        var error = page.QuerySelector(".copro-content-error")!;
        Assert.Contains("principles/our-principles.md:3: The layout 'spiral' is not known.", error.TextContent, StringComparison.Ordinal);
        Assert.Contains("Visitors see the last good version", error.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("section.copro-principles--phases"));
    }

    [Fact]
    public async Task BrokenFile_InProduction_KeepsServingTheLastGoodVersionAndLogsTheError()
    {
        _factory.EnvironmentName = "Production";
        var client = _factory.CreateClient();
        await client.GetDocumentAsync("/");

        _factory.WriteContent("principles/our-principles.md", BrokenLayout);

        // Files are parsed again when next asked for, so keep visiting until the change has been read.
        IDocument page = null!;
        await HttpClientExtensions.Eventually(async () =>
        {
            page = await client.GetDocumentAsync("/");
            return _factory.Logs.Entries.Any(entry => entry.Level == LogLevel.Error);
        });
        Assert.Null(page.QuerySelector(".copro-content-error"));
        Assert.Equal("Our co-production principles", page.QuerySelector("section.copro-principles h2")!.TextContent);
        Assert.Equal(6, page.QuerySelectorAll("section.copro-principles--numbered li").Length);
        var logged = Assert.Single(_factory.Logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.Contains("principles/our-principles.md:3:", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileBrokenFromTheStart_InProduction_LeavesThePageWorkingWithoutThatWidget()
    {
        _factory.EnvironmentName = "Production";
        _factory.WriteContent("principles/our-principles.md", "---\ntitle: [\n---\n");
        var client = _factory.CreateClient();

        var page = await client.GetDocumentAsync("/");

        Assert.Null(page.QuerySelector(".copro-content-error"));
        Assert.Single(page.QuerySelectorAll("section.copro-principles"));
        Assert.Contains(_factory.Logs.Entries, entry => entry.Level == LogLevel.Error && entry.Message.Contains("principles/our-principles.md:2:", StringComparison.Ordinal));
    }

    [Fact]
    public void BrokenFile_AtStartUp_IsLoggedBeforeAnyVisitorArrives()
    {
        _factory.EnvironmentName = "Production";
        _factory.WriteContent("principles/toolkit.md", "---\ntitle: Toolkit\n---\n## One\n");

        _ = _factory.Server;

        Assert.Contains(_factory.Logs.Entries, entry => entry.Level == LogLevel.Error && entry.Message.Contains("principles/toolkit.md:1: The field 'layout' is required", StringComparison.Ordinal));
    }

    [Fact]
    public void BrokenGetInvolvedFile_AtStartUp_IsLogged()
    {
        _factory.EnvironmentName = "Production";
        _factory.WriteContent("get-involved.md", "---\ntitle: Get involved\nprivacy-url: /privacy\nconsent: C\nareas: none\n---\n");

        _ = _factory.Server;

        Assert.Contains(_factory.Logs.Entries, entry => entry.Level == LogLevel.Error && entry.Message.Contains("get-involved.md:5:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MissingFile_InDevelopment_SaysWhichFileToCreate()
    {
        File.Delete(Path.Combine(_factory.ContentPath, "principles", "toolkit.md"));
        var client = _factory.CreateClient();

        var page = await client.GetDocumentAsync("/");

        var error = Assert.Single(page.QuerySelectorAll(".copro-content-error"));
        Assert.Contains("principles/toolkit.md: The content file does not exist.", error.TextContent, StringComparison.Ordinal);
        Assert.Contains("Visitors see nothing here", error.TextContent, StringComparison.Ordinal);
    }

    private static async Task<string?> FirstTitleAsync(HttpClient client) =>
        (await client.GetDocumentAsync("/")).QuerySelector("section.copro-principles h2")?.TextContent;
}
