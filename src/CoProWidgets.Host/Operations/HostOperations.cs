using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Host.Operations;

/// <summary>
/// What running the host for real needs, each part by setting: checked settings, forwarded headers from known proxies,
/// HSTS and an error page outside Development, security headers on the host's pages, health endpoints, a shutdown
/// timeout, and OpenTelemetry export.
/// </summary>
internal static class HostOperations
{
    public static IServiceCollection AddHostOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IValidateOptions<WidgetHostOptions>, WidgetHostOptionsValidation>();
        services.AddOptions<HostOptions>().Configure<IOptions<WidgetHostOptions>>((host, widgetHost) => host.ShutdownTimeout = widgetHost.Value.ShutdownTimeout);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<WidgetHostOptions>>((forwarded, widgetHost) => ConfigureProxies(forwarded, widgetHost.Value.ForwardedHeaders));
        services.Configure<RazorPagesOptions>(pages => pages.Conventions.ConfigureFilter(new HostPageHeaders("/Account", "/Admin", "/OrganisationStaff")));
        HostHealth.Add(services);
        HostTelemetry.Add(services, configuration);
        return services;
    }

    /// <summary>The first middleware: before an organisation is chosen by host name, the host name must be the real one.</summary>
    public static WebApplication UseHostOperations(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<WidgetHostOptions>>().Value.ForwardedHeaders.AnyProxy)
        {
            app.UseForwardedHeaders();
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        HostHealth.Use(app);
        return app;
    }

    private static void ConfigureProxies(ForwardedHeadersOptions forwarded, ForwardedHeadersSettings settings)
    {
        // With no proxy named, ASP.NET Core's own ASPNETCORE_FORWARDEDHEADERS_ENABLED keeps its meaning (scheme and
        // client address from a platform's front end, never the host name).
        if (!settings.AnyProxy)
        {
            return;
        }

        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        // Only the proxies named: ASP.NET Core's default of trusting loopback would be a guess about this machine.
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var proxy in settings.KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in settings.KnownNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
