using System.Net;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoProWidgets.IntegrationTests.Staff;

/// <summary>The sample's staff sign-in, with the user its Development settings hold (the README gives the same).</summary>
public sealed class SampleStaffSignInTests : IDisposable
{
    private const string Email = "staff@riverside.example";
    private const string Password = "try-the-workspace-2026";
    private readonly SampleSiteFactory _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Workspace_SendsSomeoneNotSignedInToSignIn()
    {
        using var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/copro/staff", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Staff/SignIn?ReturnUrl=%2Fcopro%2Fstaff", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task SignIn_WithTheReadmeCredentials_OpensTheWorkspace_AndSignOutClosesIt()
    {
        using var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = FormPost.From(await client.GetDocumentAsync("/Staff/SignIn?ReturnUrl=%2Fcopro%2Fstaff")).Set("Email", Email).Set("Password", Password);

        using var signedIn = await form.PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/copro/staff", signedIn.Headers.Location?.OriginalString);

        var workspace = await client.GetDocumentAsync("/copro/staff");
        Assert.Equal("Staff workspace", workspace.QuerySelector("h1")?.TextContent);
        Assert.Contains("Having a say in your care", workspace.QuerySelector("tbody")?.TextContent, StringComparison.Ordinal);

        // The workspace has its own layout, without the site's header; the site's pages carry the sign-out button.
        Assert.Null(workspace.QuerySelector(".site-header"));
        using var signedOut = await FormPost.From(await client.GetDocumentAsync("/"), "form.site-staff").PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        using var after = await client.GetAsync(new Uri("/copro/staff", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task EveryStaffPage_IsInTheLibrarysOwnLayout_WithoutTheSitesHeaderOrAnyScript()
    {
        using var client = await SignedInAsync();

        foreach (var path in (string[])["/copro/staff", "/copro/staff/quotes", "/copro/staff/surveys/having-a-say", "/copro/staff/surveys/having-a-say/responses", "/copro/staff/surveys/having-a-say/enter", "/copro/staff/people", "/copro/staff/outcomes", "/copro/staff/audit", "/copro/staff/content", "/copro/staff/content/preview", "/copro/staff/surveys/nothing-here"])
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();
            var page = await response.ReadDocumentAsync();

            Assert.True(page.QuerySelector(".site-header, .site-footer, .site-nav") is null, $"{path} shows the site's layout");
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.NotNull(page.QuerySelector("nav.copro-staff-layout__nav a[href='/copro/staff']"));
            Assert.Equal("#main", page.QuerySelector("body > a")?.GetAttribute("href"));
            Assert.NotNull(page.QuerySelector("main#main"));
            Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
            Assert.StartsWith("default-src 'none';", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task StaffLayout_ChosenByTheHost_ShowsTheWorkspaceInIt_WithOnlyAFramePolicy()
    {
        _site.Settings["CoProWidgets:StaffLayout"] = "/Pages/Shared/_Layout.cshtml";
        using var client = await SignedInAsync();

        using var response = await client.GetAsync(new Uri("/copro/staff/people", UriKind.Relative));
        var page = await response.ReadDocumentAsync();

        Assert.NotNull(page.QuerySelector(".site-header"));
        Assert.Equal("People who signed up", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var signedIn = await FormPost.From(await client.GetDocumentAsync("/Staff/SignIn")).Set("Email", Email).Set("Password", Password).PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    [Theory]
    [InlineData("", "", "Enter your email address", "Enter your password")]
    [InlineData(Email, "wrong", "The email address or password is not right", null)]
    public async Task SignIn_WithProblems_ShowsThemInAnErrorSummary_AndSignsNobodyIn(string email, string password, string first, string? second)
    {
        using var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = FormPost.From(await client.GetDocumentAsync("/Staff/SignIn")).Set("Email", email).Set("Password", password);

        using var response = await form.PostAsync(client);
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        var messages = page.QuerySelectorAll(".copro-error-summary li a").Select(a => a.TextContent).ToList();
        Assert.Equal(second is null ? [first] : [first, second], messages);
        Assert.Equal("#sign-in-email", page.QuerySelector(".copro-error-summary li a")?.GetAttribute("href"));
        Assert.Null(page.QuerySelector("input[name=Password]")?.GetAttribute("value"));
        using var workspace = await client.GetAsync(new Uri("/copro/staff", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, workspace.StatusCode);
    }
}
