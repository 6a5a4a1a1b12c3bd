using System.Net;
using System.Net.Sockets;
using CoProWidgets.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoProWidgets.IntegrationTests.Hosting;

/// <summary>
/// The sample runs on whichever two addresses it is given: the site's address, the embed demo's origin and the demo
/// page's widget host all follow them, with no setting naming a port.
/// </summary>
public sealed class SampleAddressTests : IDisposable
{
    private readonly SampleSiteFactory _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Sample_OnTwoUnusualPorts_ServesTheEmbedDemoFromTheSecond_ShowingWidgetsFromTheFirst()
    {
        var (sitePort, demoPort) = (FreePort(), FreePort());
        _site.Settings["urls"] = $"http://127.0.0.1:{sitePort};http://127.0.0.1:{demoPort}";
        _site.UseKestrel();
        _site.StartServer();
        using var http = new HttpClient();

        using var demo = await http.GetAsync(new Uri($"http://127.0.0.1:{demoPort}/"));
        var html = await demo.Content.ReadAsStringAsync();
        using var frame = await http.GetAsync(new Uri($"http://127.0.0.1:{sitePort}/copro/embed/survey/having-a-say?mode=frame&origin=http%3A%2F%2F127.0.0.1%3A{demoPort}"));

        Assert.Equal(HttpStatusCode.OK, demo.StatusCode);
        Assert.Contains($"<script src=\"http://127.0.0.1:{sitePort}/_content/CoProWidgets/copro.js\" async></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("widget-host.example", html, StringComparison.Ordinal);
        Assert.Contains($"script-src http://127.0.0.1:{sitePort};", demo.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, frame.StatusCode);
        Assert.Contains($"frame-ancestors http://127.0.0.1:{demoPort}", frame.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_RunOnAnyHostAndPort_TakesItsSiteUrlAndDemoOriginFromThoseAddresses()
    {
        _site.Settings["urls"] = "http://*:6123;http://localhost:6124";

        var options = _site.Services.GetRequiredService<IOptions<CoProWidgetsOptions>>().Value;

        Assert.Equal(new Uri("http://localhost:6123/"), options.SiteUrl);
        Assert.Equal(["http://localhost:6124"], options.Embed.AllowedOrigins);
    }

    [Fact]
    public void Sample_WithItsSiteUrlSet_KeepsIt()
    {
        _site.Settings["urls"] = "http://localhost:6123";
        _site.Settings["CoProWidgets:SiteUrl"] = "https://riverside.example/";

        var options = _site.Services.GetRequiredService<IOptions<CoProWidgetsOptions>>().Value;

        Assert.Equal(new Uri("https://riverside.example/"), options.SiteUrl);
        Assert.Empty(options.Embed.AllowedOrigins);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
