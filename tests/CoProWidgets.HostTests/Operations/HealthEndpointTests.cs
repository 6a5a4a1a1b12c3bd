using System.Net;
using System.Text.Json;
using CoProWidgets.Host.Organisations;
using CoProWidgets.HostTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.HostTests.Operations;

public sealed class HealthEndpointTests : IAsyncLifetime
{
    private const string Token = "0123456789abcdef0123456789abcdef-monitoring";
    private readonly string _data = OperatedHost.NewDataFolder();
    private OperatedHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = OperatedHost.InProduction(_data, ("WidgetHost:Health:OrganisationsToken", Token));
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
        await StartAsync("north");
        using var client = _host.ClientFor("https://widgets.example.org/");
        client.DefaultRequestHeaders.Authorization = new("Bearer", Token);

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

    [Theory]
    [InlineData("health/organisations", null)]
    [InlineData("health/organisations", "Bearer 0123456789abcdef0123456789abcdef-monitorinG")]
    [InlineData("Health/Organisations", "Basic MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWYtbW9uaXRvcmluZw==")]
    [InlineData("health/organisations/", null)]
    public async Task Organisations_WithoutTheToken_IsRefused_HoweverThePathIsWritten(string path, string? authorization)
    {
        await StartAsync("north");
        using var client = _host.ClientFor("https://widgets.example.org/");
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Authorization", authorization);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("north", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organisations_WithNoTokenSet_IsNotFound()
    {
        var data = OperatedHost.NewDataFolder();
        try
        {
            await using var host = OperatedHost.InProduction(data);
            using var client = host.ClientFor("https://widgets.example.org/");
            client.DefaultRequestHeaders.Authorization = new("Bearer", Token);

            using var response = await client.GetAsync("HEALTH/organisations/");

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Organisations_RunsTheChecksAtMostOnceInTenSeconds()
    {
        await StartAsync("north");
        using var client = _host.ClientFor("https://widgets.example.org/");
        client.DefaultRequestHeaders.Authorization = new("Bearer", Token);

        var first = await client.GetStringAsync("health/organisations");
        await StartAsync("south");
        var second = await client.GetStringAsync("health/organisations");

        Assert.DoesNotContain("south", first, StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    private async Task StartAsync(string slug)
    {
        var organisation = _host.Services.GetRequiredService<OrganisationDirectory>().FindBySlug(slug)!;
        await _host.Services.GetRequiredService<OrganisationShells>().GetAsync(organisation, CancellationToken.None);
    }
}
