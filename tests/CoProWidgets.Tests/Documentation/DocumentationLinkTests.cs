namespace CoProWidgets.Tests.Documentation;

/// <summary>
/// The README is the front door: it stays short, and no link in it or in the guides it leads to is broken, whether
/// to a file or to a heading in one.
/// </summary>
public sealed class DocumentationLinkTests
{
    private static readonly string s_root = RepositoryRoot();

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var name in new[] { "README.md", "CONTRIBUTING.md", "CHANGELOG.md" })
        {
            data.Add(name);
        }

        foreach (var path in Directory.GetFiles(Path.Combine(s_root, "docs"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(s_root, path).Replace('\\', '/'));
        }

        return data;
    }

    [Fact]
    public void Readme_IsUnder250Lines()
    {
        var lines = File.ReadAllLines(Path.Combine(s_root, "README.md")).Length;

        Assert.True(lines < 250, $"README.md has {lines} lines: keep it for newcomers and move the rest to docs/.");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryRelativeLink_LeadsToAFileAndHeadingThatExist(string document)
    {
        var path = Path.Combine(s_root, document);
        var broken = MarkdownLinks.Targets(File.ReadAllText(path))
            .Where(target => !IsAbsolute(target))
            .Where(target => Problem(path, target) is not null)
            .Select(target => $"{target}: {Problem(path, target)}")
            .ToList();

        Assert.True(broken.Count == 0, $"{document} has broken links:{Environment.NewLine}{string.Join(Environment.NewLine, broken)}");
    }

    [Theory]
    [InlineData("Quick start", "quick-start")]
    [InlineData("surveys/&lt;name&gt;.md", "surveysnamemd")]
    [InlineData("Widgets on WordPress, Drupal and other sites", "widgets-on-wordpress-drupal-and-other-sites")]
    [InlineData("Pasting a link (any CMS)", "pasting-a-link-any-cms")]
    [InlineData("The sign-up form: get-involved.md", "the-sign-up-form-get-involvedmd")]
    [InlineData("`SiteUrl` and [links](x.md)", "siteurl-and-links")]
    public void Slug_FollowsGitHubsAnchorRule(string heading, string anchor) =>
        Assert.Equal(anchor, MarkdownLinks.Slug(heading));

    [Fact]
    public void Anchors_NumberRepeatedHeadingsAndIgnoreCodeBlocks()
    {
        var anchors = MarkdownLinks.Anchors("# Title\n## Notes\n```\n## Not a heading\n```\n## Notes\n");

        Assert.Equal(["notes", "notes-1", "title"], anchors.Order(StringComparer.Ordinal));
    }

    private static string? Problem(string document, string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var file = hash < 0 ? target : target[..hash];
        var full = file.Length == 0 ? document : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document)!, Uri.UnescapeDataString(file)));
        if (!full.StartsWith(s_root, StringComparison.Ordinal))
        {
            return "leads outside the repository";
        }

        if (!File.Exists(full) && !Directory.Exists(full))
        {
            return "no such file";
        }

        if (hash < 0 || !full.EndsWith(".md", StringComparison.Ordinal))
        {
            return null;
        }

        return MarkdownLinks.Anchors(File.ReadAllText(full)).Contains(target[(hash + 1)..]) ? null : "no such heading";
    }

    private static bool IsAbsolute(string target) =>
        Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CoProWidgets.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The documentation tests must run inside the CoProWidgets repository.");
    }
}
