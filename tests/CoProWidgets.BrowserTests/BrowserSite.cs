using CoProWidgets.Accessibility;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>
/// The sample site on a real Kestrel port, and the machine's own Chromium driven by Playwright. Playwright never
/// downloads a browser here: it launches /usr/bin/chromium (or CHROMIUM_PATH), which .ci/run installs.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public SampleSiteFactory Site { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium was not found at {ChromiumPath}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH; the README's test command installs it when it can.");
        }

        // Every test in a class posts from 127.0.0.1 to one site, so the per-client form budgets would
        // refuse the later tests; the limit itself is tested in the integration tests.
        foreach (var budget in new[] { "SurveyPages", "SurveyResponses", "SignUps", "Confirmations", "Unsubscribes", "Links" })
        {
            Site.Settings[$"CoProWidgets:RateLimits:{budget}:PermitLimit"] = "10000";
        }

        BaseAddress = Start(Site);
        _playwright = await Playwright.CreateAsync();

        // The accessibility statement names the browser the tests use.
        Assert.Equal(AccessibilityTesting.Browser.Name, _playwright.Chromium.Name, ignoreCase: true);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Without the background-networking flags Chromium keeps trying to reach Google, which a closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>Starts a site on a free loopback port and returns its address.</summary>
    public static Uri Start(SampleSiteFactory site)
    {
        ArgumentNullException.ThrowIfNull(site);
        site.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        site.StartServer();
        var addresses = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First());
    }

    /// <summary>A new page that records Content-Security-Policy violations and script errors.</summary>
    /// <param name="width">The viewport's width in CSS pixels.</param>
    /// <param name="javaScript">Whether the page runs scripts; tests of the no-JavaScript path turn them off.</param>
    public async Task<(IPage Page, List<string> Problems)> NewPageAsync(int width = 1280, bool javaScript = true)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, JavaScriptEnabled = javaScript });
        if (!javaScript)
        {
            Accessibility.WithoutJavaScript(page);
        }

        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            // Chromium logs every 4xx as "Failed to load resource", including a form page answered 400 on purpose;
            // a failed stylesheet or image is caught below, with its address.
            if (message.Type is "error" or "warning" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                problems.Add($"{message.Text} (at {message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
            {
                problems.Add($"{response.Status} for {response.Request.ResourceType} {response.Url}");
            }
        };
        return (page, problems);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Site.DisposeAsync();
    }
}
