using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.Testing;

/// <summary>
/// A library host over a fresh content folder and a fresh database, optionally on a fixed clock, removed with all it
/// made when the test ends: what most integration tests of one feature start from.
/// </summary>
public sealed class LibrarySite(FixedTime? time = null) : IAsyncDisposable
{
    private WebApplication? _app;

    public string ContentPath { get; } = LibraryHost.EmptyContentFolder();

    public TestDatabase? Database { get; private set; }

    public FixedTime? Time { get; } = time;

    public WebApplication App => _app ?? throw new InvalidOperationException("Call StartAsync first.");

    public IServiceProvider Services => App.Services;

    /// <summary>Writes a content file, relative to the content folder, making its folder.</summary>
    public void WriteContent(string path, string text)
    {
        var full = Path.Combine(ContentPath, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public async Task StartAsync(string provider = TestDatabase.Sqlite, IEnumerable<KeyValuePair<string, string?>>? settings = null, Action<IServiceCollection>? services = null)
    {
        Database = await TestDatabase.CreateAsync(provider);
        var all = new Dictionary<string, string?>(Database.Settings) { ["CoProWidgets:ContentPath"] = ContentPath };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        _app = await LibraryHost.StartAsync(all, collection =>
        {
            if (Time is not null)
            {
                collection.AddSingleton<TimeProvider>(Time);
            }

            services?.Invoke(collection);
        });
    }

    /// <summary>
    /// A client signed in as <paramref name="user"/> through <see cref="HeaderAuthentication"/> (none when null) that
    /// keeps cookies, as a browser does, so forms carry their antiforgery cookie; it does not follow redirects.
    /// </summary>
    public HttpClient Client(string? user)
    {
        var client = new HttpClient(new CookieContainerHandler { InnerHandler = App.GetTestServer().CreateHandler() }) { BaseAddress = new Uri("http://localhost") };
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add(HeaderAuthentication.Header, user);
        }

        return client;
    }

    /// <summary>Drops the database while the site runs, as when the server is lost.</summary>
    public async Task DropDatabaseAsync()
    {
        if (Database is not null)
        {
            await Database.DisposeAsync();
            Database = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await DropDatabaseAsync();
        Directory.Delete(ContentPath, recursive: true);
    }
}
