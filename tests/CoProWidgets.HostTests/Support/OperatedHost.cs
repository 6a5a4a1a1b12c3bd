using System.Net;
using CoProWidgets.Host.Organisations;
using CoProWidgets.Host.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.HostTests.Support;

/// <summary>
/// The widget host as an operator runs it: in the environment named (Production by default), with the settings
/// given and nothing else, on a data folder that outlives it when asked (to start it again on the same data). A
/// request's <see cref="RemoteHeader"/> stands for the address it came from, as a proxy's would.
/// </summary>
internal sealed class OperatedHost(string environment, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<OrganisationDirectory>
{
    public const string RemoteHeader = "X-Test-Remote-Address";

    public static string NewDataFolder() => Directory.CreateTempSubdirectory("copro-operated-").FullName;

    public static OperatedHost InProduction(string dataPath, params (string Key, string? Value)[] settings) =>
        new("Production", Settings(dataPath, settings));

    public static Dictionary<string, string?> Settings(string dataPath, params (string Key, string? Value)[] settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["WidgetHost:DataPath"] = dataPath,
            ["WidgetHost:PublicUrl"] = "https://widgets.example.org/",
            ["WidgetHost:StartOrganisationsInBackground"] = "false",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return all;
    }

    /// <summary>Services a test adds or replaces, before the host first starts.</summary>
    public Action<IServiceCollection> TestServices { get; init; } = _ => { };

    public HttpClient ClientFor(string address) =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(address), AllowAutoRedirect = false });

    public async Task AddOrganisationAsync(string slug, string hostName)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        db.Organisations.Add(new Organisation
        {
            Slug = slug,
            Name = $"Healthwatch {slug}",
            HostNames = hostName,
            SiteUrl = $"https://www.{slug}.example.org/",
            AllowedOrigins = "",
            EmailFrom = $"involve@{slug}.example.org",
            SafeguardingEmail = $"safeguarding@{slug}.example.org",
            Created = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        await Services.GetRequiredService<OrganisationDirectory>().RefreshAsync(force: true, CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        // As settings of the host itself, so they are there while its services are added, as environment variables are.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter, RemoteAddressFromHeader>();
            TestServices(services);
        });
    }

    private sealed class RemoteAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = context.Request.Headers.TryGetValue(RemoteHeader, out var address)
                    ? IPAddress.Parse(address.ToString())
                    : IPAddress.Parse("192.0.2.1");
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
