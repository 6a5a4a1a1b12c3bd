using System.Net;
using CoProWidgets.BrowserTests;
using CoProWidgets.HostTests.Support;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoProWidgets.HostTests.Browser;

/// <summary>
/// Two organisations on one widget host, each with a plain HTML page of its own origin that embeds its survey with the
/// snippet: one reaches the host by its own host name, the other by its path. Each survey is answered in Chromium, and
/// each answer lands in its own organisation's database only.
/// </summary>
public sealed class OrganisationSitesBrowserTests : IAsyncLifetime
{
    private readonly HostSite _host = HostSite.OnSqlite(
        new("CoProWidgets:RateLimits:SurveyPages:PermitLimit", "1000"),
        new("CoProWidgets:RateLimits:SurveyResponses:PermitLimit", "1000"));

    private readonly List<WebApplication> _sites = [];
    private IPlaywright? _playwright;
    private IBrowser _browser = null!;
    private int _hostPort;
    private string _northOrigin = "";
    private string _southOrigin = "";

    public async Task InitializeAsync()
    {
        _host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _host.StartServer();
        _hostPort = new Uri(_host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        _northOrigin = await StartSiteAsync(NorthPage);
        _southOrigin = await StartSiteAsync(SouthPage);
        await _host.AddOrganisationAsync("north", "north.test", _northOrigin);
        await _host.AddOrganisationAsync("south", null, _southOrigin);
        var survey = string.Join('\n', (await File.ReadAllTextAsync(Path.Combine(Repository.SampleContent, "surveys", "having-a-say.md")))
            .Split('\n').Where(line => !line.StartsWith("opens:", StringComparison.Ordinal) && !line.StartsWith("closes:", StringComparison.Ordinal)));
        _host.WriteContent("north", "surveys/having-a-say.md", survey);
        _host.WriteContent("south", "surveys/having-a-say.md", survey);

        _playwright = await Playwright.CreateAsync();
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = File.Exists(chromium) ? chromium : throw new InvalidOperationException($"Chromium was not found at {chromium}; ./test.sh installs it."),
            Headless = true,
            // north.test is the organisation's own host name, pointed at the loopback server as DNS would point it.
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage", "--host-resolver-rules=MAP north.test 127.0.0.1"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright?.Dispose();
        foreach (var site in _sites)
        {
            await site.DisposeAsync();
        }

        await _host.DisposeAsync();
    }

    [Theory]
    [InlineData("north")]
    [InlineData("south")]
    public async Task EachOrganisationsSurvey_IsAnsweredFromItsOwnSite_AndStoredOnlyThere(string slug)
    {
        var page = await _browser.NewPageAsync();
        var problems = new List<string>();
        // A 404 for the other site's favicon is logged as "Failed to load resource"; anything else is a problem.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource: the server responded with a status of 404", StringComparison.Ordinal))
            {
                problems.Add(message.Text);
            }
        };

        await page.GotoAsync($"{(slug == "north" ? _northOrigin : _southOrigin)}/survey.html");
        var widget = page.Locator("[data-copro-widget=survey]");
        await widget.GetByRole(AriaRole.Group, new() { Name = "I feel I have a say in how my care or support is planned" }).GetByLabel("Agree", new() { Exact = true }).CheckAsync();
        await widget.GetByRole(AriaRole.Group, new() { Name = "People who use services should share decisions equally with staff" }).GetByLabel("Strongly agree").CheckAsync();
        await widget.GetByLabel("I care for someone who uses services").CheckAsync();
        await widget.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await widget.GetByRole(AriaRole.Group, new() { Name = "Have you taken part in co-production before?" }).GetByLabel("No").CheckAsync();
        await widget.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await widget.GetByText("Page 3 of 3").WaitForAsync();
        await widget.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await widget.GetByText("Check your answers").WaitForAsync();
        await BrowserTests.Accessibility.AssertNoViolationsAsync(widget);
        await widget.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();
        await widget.GetByText("Your answers have been sent").WaitForAsync();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(1, await CountResponsesAsync(slug));
        Assert.Equal(0, await CountResponsesAsync(slug == "north" ? "south" : "north"));
    }

    [Fact]
    public async Task OneOrganisationsSite_CannotShowAnothersSurvey()
    {
        var page = await _browser.NewPageAsync();

        await page.GotoAsync($"{_northOrigin}/elsewhere.html");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // South does not list north's origin: the stand-in link stays, and no survey is placed.
        Assert.Equal(0, await page.Locator("[data-copro-widget=survey] .copro-survey").CountAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "Answer the survey" }).CountAsync());
    }

    private string NorthPage(string page) => page switch
    {
        // North's snippet, as its staff page gives it: the script from north's own host name.
        "survey.html" => Html($"http://north.test:{_hostPort}/_content/CoProWidgets/copro.js", "/copro"),
        // South's snippet pasted into north's site.
        "elsewhere.html" => Html($"http://127.0.0.1:{_hostPort}/o/south/_content/CoProWidgets/copro.js", "/copro"),
        _ => "",
    };

    private string SouthPage(string page) =>
        page == "survey.html" ? Html($"http://127.0.0.1:{_hostPort}/o/south/_content/CoProWidgets/copro.js", "/copro") : "";

    private static string Html(string script, string prefix) => $"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head><meta charset="utf-8"><title>A local Healthwatch</title>
        <script src="{script}" data-copro-prefix="{prefix}" async></script></head>
        <body><main><h1>Have your say</h1>
        <div data-copro-widget="survey" data-copro-name="having-a-say"><a href="https://example.org/survey">Answer the survey</a></div>
        </main></body>
        </html>
        """;

    private async Task<string> StartSiteAsync(Func<string, string> pages)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var site = builder.Build();
        site.MapGet("/{page}", (string page) => pages(page) is { Length: > 0 } html ? Results.Content(html, "text/html; charset=utf-8") : Results.NotFound());
        await site.StartAsync();
        _sites.Add(site);
        return new Uri(site.Urls.First()).GetLeftPart(UriPartial.Authority);
    }

    private async Task<int> CountResponsesAsync(string slug)
    {
        var file = Path.Combine(_host.DataPath, "organisations", slug, "coprowidgets.db");
        if (!File.Exists(file))
        {
            // Its shell has not started here yet: no database, so certainly no response.
            return 0;
        }

        await using var db = new SqliteCoProDbContext(new DbContextOptionsBuilder<SqliteCoProDbContext>().UseSqlite($"Data Source={file}").Options);
        return await db.SurveyResponses.CountAsync();
    }
}
