using System.Net;
using System.Xml.Linq;
using CoProWidgets.GetInvolved;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Hosting;

/// <summary>
/// Links come from the route names, so a host that mounts the library under a path base and inside a group of its
/// own gets working links: in widgets, on library pages, in the Atom feed and in emails.
/// </summary>
public sealed class LinkTests : IAsyncLifetime
{
    private const string Site = "https://www.example.org/health/";
    private readonly string _content = Repository.CopyToTemp(Repository.SampleContent);
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Configuration["CoProWidgets:SiteUrl"] = Site;
        builder.Configuration["CoProWidgets:ContentPath"] = _content;
        builder.Configuration["CoProWidgets:Database:SqlitePath"] = Path.Combine(_content, "App_Data", "coprowidgets.db");
        builder.Configuration["CoProWidgets:Email:PickupDirectory"] = Path.Combine(_content, "App_Data", "mail");
        builder.Services.AddCoProWidgets();
        _app = builder.Build();
        _app.UsePathBase("/health");
        _app.UseRouting();
        _app.MapGroup("/site").MapCoProWidgets();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        Directory.Delete(_content, recursive: true);
    }

    [Fact]
    public async Task SurveyAndSignUpForms_PostToTheirEndpointsUnderTheHostsGroupAndPathBase()
    {
        var survey = await _client.GetDocumentAsync("/health/site/copro/surveys/having-a-say");
        var signUp = await _client.GetDocumentAsync("/health/site/copro/get-involved");

        Assert.Equal("/health/site/copro/surveys/having-a-say", survey.QuerySelector("form.copro-form")?.GetAttribute("action"));
        Assert.Equal("/health/site/copro/get-involved", signUp.QuerySelector("form.copro-form")?.GetAttribute("action"));
    }

    [Fact]
    public async Task OutcomesPage_LinksEachOutcomeAndTheFeedUnderTheHostsGroupAndPathBase()
    {
        var page = await _client.GetDocumentAsync("/health/site/copro/outcomes");
        var links = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Contains("/health/site/copro/outcomes/feed.atom", links);
        var outcome = Assert.Single(links, link => link == "/health/site/copro/outcomes/evening-gp-appointments");
        using var response = await _client.GetAsync(new Uri(outcome, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AtomFeed_LinksAreAbsoluteOnTheSiteUrlUnderTheHostsGroup()
    {
        var feed = XDocument.Parse(await _client.GetStringAsync(new Uri("/health/site/copro/outcomes/feed.atom", UriKind.Relative)));
        XNamespace atom = "http://www.w3.org/2005/Atom";

        var self = feed.Root!.Elements(atom + "link").Single(link => (string?)link.Attribute("rel") == "self");
        Assert.Equal($"{Site}site/copro/outcomes/feed.atom", (string?)self.Attribute("href"));
        Assert.All(feed.Root.Elements(atom + "entry"), entry => Assert.StartsWith($"{Site}site/copro/outcomes/", entry.Element(atom + "id")!.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void EmailLinks_AreAbsoluteOnTheSiteUrlUnderTheHostsGroup()
    {
        var signUps = _app.Services.GetRequiredService<SignUpEmailLinks>();
        var signUp = new SignUp { Id = Guid.NewGuid(), ManageNonce = new string('a', 32) };

        var manage = signUps.ManageLink(new Uri(Site), signUp);
        var unsubscribe = signUps.UnsubscribeLink(new Uri(Site), signUp);

        Assert.StartsWith($"{Site}site/copro/get-involved/preferences?token=", manage.AbsoluteUri, StringComparison.Ordinal);
        Assert.StartsWith($"{Site}site/copro/get-involved/unsubscribe?token=", unsubscribe.AbsoluteUri, StringComparison.Ordinal);
    }
}
