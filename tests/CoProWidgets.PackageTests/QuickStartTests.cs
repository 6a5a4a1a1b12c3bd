using System.Net;
using AngleSharp.Html.Parser;

namespace CoProWidgets.PackageTests;

/// <summary>
/// The README's quick start, followed line by line in a new web app against the packed library: it fails when the
/// documented steps stop working, or stop placing a widget the README's widget table lists.
/// </summary>
[Collection(PackedLibrary.Name)]
public sealed class QuickStartTests
{
    private static readonly HtmlParser s_parser = new();
    private static readonly string s_readme = File.ReadAllText(Path.Combine(PackageFixture.RepositoryRoot, "README.md"));

    [Fact]
    public void QuickStart_PlacesEveryTagHelperInTheWidgetTable()
    {
        var placed = Placed(QuickStart.Steps(s_readme));
        var listed = QuickStart.TableTagHelpers(s_readme);

        Assert.NotEmpty(listed);
        Assert.All(listed, tag => Assert.Contains(tag, placed));
    }

    [Fact]
    public async Task QuickStart_FollowedInANewWebApp_RendersEveryWidgetAndLetsStaffSignIn()
    {
        var password = Guid.NewGuid().ToString("N");
        var steps = QuickStart.Steps(s_readme);
        await using var site = new QuickStartSite();
        await site.CreateAsync();
        await site.FollowAsync(steps, new Dictionary<string, string> { ["<packages-folder>"] = PackageFixture.Feed, ["<staff-password>"] = password });
        await site.StartAsync();
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = site.Address };

        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var page = await s_parser.ParseDocumentAsync(await home.Content.ReadAsStringAsync());
        var errors = page.QuerySelectorAll(".copro-content-error").Select(error => error.TextContent.Trim()).ToList();
        Assert.True(errors.Count == 0, "A content file of the quick start has a mistake:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        Assert.All(Placed(steps), tag => Assert.NotNull(page.QuerySelector($".copro.{tag}")));

        using var refused = await client.GetAsync(new Uri("/copro/staff", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var signIn = new Uri(site.Address!, refused.Headers.Location!);
        Assert.StartsWith("/SignIn", signIn.PathAndQuery, StringComparison.Ordinal);

        var form = await s_parser.ParseDocumentAsync(await client.GetStringAsync(signIn));
        var fields = form.QuerySelectorAll("form input[type=hidden]")
            .Select(input => new KeyValuePair<string, string>(input.GetAttribute("name")!, input.GetAttribute("value") ?? string.Empty))
            .Append(new("Password", password));
        using var signedIn = await client.PostAsync(signIn, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/copro/staff", signedIn.Headers.Location?.OriginalString);

        using var workspace = await client.GetAsync(new Uri("/copro/staff", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, workspace.StatusCode);
        var staff = await s_parser.ParseDocumentAsync(await workspace.Content.ReadAsStringAsync());
        Assert.Equal("Staff workspace", staff.QuerySelector("h1")?.TextContent);
        Assert.Contains("Having a say in your care", staff.Body?.TextContent, StringComparison.Ordinal);
    }

    private static HashSet<string> Placed(IEnumerable<QuickStartStep> steps) =>
        steps.Where(step => step.Path?.EndsWith(".cshtml", StringComparison.Ordinal) == true)
            .SelectMany(step => QuickStart.TagNames(step.Text))
            .ToHashSet();
}
