using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoProWidgets.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests.WordPress;

/// <summary>
/// A real, throwaway WordPress (Debian's package, its default theme Twenty Twenty-Three) with the CoProWidgets plugin
/// from this repository, served by <c>php -S</c> on a loopback port from a copy of the package's files, with its own
/// database on the MariaDB server the README's test command starts (<c>COPRO_TEST_MARIADB_SOCKET</c>); and the sample
/// site as the widget host, listing WordPress's origin. It has an Administrator, an Editor and an Author, who post
/// through the REST API as the block editor does, so WordPress filters an Author's post as it would in the editor.
/// </summary>
public class WordPressSite : IAsyncLifetime
{
    public const string WordPressFiles = "/usr/share/wordpress";
    private const string DatabaseUser = "copro";
    private const string DatabasePassword = "copro-tests";
    private readonly string _database = $"copro_wp_{Guid.NewGuid():N}"[..24];
    private string _folder = string.Empty;
    private Process? _server;
    private JsonElement _people;

    /// <summary>The widget host: the sample site on a real port, and Chromium.</summary>
    public BrowserSite Widgets { get; } = new();

    /// <summary>WordPress's origin, such as <c>http://127.0.0.1:41234</c>.</summary>
    public string Origin { get; private set; } = string.Empty;

    /// <summary>The WordPress files the server runs, with the plugin under <c>wp-content/plugins/coprowidgets</c>.</summary>
    public string Root => Path.Combine(_folder, "wordpress");

    /// <summary>WordPress's version, as it reports it.</summary>
    public string Version { get; private set; } = string.Empty;

    /// <summary>The plugin's folder in the repository.</summary>
    public static string Plugin => Path.Combine(Repository.Root, "integrations", "wordpress", "coprowidgets");

    public static string Php => Environment.GetEnvironmentVariable("COPRO_TEST_PHP") is { Length: > 0 } php ? php : "/usr/bin/php";

    public string WidgetOrigin => Widgets.BaseAddress.GetLeftPart(UriPartial.Authority);

    /// <summary>The site's language (WordPress's WPLANG option, such as <c>cy</c>), or empty for WordPress's own en_US.</summary>
    protected virtual string SiteLanguage => string.Empty;

    public async Task InitializeAsync()
    {
        var socket = Environment.GetEnvironmentVariable("COPRO_TEST_MARIADB_SOCKET");
        if (string.IsNullOrEmpty(socket) || !File.Exists(Php) || !File.Exists(Path.Combine(WordPressFiles, "wp-load.php")))
        {
            throw new InvalidOperationException(
                "The WordPress tests need Debian's wordpress, wordpress-theme-twentytwentythree, php-cli, php-mysql and mariadb-server packages and a MariaDB " +
                "server whose socket is in COPRO_TEST_MARIADB_SOCKET, with a user 'copro' (password 'copro-tests') that may create databases. The README's test command (./test.sh) installs and starts all of it.");
        }

        var port = FreePort();
        Origin = $"http://127.0.0.1:{port}";
        Widgets.Site.Settings["CoProWidgets:Embed:AllowedOrigins:0"] = Origin;
        await Widgets.InitializeAsync();

        _folder = Directory.CreateTempSubdirectory("copro-wp-").FullName;
        await RunAsync("cp", ["-a", WordPressFiles, Root]);
        File.Delete(Path.Combine(Root, "wp-config.php"));
        await RunAsync("cp", ["-a", Plugin, Path.Combine(Root, "wp-content", "plugins", "coprowidgets")]);
        await RunAsync("mariadb", ["--no-defaults", "-S", socket, "-u", DatabaseUser, $"-p{DatabasePassword}", "-e", $"CREATE DATABASE {_database} CHARACTER SET utf8mb4"]);
        File.WriteAllText(Path.Combine(Root, "wp-config.php"), Config(socket));

        using var setup = JsonDocument.Parse(await RunAsync(Php, [Path.Combine(Repository.Root, "tests", "CoProWidgets.BrowserTests", "WordPress", "setup-wordpress.php"), Root, WidgetOrigin, SiteLanguage], Root));
        Version = setup.RootElement.GetProperty("version").GetString()!;
        _people = setup.RootElement.GetProperty("people").Clone();

        var start = new ProcessStartInfo(Php, ["-S", $"127.0.0.1:{port}", "-t", Root])
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Several requests at once: a page, its stylesheets and the REST API.
        start.Environment["PHP_CLI_SERVER_WORKERS"] = "4";
        _server = Process.Start(start)!;
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        using var client = new HttpClient();
        await Wait.UntilAsync(async () =>
        {
            try
            {
                return (await client.GetAsync(new Uri($"{Origin}/"))).StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, "WordPress answers");
    }

    /// <summary>A client for WordPress's REST API signed in as <paramref name="login"/> (admin, editor or author) with an application password.</summary>
    public HttpClient Client(string login)
    {
        var person = _people.GetProperty(login);
        var client = new HttpClient { BaseAddress = new Uri(Origin + "/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{login}:{person.GetProperty("application_password").GetString()}")));
        return client;
    }

    /// <summary>The password <paramref name="login"/> signs in with at wp-login.php.</summary>
    /// <summary>Signs <paramref name="login"/> in to WordPress in <paramref name="page"/>.</summary>
    public async Task SignInAsync(IPage page, string login)
    {
        await page.GotoAsync($"{Origin}/wp-login.php");
        await page.GetByLabel("Username or Email Address").FillAsync(login);
        await page.Locator("#user_pass").FillAsync(Password(login));
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("wp-admin"));
    }

