using System.Text;
using CoProWidgets.Host.Organisations;
using CoProWidgets.HostTests.Support;
using CoProWidgets.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace CoProWidgets.HostTests.Operations;

public sealed class TelemetryTests : IDisposable
{
    private const string Token = "secret-token-4711";
    private const string Email = "someone.private@example.org";

    private readonly string _data = OperatedHost.NewDataFolder();

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task WithAnOtlpEndpoint_MetricsTracesAndLogsArriveAsProtobuf_WithoutQueryStringsOrAddresses()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        var host = OperatedHost.InProduction(
            _data,
            ("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.Endpoint.ToString()),
            ("OTEL_METRIC_EXPORT_INTERVAL", "500"),
            ("OTEL_BSP_SCHEDULE_DELAY", "200"),
            ("OTEL_BLRP_SCHEDULE_DELAY", "200"));
        await using (host)
        {
            await host.AddOrganisationAsync("north", "north.test");
            using var client = host.ClientFor("https://north.test/");
            using var response = await client.GetAsync($"?token={Token}&email={Uri.EscapeDataString(Email)}");
            response.EnsureSuccessStatusCode();
            // A first metrics export may come before the request is counted: wait for the one after it.
            await Wait.UntilAsync(
                () => Task.FromResult(receiver.Received.Select(r => r.Path).Distinct().Count() == 3
                    && Encoding.UTF8.GetString([.. receiver.Received.ToArray().SelectMany(r => r.Body)]).Contains("http.server.request.duration", StringComparison.Ordinal)),
                "metrics (with the request counted), traces and logs arrive");
        }

        var received = receiver.Received.ToArray();
        Assert.Equal(["/v1/logs", "/v1/metrics", "/v1/traces"], received.Select(r => r.Path).Distinct().Order());
        Assert.All(received, r => Assert.Equal("application/x-protobuf", r.ContentType));
        var everything = Encoding.UTF8.GetString([.. received.SelectMany(r => r.Body)]);
        Assert.Contains("coprowidgets-host", everything, StringComparison.Ordinal);
        Assert.Contains("http.server.request.duration", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("someone.private", everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAnOtlpEndpoint_NothingIsSetUp()
    {
        await using var host = OperatedHost.InProduction(_data);
        await host.AddOrganisationAsync("north", "north.test");

        Assert.Null(host.Services.GetService<MeterProvider>());
        Assert.NotNull(host.Services.GetRequiredService<OrganisationDirectory>().FindBySlug("north"));
    }
}
