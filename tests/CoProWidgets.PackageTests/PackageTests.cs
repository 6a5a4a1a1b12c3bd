using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace CoProWidgets.PackageTests;

[Collection(PackedLibrary.Name)]
public sealed class PackageTests(PackageFixture package)
{
    private static readonly HtmlParser s_parser = new();

    [Fact]
    public void Package_CarriesReadmeLicenseRepositoryDocsAndStaticAssets()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var entries = archive.Entries.Select(entry => entry.FullName).ToHashSet();

        Assert.Contains("README.md", entries);
        Assert.Contains("lib/net10.0/CoProWidgets.dll", entries);
        Assert.Contains("lib/net10.0/CoProWidgets.xml", entries);
        Assert.Contains("staticwebassets/copro.css", entries);
        Assert.Contains("staticwebassets/copro.js", entries);
        Assert.Contains("build/Microsoft.AspNetCore.StaticWebAssets.props", entries);

        using var nuspecStream = archive.GetEntry("CoProWidgets.nuspec")!.Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        var license = metadata.Elements().Single(e => e.Name.LocalName == "license");
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");

        Assert.Equal("CoProWidgets", Value("id"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal("MIT", license.Value);
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.StartsWith("https://", repository.Attribute("url")?.Value, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
    }

    [Fact]
    public async Task BrandNewApp_FromThePackage_RendersThePrinciplesPanelAndServesItsStylesheet()
    {
        await using var app = new ThrowawayApp(package.Version);
        await app.PublishAndStartAsync();
        using var client = new HttpClient { BaseAddress = app.Address };

        var page = await s_parser.ParseDocumentAsync(await client.GetStringAsync(new Uri("/", UriKind.Relative)));
        var panel = page.QuerySelector("section.copro-principles--numbered");
        Assert.NotNull(panel);
        Assert.Equal("Promises from a brand-new app", panel.QuerySelector("h2")?.TextContent);
        Assert.Equal(["Start together", "Report back"], panel.QuerySelectorAll("ol > li > h3").Select(h => h.TextContent));

        var stylesheet = page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");
        Assert.StartsWith("/_content/CoProWidgets/copro.css", stylesheet, StringComparison.Ordinal);
        using var css = await client.GetAsync(new Uri(stylesheet!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains(".copro-principles--numbered", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var fragment = await client.GetAsync(new Uri("/copro/principles/our-principles", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, fragment.StatusCode);

        // The embed script and its endpoint, which another site reaches only once the app lists it.
        using var script = await client.GetAsync(new Uri("/_content/CoProWidgets/copro.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        using var embedded = new HttpRequestMessage(HttpMethod.Get, new Uri("/copro/embed/principles/our-principles", UriKind.Relative)) { Headers = { { "Origin", "https://unlisted.example" } } };
        using var refused = await client.SendAsync(embedded);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task BrandNewApp_WithAViewAtTheDocumentedPath_RendersTheHostsView()
    {
        await using var app = new ThrowawayApp(package.Version);
        app.Write("Pages/Shared/Components/CoProPrinciples/Default.cshtml", """
            @model CoProWidgets.Principles.PrinciplesViewModel
            <aside class="host-principles" aria-labelledby="@Model.TitleId">
                <copro-heading level="@Model.HeadingLevel" id="@Model.TitleId">@Model.Title</copro-heading>
                <p>@Model.Items.Count promises</p>
            </aside>
            """);
        await app.PublishAndStartAsync();
        using var client = new HttpClient { BaseAddress = app.Address };

        var page = await s_parser.ParseDocumentAsync(await client.GetStringAsync(new Uri("/", UriKind.Relative)));

        Assert.Null(page.QuerySelector("section.copro-principles"));
        var aside = page.QuerySelector("aside.host-principles");
        Assert.NotNull(aside);
        Assert.Equal("Promises from a brand-new app", aside.QuerySelector("h2")?.TextContent);
        Assert.Equal("2 promises", aside.QuerySelector("p")?.TextContent);
    }

    [Fact]
    public async Task BrandNewApp_WithAnEmailViewAtTheDocumentedPath_SendsTheHostsEmail()
    {
        await using var app = new ThrowawayApp(package.Version);
        app.Write("Content/CoProduction/get-involved.md", """
            ---
            title: Join in
            privacy-url: /privacy
            consent: We keep your email address to tell you about projects. You can withdraw at any time.
            areas:
              gp-access: GP access
            ---
            Tell us what you care about.
            """);
        app.Write("Views/CoProWidgets/Emails/ConfirmSignUp.cshtml", """
            @model CoProWidgets.GetInvolved.SignUpEmailViewModel
            @{
                Layout = "~/Views/CoProWidgets/Emails/_Layout.cshtml";
                ViewData["Subject"] = "One more step to join Brand-new app";
            }
            <p>@Model.Greeting</p>
            <p><a href="@Model.ConfirmUrl!.AbsoluteUri">Yes, count me in</a></p>
            """);
        await app.PublishAndStartAsync();
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = app.Address };

        // The library's own sign-up page, in its own plain layout as the app has none, posted as a browser would.
        var page = await s_parser.ParseDocumentAsync(await client.GetStringAsync(new Uri("/copro/get-involved", UriKind.Relative)));
        var fields = page.QuerySelectorAll("form.copro-form input[type=hidden]")
            .Select(input => new KeyValuePair<string, string>(input.GetAttribute("name")!, input.GetAttribute("value") ?? string.Empty))
            .Concat([new("email", "visitor@example.org"), new("areas", "gp-access"), new("updates", "email"), new("consent", "yes")]);
        using var posted = await client.PostAsync(new Uri("/copro/get-involved", UriKind.Relative), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);

        var mail = Path.Combine(app.Root, "out", "App_Data", "mail");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(Directory.Exists(mail) && Directory.GetFiles(mail, "*.eml").Length > 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        var email = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(mail, "*.eml")));
        Assert.Contains("Subject: One more step to join Brand-new app", email, StringComparison.Ordinal);
        Assert.Contains("Yes, count me in", email, StringComparison.Ordinal);
    }
}
