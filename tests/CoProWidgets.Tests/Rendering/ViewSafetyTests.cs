namespace CoProWidgets.Tests.Rendering;

/// <summary>
/// The library's views write raw HTML only where it came out of the sanitizer (an <c>IHtmlContent</c> the model holds):
/// none of them may make it from text. The C# code is held to the same rule by the banned-API analyzer
/// (<c>src/CoProWidgets/BannedSymbols.txt</c>); Razor's generated code is not, so the views are read here.
/// </summary>
public sealed class ViewSafetyTests
{
    private static readonly string[] s_banned = ["Html.Raw(", "HtmlString(", "IHtmlHelper", "AppendHtml(", "SetHtmlContent("];

    public static TheoryData<string> Views => new(Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src", "CoProWidgets", "Views"), "*.cshtml", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(RepositoryRoot(), path)));

    [Theory]
    [MemberData(nameof(Views))]
    public void View_MakesNoRawHtmlFromText(string view)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), view));

        Assert.All(s_banned, banned => Assert.DoesNotContain(banned, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Views_AreFound()
    {
        Assert.True(Views.Count >= 20, $"Found only {Views.Count} views: the test is looking in the wrong place.");
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CoProWidgets.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (with CoProWidgets.sln) is not above the test's folder.");
    }
}
