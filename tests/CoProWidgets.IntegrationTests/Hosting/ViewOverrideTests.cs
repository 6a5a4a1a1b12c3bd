using CoProWidgets.Testing;

namespace CoProWidgets.IntegrationTests.Hosting;

/// <summary>
/// A host overrides a widget view by placing a file at the documented path. The sample compiles Razor at run time in
/// Development, so the override can be added and edited while it runs.
/// </summary>
public sealed class ViewOverrideTests : IDisposable
{
    private const string OverridePath = "Pages/Shared/Components/CoProPrinciples/Default.cshtml";

    private readonly string _root = Repository.CopyToTemp(Path.Combine(Repository.Sample, "Pages"), "Pages");

    public ViewOverrideTests()
    {
        // The folder exists before the site starts, as it would in a real project. (A file written into a folder
        // created a moment earlier can slip past the file watcher on Linux, which has to add the new folder first.)
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_root, OverridePath))!);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task OverriddenView_InDevelopment_IsUsedAndEditsShowOnRefresh()
    {
        using var factory = new SampleSiteFactory { ContentRoot = _root };
        var client = factory.CreateClient();
        Assert.NotNull((await client.GetDocumentAsync("/Working-Together")).QuerySelector("section.copro-principles--cards"));

        Write("""
            @model CoProWidgets.Principles.PrinciplesViewModel
            <aside class="host-view" aria-labelledby="@Model.TitleId">
                <copro-heading level="@Model.HeadingLevel" id="@Model.TitleId">@Model.Title</copro-heading>
                <p>@Model.Items.Count ideas</p>
            </aside>
            """);

        await HttpClientExtensions.Eventually(async () => (await client.GetDocumentAsync("/Working-Together")).QuerySelector("aside.host-view") is not null);
        var page = await client.GetDocumentAsync("/Working-Together");
        Assert.Null(page.QuerySelector("section.copro-principles"));
        Assert.Equal("What co-production means", page.QuerySelector("aside.host-view h2")?.TextContent);
        Assert.Equal("4 ideas", page.QuerySelector("aside.host-view p")?.TextContent);

        Write("""
            @model CoProWidgets.Principles.PrinciplesViewModel
            <aside class="host-view-edited">@Model.Title</aside>
            """);

        await HttpClientExtensions.Eventually(async () => (await client.GetDocumentAsync("/Working-Together")).QuerySelector("aside.host-view-edited") is not null);
    }

    private void Write(string text)
    {
        File.WriteAllText(Path.Combine(_root, OverridePath), text);
    }
}
