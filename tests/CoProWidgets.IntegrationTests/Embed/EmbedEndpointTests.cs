using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CoProWidgets.GetInvolved;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Embed;

/// <summary>
/// The embed endpoints as another site's page reaches them: the same widget HTML as the tag helpers, only for listed
/// origins, forms that work with a signed token and no cookie, and an Origin check on every post.
/// </summary>
public sealed partial class EmbedEndpointTests : IDisposable
{
    private const string Partner = "https://partner.example";
    private const string OtherPartner = "https://other-partner.example:8443";
    private readonly SampleSiteFactory _site = new();
    private readonly FixedTime _clock = FixedTime.At("2026-12-01T12:00:00Z");
    private readonly HttpClient _client;

    public EmbedEndpointTests()
    {
        _site.Settings["CoProWidgets:Embed:AllowedOrigins:0"] = Partner;
        _site.Settings["CoProWidgets:Embed:AllowedOrigins:1"] = OtherPartner + "/";
        _site.ConfigureServices = services => services.AddSingleton<TimeProvider>(_clock);
        _client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task Fragment_IsTheHtmlTheTagHelperRenders_WithoutTheStylesheetLink()
    {
        using var embedded = await SendAsync(HttpMethod.Get, "/copro/embed/principles/our-principles?headingLevel=3", Partner);
        using var tagHelper = await SendAsync(HttpMethod.Get, "/copro/principles/our-principles?headingLevel=3", origin: null);

        var parser = new HtmlParser();
        var expected = parser.ParseFragment(await tagHelper.Content.ReadAsStringAsync(), parser.ParseDocument(string.Empty).Body!);
        var actual = parser.ParseFragment(await embedded.Content.ReadAsStringAsync(), parser.ParseDocument(string.Empty).Body!);
        Assert.Equal("link", expected.OfType<IElement>().First().LocalName);

        // But for the language switcher, whose links on another site lead to the embed address (the host page's query otherwise).
        Assert.All(Switched(actual), link => Assert.StartsWith("/copro/embed/principles/our-principles?headingLevel=3&lang=", link, StringComparison.Ordinal));
        Assert.All(Switched(expected), link => Assert.StartsWith("?lang=", link, StringComparison.Ordinal));

        // And for the embed script's one message, which only an embedded widget's root carries.
        var root = actual.OfType<IElement>().First();
        Assert.Equal("Sorry, that did not work. Check your connection and try again.", root.GetAttribute("data-copro-retry"));
        root.RemoveAttribute("data-copro-retry");
        Assert.Equal(
            string.Concat(expected.OfType<IElement>().Skip(1).Select(element => element.OuterHtml)),
            string.Concat(actual.OfType<IElement>().Select(element => element.OuterHtml)));
    }

    // The switcher's links, taken out of the fragment.
    private static List<string> Switched(AngleSharp.Dom.INodeList fragment)
    {
        var switchers = fragment.OfType<IElement>().SelectMany(element => element.QuerySelectorAll("nav.copro-language-switcher")).ToList();
        Assert.NotEmpty(switchers);
        var links = switchers.SelectMany(nav => nav.QuerySelectorAll("a")).Select(link => link.GetAttribute("href")!).ToList();
        switchers.ForEach(nav => nav.Remove());
        return links;
    }

    [Theory]
    [InlineData("principles/our-principles")]
    [InlineData("get-involved")]
    [InlineData("survey/having-a-say")]
    [InlineData("results/having-a-say")]
    [InlineData("outcomes")]
    [InlineData("outcomes/evening-gp-appointments")]
    public async Task EveryWidget_ForAListedOrigin_ComesWithCorsForThatOriginAlone_AndSetsNoCookie(string widget)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/copro/embed/{widget}", OtherPartner);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OtherPartner, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("Origin", response.Headers.Vary);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.True(response.Headers.CacheControl?.NoStore);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("^<(section|article) class=\"copro ", html.TrimStart());
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("null")]
    [InlineData("http://partner.example")]
    [InlineData("https://partner.example:444")]
    [InlineData("https://partner.example.evil.example")]
    [InlineData("https://sub.partner.example")]
    public async Task AnOriginNotListed_IsRefused_WithNoCorsHeader(string origin)
    {
        using var response = await SendAsync(HttpMethod.Get, "/copro/embed/principles/our-principles", origin);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.DoesNotContain("copro", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSitesOwnPages_GetTheFragment_WithoutACorsHeader()
    {
        using var response = await SendAsync(HttpMethod.Get, "/copro/embed/principles/our-principles", origin: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("GET", "/copro/embed/petition/x", HttpStatusCode.NotFound)]
    [InlineData("GET", "/copro/embed/survey", HttpStatusCode.NotFound)]
    [InlineData("GET", "/copro/embed/get-involved/extra", HttpStatusCode.NotFound)]
    [InlineData("GET", "/copro/embed/principles/..%2Fsecrets", HttpStatusCode.NotFound)]
    [InlineData("GET", "/copro/embed/principles/no-such-panel", HttpStatusCode.NotFound)]
    [InlineData("POST", "/copro/embed/principles/our-principles", HttpStatusCode.MethodNotAllowed)]
    [InlineData("POST", "/copro/embed/results/having-a-say", HttpStatusCode.MethodNotAllowed)]
    public async Task UnknownWidgets_AndPostsToWidgetsWithoutForms_AreRefused(string method, string path, HttpStatusCode expected)
    {
        using var response = await SendAsync(new HttpMethod(method), path, Partner, method == "POST" ? new FormUrlEncodedContent([]) : null);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task PrinciplesPage_IsWhereTheSnippetsLinkLeads()
    {
        var page = await _client.GetDocumentAsync("/copro/principles/our-principles/page");
        Assert.Equal("Our co-production principles", page.QuerySelector("main h1")?.TextContent);

        using var missing = await SendAsync(HttpMethod.Get, "/copro/principles/no-such-panel/page", origin: null);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static FormPost Fill(FormPost form, string email) =>
        form.Set("email", email).Check("areas", "gp-access").Set("consent", "yes");

    private async Task<FormPost> EmbeddedFormAsync(string path, string origin)
    {
        using var response = await SendAsync(HttpMethod.Get, path, origin);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return FormPost.From(await response.ReadDocumentAsync());
    }

    private async Task<HttpResponseMessage> PostAsync(FormPost form, string? origin)
    {
        using var content = new FormUrlEncodedContent(form.Values);
        return await SendAsync(HttpMethod.Post, form.Action, origin, content);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? origin, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await _client.SendAsync(request);
    }

    private async Task<int> CountSignUpsAsync()
    {
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        return await db.SignUps.CountAsync();
    }

    private async Task<SignUp?> FindAsync(string email)
    {
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        return await db.SignUps.AsNoTracking().SingleOrDefaultAsync(signUp => signUp.EmailKey == email);
    }
}