    public string Password(string login) => _people.GetProperty(login).GetProperty("password").GetString()!;

    /// <summary>Publishes a post as <paramref name="login"/> through the REST API, as the block editor saves one, and returns its address and the content WordPress kept.</summary>
    public async Task<(string Link, string Content)> PublishAsync(string login, string title, string content)
    {
        using var client = Client(login);
        using var response = await client.PostAsJsonAsync("?rest_route=/wp/v2/posts", new { title, content, status = "publish" });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"WordPress answered {(int)response.StatusCode}: {body}");
        using var post = JsonDocument.Parse(body);
        using var raw = await client.GetAsync(new Uri($"?rest_route=/wp/v2/posts/{post.RootElement.GetProperty("id").GetInt32()}&context=edit", UriKind.Relative));
        using var stored = JsonDocument.Parse(await raw.Content.ReadAsStringAsync());
        return (post.RootElement.GetProperty("link").GetString()!, stored.RootElement.GetProperty("content").GetProperty("raw").GetString()!);
    }

    /// <summary>Runs PHP code inside this WordPress (after <c>wp-load.php</c>, with <paramref name="before"/> first) and returns what it printed.</summary>
    public Task<string> PhpAsync(string code, string before = "")
    {
        var script = Path.Combine(_folder, $"run-{Guid.NewGuid():N}.php");
        File.WriteAllText(script, $"<?php\n$_SERVER['HTTP_HOST'] = 'localhost';\n{before}\nrequire '{Root}/wp-load.php';\n{code}\n");
        return RunAsync(Php, [script], Root);
    }

    /// <summary>What PHP logged (WP_DEBUG_LOG) about the plugin: notices, warnings and errors from its files.</summary>
    public IReadOnlyList<string> PluginLogEntries()
    {
        var log = Path.Combine(Root, "wp-content", "debug.log");
        return File.Exists(log)
            ? File.ReadAllLines(log).Where(line => line.Contains("plugins/coprowidgets", StringComparison.Ordinal) || line.Contains("coprowidgets_", StringComparison.Ordinal)).ToList()
            : [];
    }

    public static async Task<string> RunAsync(string program, IEnumerable<string> arguments, string? directory = null)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = directory ?? Environment.CurrentDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}: {await error}{await output}");
        }

        return await output;
    }

    public async Task DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
        if (Environment.GetEnvironmentVariable("COPRO_TEST_MARIADB_SOCKET") is { Length: > 0 } socket && !string.IsNullOrEmpty(_folder))
        {
            await RunAsync("mariadb", ["--no-defaults", "-S", socket, "-u", DatabaseUser, $"-p{DatabasePassword}", "-e", $"DROP DATABASE IF EXISTS {_database}"]);
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        await Widgets.DisposeAsync();
    }

    private string Config(string socket) => $$"""
        <?php
        // A throwaway site for the CoProWidgets tests.
        define( 'DB_NAME', '{{_database}}' );
        define( 'DB_USER', '{{DatabaseUser}}' );
        define( 'DB_PASSWORD', '{{DatabasePassword}}' );
        define( 'DB_HOST', 'localhost:{{socket}}' );
        define( 'DB_CHARSET', 'utf8mb4' );
        define( 'DB_COLLATE', '' );
        $table_prefix = 'wp_';
        define( 'AUTH_KEY', '{{Guid.NewGuid():N}}' );
        define( 'SECURE_AUTH_KEY', '{{Guid.NewGuid():N}}' );
        define( 'LOGGED_IN_KEY', '{{Guid.NewGuid():N}}' );
        define( 'NONCE_KEY', '{{Guid.NewGuid():N}}' );
        define( 'AUTH_SALT', '{{Guid.NewGuid():N}}' );
        define( 'SECURE_AUTH_SALT', '{{Guid.NewGuid():N}}' );
        define( 'LOGGED_IN_SALT', '{{Guid.NewGuid():N}}' );
        define( 'NONCE_SALT', '{{Guid.NewGuid():N}}' );
        define( 'WP_HOME', '{{Origin}}' );
        define( 'WP_SITEURL', '{{Origin}}' );
        define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
        define( 'DISABLE_WP_CRON', true );
        define( 'AUTOMATIC_UPDATER_DISABLED', true );
        // Application passwords over plain http, for the REST API on loopback.
        define( 'WP_ENVIRONMENT_TYPE', 'local' );
        define( 'WP_DEBUG', true );
        define( 'WP_DEBUG_LOG', true );
        define( 'WP_DEBUG_DISPLAY', false );
        if ( ! defined( 'ABSPATH' ) ) {
            define( 'ABSPATH', __DIR__ . '/' );
        }
        require_once ABSPATH . 'wp-settings.php';
        """;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
