using AngleSharp.Html.Parser;
using CoProWidgets.HostTests.Support;

namespace CoProWidgets.HostTests.Operations;

public sealed class ForwardedHeadersTests : IDisposable
{
    private const string Proxy = "10.1.2.3";

    private readonly string _data = OperatedHost.NewDataFolder();

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Theory]
    [InlineData("WidgetHost:ForwardedHeaders:KnownProxies:0", Proxy)]
    [InlineData("WidgetHost:ForwardedHeaders:KnownNetworks:0", "10.1.0.0/16")]
    public async Task AKnownProxy_ChoosesTheOrganisationByTheForwardedHost_AndSaysTheVisitorCameOverHttps(string key, string value)
    {
        await using var host = OperatedHost.InProduction(_data, (key, value));
        await host.AddOrganisationAsync("north", "north.test");

        var (title, hsts) = await GetThroughProxyAsync(host, from: Proxy);

        Assert.StartsWith("Widgets - Healthwatch north", title, StringComparison.Ordinal);
        Assert.True(hsts, "A request the proxy says came over HTTPS gets HSTS.");
    }

    [Fact]
    public async Task AnUnknownSender_IsNotBelieved()
    {
        await using var host = OperatedHost.InProduction(_data, ("WidgetHost:ForwardedHeaders:KnownProxies:0", Proxy));
        await host.AddOrganisationAsync("north", "north.test");

        var (title, hsts) = await GetThroughProxyAsync(host, from: "10.9.9.9");

        Assert.StartsWith("Widget host - CoProWidgets widget host", title, StringComparison.Ordinal);
        Assert.False(hsts);
    }

    [Fact]
    public async Task WithNoProxyNamed_ForwardedHeadersAreIgnored_EvenFromLoopback()
    {
        await using var host = OperatedHost.InProduction(_data);
        await host.AddOrganisationAsync("north", "north.test");

        var (title, hsts) = await GetThroughProxyAsync(host, from: "127.0.0.1");

        Assert.StartsWith("Widget host - CoProWidgets widget host", title, StringComparison.Ordinal);
        Assert.False(hsts);
    }

    [Fact]
    public async Task OnAPlatformsFrontEnd_TheSchemeIsBelieved_ButNeverTheHostName()
    {
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED=true, as on Azure App Service.
        await using var host = OperatedHost.InProduction(_data, ("FORWARDEDHEADERS_ENABLED", "true"));
        await host.AddOrganisationAsync("north", "north.test");

        var (title, hsts) = await GetThroughProxyAsync(host, from: "10.9.9.9");

        Assert.StartsWith("Widget host - CoProWidgets widget host", title, StringComparison.Ordinal);
        Assert.True(hsts, "The front end's X-Forwarded-Proto is believed.");
    }

    private static async Task<(string Title, bool Hsts)> GetThroughProxyAsync(OperatedHost host, string from)
    {
        using var client = host.ClientFor("http://backend.internal:8080/");
        using var request = new HttpRequestMessage(HttpMethod.Get, "");
        request.Headers.Add(OperatedHost.RemoteHeader, from);
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "north.test");

        using var response = await client.SendAsync(request);

        response.EnsureSuccessStatusCode();
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return (page.Title ?? "", response.Headers.Contains("Strict-Transport-Security"));
    }
}
