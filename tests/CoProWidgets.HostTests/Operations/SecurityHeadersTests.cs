using CoProWidgets.HostTests.Support;

namespace CoProWidgets.HostTests.Operations;

public sealed class SecurityHeadersTests : IDisposable
{
    private readonly string _data = OperatedHost.NewDataFolder();

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Theory]
    [InlineData("")]
    [InlineData("error")]
    public async Task HostPages_SendAStrictPolicyWithNoScriptAndNoFraming(string path)
    {
        await using var host = OperatedHost.InProduction(_data);
        using var client = host.ClientFor("https://widgets.example.org/");

        using var response = await client.GetAsync(path);

        var policy = string.Join(';', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Production_OverHttps_SendsHsts()
    {
        await using var host = OperatedHost.InProduction(_data);
        using var client = host.ClientFor("https://widgets.example.org/");

        using var response = await client.GetAsync("");

        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_SendsNoHsts()
    {
        await using var host = new OperatedHost("Development", OperatedHost.Settings(_data));
        using var client = host.ClientFor("https://widgets.example.org/");

        using var response = await client.GetAsync("");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
