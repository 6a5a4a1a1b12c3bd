using System.Net;
using CoProWidgets.Embed;
using CoProWidgets.Rendering;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Hosting;

/// <summary>
/// Outside Development the site's address comes from CoProWidgets:SiteUrl alone: the host refuses to start without
/// it, and a forged Host header never reaches an embedded form's token or frame policy.
/// </summary>
public sealed class SiteUrlTests : IDisposable
{
    private readonly SampleSiteFactory _site = new() { EnvironmentName = "Production" };

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Production_WithoutSiteUrl_RefusesToStart_NamingTheSetting()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var content = LibraryHost.EmptyContentFolder();
        var settings = new Dictionary<string, string?>(database.Settings) { ["CoProWidgets:ContentPath"] = content, ["CoProWidgets:SiteUrl"] = null };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => LibraryHost.StartAsync(settings));

        Assert.StartsWith("CoProWidgets:SiteUrl is not set.", error.Message, StringComparison.Ordinal);
        Assert.Contains("never from a request's Host header", error.Message, StringComparison.Ordinal);
        await using var development = await LibraryHost.StartAsync(settings, environment: "Development");
        Directory.Delete(content, recursive: true);
    }

    [Fact]
    public async Task EmbedRequest_WithAForgedHost_GetsATokenAndFramePolicyForTheRealSiteOnly()
    {
        _site.Settings["CoProWidgets:SiteUrl"] = "https://www.healthwatch.example/";
        using var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var tokens = _site.Services.GetRequiredService<EmbedFormTokens>();
        var widget = _site.Services.GetServices<IWidget>().Single(widget => widget.Kind == "survey").Call("having-a-say", null)!;

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/copro/embed/survey/having-a-say", UriKind.Relative));
        request.Headers.Host = "evil.example";
        using var response = await client.SendAsync(request);
        var token = FormPost.From(await response.ReadDocumentAsync(), "form")[EmbedFormTokens.FieldName];

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(tokens.IsValid(token, new EmbedContext(EmbedMode.Script, "https://www.healthwatch.example", widget, "/")));
        Assert.False(tokens.IsValid(token, new EmbedContext(EmbedMode.Script, "http://evil.example", widget, "/")));

        using var frameRequest = new HttpRequestMessage(HttpMethod.Get, new Uri("/copro/embed/survey/having-a-say?mode=frame", UriKind.Relative));
        frameRequest.Headers.Host = "evil.example";
        using var frame = await client.SendAsync(frameRequest);
        Assert.EndsWith("frame-ancestors 'self'", frame.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/copro/embed/survey/having-a-say", UriKind.Relative)) { Content = new FormUrlEncodedContent([new(EmbedFormTokens.FieldName, token!)]) };
        post.Headers.Host = "evil.example";
        post.Headers.Add("Origin", "http://evil.example");
        using var forged = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    }
}
