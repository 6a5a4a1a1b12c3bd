using System.Net;
using System.Text.Json;
using CoProWidgets.Host.Organisations;
using CoProWidgets.HostTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.HostTests.Operations;

public sealed class HealthEndpointTests : IAsyncLifetime
{
    private readonly string _data = OperatedHost.NewDataFolder();
    private OperatedHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = OperatedHost.InProduction(_data);
        await _host.AddOrganisationAsync("north", "north.test");
        await _host.AddOrganisationAsync("south", "south.test");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Theory]
    [InlineData("https://widgets.example.org/", "health/live")]
    [InlineData("https://north.test/", "health/live")]
    [InlineData("https://widgets.example.org/", "health/ready")]
    [InlineData("https://north.test/", "health/ready")]
    public async Task LiveAndReady_AnswerHealthy_OnAnyHostName_NeverCached(string address, string path)
    {
        using var client = _host.ClientFor(address);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoStore, "Health answers are never cached.");
    }

    [Fact]
    public async Task Organisations_ReportsEachRunningOrganisationBySlug_AndNothingElse()
    {
        var north = _host.Services.GetRequiredService<OrganisationDirectory>().FindBySlug("north")!;
        await _host.Services.GetRequiredService<OrganisationShells>().GetAsync(north, CancellationToken.None);
        using var client = _host.ClientFor("https://widgets.example.org/");

        using var response = await client.GetAsync("health/organisations");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        var organisations = json.RootElement.GetProperty("organisations");
        Assert.Equal(["north"], organisations.EnumerateObject().Select(p => p.Name));
        Assert.Contains(organisations.GetProperty("north").GetString(), new[] { "Healthy", "Degraded" });
        Assert.DoesNotContain("@", body, StringComparison.Ordinal);
        Assert.DoesNotContain("south", body, StringComparison.Ordinal);
    }
}
