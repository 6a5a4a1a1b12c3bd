using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoProWidgets.Testing;

/// <summary>
/// The library in a minimal host of its own (not the sample), with a private content folder, database and mail
/// folder, for tests that start, stop and restart hosts.
/// </summary>
public static class LibraryHost
{
    public static async Task<WebApplication> StartAsync(
        IEnumerable<KeyValuePair<string, string?>> settings,
        Action<IServiceCollection>? services = null,
        RecordingLoggerProvider? logs = null,
        string environment = "Production")
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();

        // Production needs the site's address; a test that is about SiteUrl gives its own (or null).
        var all = new Dictionary<string, string?> { ["CoProWidgets:SiteUrl"] = "http://localhost/" };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(all);
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.Services.AddCoProWidgets();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapCoProWidgets();
        await app.StartAsync();
        return app;
    }

    /// <summary>An empty content folder, as a new site has before its editors write anything.</summary>
    public static string EmptyContentFolder() => Directory.CreateTempSubdirectory("copro-content-").FullName;
}
