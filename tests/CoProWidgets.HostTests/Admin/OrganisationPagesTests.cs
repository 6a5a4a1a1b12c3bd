using System.Net;
using CoProWidgets.Host.Storage;
using CoProWidgets.HostTests.Support;
using CoProWidgets.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.HostTests.Admin;

public sealed class OrganisationPagesTests : IAsyncLifetime
{
    private readonly HostSite _site = HostSite.OnSqlite();
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        var administrator = await _site.AddStaffAsync("admin@host.example.org", hostAdministrator: true);
        _admin = _site.ClientFor("host.test");
        _admin.DefaultRequestHeaders.Add(HostSite.StaffHeader, administrator);
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task AddingAnOrganisation_ServesItAtItsHostNameAtOnce_WithoutARestart()
    {
        var form = FormPost.From(await _admin.GetDocumentAsync("admin/organisations/add"), pageUrl: "/admin/organisations/add")
            .Set("Form.Slug", "healthwatch-east").Set("Form.Name", "Healthwatch East")
            .Set("Form.SiteUrl", "https://www.healthwatch-east.example.org/").Set("Form.HostNames", "widgets.healthwatch-east.example.org")
            .Set("Form.AllowedOrigins", "https://east-partner.example.org").Set("Form.EmailFrom", "involve@healthwatch-east.example.org")
            .Set("Form.SafeguardingEmail", "safeguarding@healthwatch-east.example.org");

        using var posted = await form.PostAsync(_admin);
        using var served = _site.ClientFor("widgets.healthwatch-east.example.org");
        var landing = await served.GetDocumentAsync("");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("Widgets for Healthwatch East", landing.QuerySelector("h1")?.TextContent);
        var list = await _admin.GetDocumentAsync("admin/organisations");
        Assert.Contains("Healthwatch East", list.QuerySelector("table")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("add", "widgets.east.example.org", "the administration pages use")]
    [InlineData("healthwatch-east", "HOST.test", "this widget host's own address")]
    public async Task AnOrganisation_CannotTakeTheHostsOwnAddress_OrAnAdministrationPagesName(string slug, string hostName, string expected)
    {
        var form = FormPost.From(await _admin.GetDocumentAsync("admin/organisations/add"), pageUrl: "/admin/organisations/add")
            .Set("Form.Slug", slug).Set("Form.Name", "Healthwatch East")
            .Set("Form.SiteUrl", "https://www.healthwatch-east.example.org/").Set("Form.HostNames", hostName)
            .Set("Form.EmailFrom", "involve@healthwatch-east.example.org").Set("Form.SafeguardingEmail", "safeguarding@healthwatch-east.example.org");

        using var posted = await form.PostAsync(_admin);
        var page = await posted.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains(expected, page.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        await using var scope = _site.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<HostDbContext>().Organisations.AnyAsync());
    }

    [Theory]
    [InlineData("admin/organisations")]
    [InlineData("admin/organisations/add")]
    public async Task TheAdministrationPages_AreKeptOutOfCaches(string path)
    {
        using var response = await _admin.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task AddingAnOrganisation_WithProblems_SaysWhatToFix_AndStoresNothing()
    {
        await _site.AddOrganisationAsync("north", "north.test");
        var form = FormPost.From(await _admin.GetDocumentAsync("admin/organisations/add"), pageUrl: "/admin/organisations/add")
            .Set("Form.Slug", "North!").Set("Form.Name", "").Set("Form.SiteUrl", "javascript:alert(1)")
            .Set("Form.HostNames", "north.test").Set("Form.AllowedOrigins", "https://x.example.org/path")
            .Set("Form.EmailFrom", "not an address").Set("Form.SafeguardingEmail", "");

        using var posted = await form.PostAsync(_admin);
        var page = await posted.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        var links = page.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#Name", "#Slug", "#HostNames", "#SiteUrl", "#AllowedOrigins", "#EmailFrom", "#SafeguardingEmail"], links);
        Assert.All(links, link => Assert.NotNull(page.QuerySelector(link!)));
        await using var scope = _site.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<HostDbContext>().Organisations.CountAsync());
    }

    [Fact]
    public async Task ChangingAnOrganisationsOrigins_TakesEffectAtTheNextRequest()
    {
        await _site.AddOrganisationAsync("north", "north.test");
        _site.WriteContent("north", "surveys/having-a-say.md", await File.ReadAllTextAsync(Path.Combine(Repository.SampleContent, "surveys", "having-a-say.md")));
        using var north = _site.ClientFor("north.test");
        Assert.Null(await AllowedOriginAsync(north));

        var form = FormPost.From(await _admin.GetDocumentAsync("admin/organisations/north"), pageUrl: "/admin/organisations/north").Set("Form.AllowedOrigins", "https://partner.example.org");
        using var posted = await form.PostAsync(_admin);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("https://partner.example.org", await AllowedOriginAsync(north));
    }

    [Fact]
    public async Task OrganisationPages_AreForHostAdministratorsOnly()
    {
        var moderator = await _site.AddStaffAsync("mod@north.example.org");
        using var client = _site.ClientFor("host.test");
        client.DefaultRequestHeaders.Add(HostSite.StaffHeader, moderator);

        using var list = await client.GetAsync("admin/organisations");
        using var add = await client.GetAsync("admin/organisations/add");

        Assert.Equal("/account/denied", list.Headers.Location?.AbsolutePath);
        Assert.Equal("/account/denied", add.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task OrganisationPages_AreValidHtml_EmptyWithErrorsAndFilled()
    {
        var folder = Directory.CreateTempSubdirectory("copro-host-html-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "list-empty.html"), await _admin.GetStringAsync("admin/organisations"));
        await File.WriteAllTextAsync(Path.Combine(folder, "add.html"), await _admin.GetStringAsync("admin/organisations/add"));
        using var errors = await FormPost.From(await _admin.GetDocumentAsync("admin/organisations/add"), pageUrl: "/admin/organisations/add").PostAsync(_admin);
        await File.WriteAllTextAsync(Path.Combine(folder, "add-errors.html"), await errors.Content.ReadAsStringAsync());
        await _site.AddOrganisationAsync("north", "north.test");
        await File.WriteAllTextAsync(Path.Combine(folder, "list.html"), await _admin.GetStringAsync("admin/organisations"));
        await File.WriteAllTextAsync(Path.Combine(folder, "edit.html"), await _admin.GetStringAsync("admin/organisations/north"));

        Assert.Empty(await NuHtmlChecker.CheckAsync(folder));
    }

    private static async Task<string?> AllowedOriginAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "copro/embed/survey/having-a-say");
        request.Headers.Add("Origin", "https://partner.example.org");
        using var response = await client.SendAsync(request);
        return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
    }
}
