using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CoProWidgets.Host.Operations;

/// <summary>
/// OpenTelemetry export over OTLP, on only when the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (with
/// <c>OTEL_EXPORTER_OTLP_HEADERS</c>, <c>OTEL_SERVICE_NAME</c> and the other standard variables read as usual): the library's meter and ASP.NET Core's, HttpClient's and the runtime's metrics; traces of requests and
/// outgoing HTTP; and logs. Nothing a person typed goes out: query strings (where sign-in and email links carry
/// tokens) are dropped from traces, the health endpoints are not traced, and the framework's request logs, which
/// print whole addresses, are not exported.
/// </summary>
internal static class HostTelemetry
{
    public const string EndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The library's meter (CoProWidgetsMetrics.MeterName, internal to the library).</summary>
    private const string LibraryMeter = "CoProWidgets";

    public static bool IsEnabled(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[EndpointSetting]);

    /// <summary>
    /// OTLP over HTTP with protobuf (port 4318) unless <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> is <c>grpc</c> (port 4317):
    /// the protocol the specification makes the default, and the one hosted collectors take most widely.
    /// </summary>
    public static OtlpExportProtocol ProtocolOf(IConfiguration configuration) =>
        string.Equals(configuration["OTEL_EXPORTER_OTLP_PROTOCOL"], "grpc", StringComparison.OrdinalIgnoreCase) ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        if (!IsEnabled(configuration))
        {
            return;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : "coprowidgets-host"))
            .WithMetrics(metrics => metrics
                .AddMeter(LibraryMeter)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation())
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options =>
                {
                    options.Filter = context => !context.Request.Path.StartsWithSegments("/health");
                    options.EnrichWithHttpRequest = (activity, _) => activity.SetTag("url.query", null);
                })
                .AddHttpClientInstrumentation(options =>
                    options.EnrichWithHttpRequestMessage = (activity, request) =>
                    {
                        if (request.RequestUri is { IsAbsoluteUri: true } uri)
                        {
                            activity.SetTag("url.full", uri.GetLeftPart(UriPartial.Path));
                        }
                    }))
            .WithLogging(logging => { }, options => options.IncludeScopes = false)
            .UseOtlpExporter(ProtocolOf(configuration), new Uri(configuration[EndpointSetting]!));

        services.AddLogging(logging =>
        {
            logging.AddFilter<OpenTelemetryLoggerProvider>("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
            logging.AddFilter<OpenTelemetryLoggerProvider>("Microsoft.AspNetCore.HttpLogging", LogLevel.None);
        });
    }
}
