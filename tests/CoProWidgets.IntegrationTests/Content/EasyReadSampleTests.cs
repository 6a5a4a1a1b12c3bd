using System.Net;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoProWidgets.IntegrationTests.Content;

/// <summary>
/// The sample's Easy Read files, shown through the staff preview (which renders a file as visitors would see it): each
/// picture row of the first page (two in the introduction, one in a question's hint) has its picture, served from the content folder with safe headers, and the pages are valid HTML.
/// </summary>
public sealed class EasyReadSampleTests : IDisposable
{
    private readonly SampleSiteFactory _site = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("copro-easyread-").FullName;

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task EasyReadSurvey_RendersPictureRows_WithPicturesServedSafely_AndIsValidHtml()
    {
        using var client = await SignedInAsync();
        var text = await File.ReadAllTextAsync(Path.Combine(SampleContent(), "surveys", "having-a-say.easy-read.md"));
        var form = await client.GetDocumentAsync("/copro/staff/content/preview");

        using var response = await FormPost.From(form, "form.copro-form").Set("kind", "survey").Set("name", "having-a-say").Set("text", text).PostAsync(client);
        var html = await response.Content.ReadAsStringAsync();
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll(".copro-staff__preview .copro-easyread");
        Assert.Equal(3, rows.Length);
        var picture = rows[0].QuerySelector(".copro-easyread__picture img")!;
        Assert.Equal("A speech bubble", picture.GetAttribute("alt"));
        Assert.Equal("We want to know what you think.", rows[0].QuerySelector(".copro-easyread__text")!.ChildNodes[0].TextContent);
        Assert.Contains("Plain words and reading age", page.QuerySelector(".copro-reading")?.TextContent, StringComparison.Ordinal);

        using var image = await client.GetAsync(new Uri(picture.GetAttribute("src")!, UriKind.RelativeOrAbsolute));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", image.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("sandbox", image.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.True((await image.Content.ReadAsByteArrayAsync()).Length < 20 * 1024);

        using var content = await client.GetAsync(new Uri("/copro/staff/content", UriKind.Relative));
        await File.WriteAllTextAsync(Path.Combine(_folder, "preview.html"), html);
        await File.WriteAllTextAsync(Path.Combine(_folder, "content.html"), await content.Content.ReadAsStringAsync());
        var errors = await NuHtmlChecker.CheckAsync(_folder);
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Theory]
    [InlineData("/copro/pictures/surveys/having-a-say.md")]
    [InlineData("/copro/pictures/surveys/pictures/nothing.png")]
    [InlineData("/copro/pictures/surveys/pictures/..%2F..%2Fget-involved.md")]
    [InlineData("/copro/pictures/../appsettings.json")]
    public async Task PictureEndpoint_ServesNothingButAPictureInAPicturesFolder(string path)
    {
        using var client = _site.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var signedIn = await FormPost.From(await client.GetDocumentAsync("/Staff/SignIn")).Set("Email", "staff@riverside.example").Set("Password", "try-the-workspace-2026").PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    private static string SampleContent()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "CoProWidgets.sln")))
        {
            root = Path.GetDirectoryName(root)!;
        }

        return Path.Combine(root, "samples", "CoProWidgets.Sample", "Content", "CoProduction");
    }
}
