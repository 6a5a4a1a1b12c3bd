using System.Security.Claims;
using System.Text.Encodings.Web;
using CoProWidgets.Host.Accounts;
using CoProWidgets.Host.Organisations;
using CoProWidgets.Host.Storage;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoProWidgets.HostTests.Support;

/// <summary>
/// The widget host in a test server, on a data folder of its own (and a PostgreSQL database of its own when asked),
/// with helpers to add organisations, content and staff. Requests with the header <see cref="StaffHeader"/> are
/// signed in as the staff account it names; every other request goes through the host's real sign-in cookie.
/// </summary>
internal sealed class HostSite : WebApplicationFactory<OrganisationDirectory>
{
    public const string StaffHeader = "X-Test-Staff-Id";

    private readonly Dictionary<string, string?> _settings;

    private readonly bool _ownsData;

    private HostSite(TestDatabase? database, IEnumerable<KeyValuePair<string, string?>> settings, string? dataPath = null)
    {
        Database = database;
        // A second server of the same host shares the first's database and folder, which the first cleans up.
        _ownsData = dataPath is null;
        DataPath = dataPath ?? Directory.CreateTempSubdirectory("copro-host-").FullName;
        _settings = new Dictionary<string, string?>(settings)
        {
            ["WidgetHost:DataPath"] = DataPath,
            ["WidgetHost:PublicUrl"] = "http://host.test/",
        };
        if (database is { Provider: TestDatabase.PostgreSql })
        {
            _settings["CoProWidgets:Database:Provider"] = TestDatabase.PostgreSql;
            _settings["ConnectionStrings:CoProWidgets"] = database.ConnectionString;
        }
    }

    public TestDatabase? Database { get; }

    /// <summary>What the host logged, for a test's failure message.</summary>
    public RecordingLoggerProvider Log { get; } = new();

    public string DataPath { get; }

    /// <summary>A host on SQLite files in a temporary folder.</summary>
    public static HostSite OnSqlite(params KeyValuePair<string, string?>[] settings) => new(null, settings);

    /// <summary>A host on the given provider (a new PostgreSQL database for PostgreSQL).</summary>
    public static async Task<HostSite> OnAsync(string provider, params KeyValuePair<string, string?>[] settings) =>
        provider == TestDatabase.PostgreSql ? new(await TestDatabase.CreateAsync(provider), settings) : new(null, settings);

    /// <summary>Another server of the same host: the same database and data folder, owned by <paramref name="first"/>.</summary>
    public static HostSite BesideOf(HostSite first, params KeyValuePair<string, string?>[] settings)
    {
        ArgumentNullException.ThrowIfNull(first);
        return new HostSite(first.Database, first._settings.Where(s => settings.All(o => o.Key != s.Key)).Concat(settings), first.DataPath);
    }

    public HttpClient ClientFor(string host) => CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{host}/"), AllowAutoRedirect = false });

    public string ContentFolder(string slug) => Path.Combine(DataPath, "content", slug);

    public void WriteContent(string slug, string relativePath, string text)
    {
        var path = Path.Combine(ContentFolder(slug), relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public async Task<Organisation> AddOrganisationAsync(string slug, string? hostName = null, params string[] allowedOrigins)
    {
        var organisation = new Organisation
        {
            Slug = slug,
            Name = $"Healthwatch {slug}",
            HostNames = hostName ?? "",
            SiteUrl = $"https://www.{slug}.example.org/",
            AllowedOrigins = string.Join(' ', allowedOrigins),
            EmailFrom = $"involve@{slug}.example.org",
            SafeguardingEmail = $"safeguarding@{slug}.example.org",
            Created = DateTimeOffset.UtcNow,
        };
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        await Services.GetRequiredService<OrganisationDirectory>().RefreshAsync(force: true, CancellationToken.None);
        return organisation;
    }

    /// <summary>Adds a staff account (no password: the tests sign it in by header) with roles in organisations.</summary>
    public async Task<string> AddStaffAsync(string email, bool hostAdministrator = false, params (string Slug, OrganisationRole Role)[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, IsHostAdministrator = hostAdministrator };
        var created = await users.CreateAsync(user);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        foreach (var (slug, role) in roles)
        {
            db.Memberships.Add(new OrganisationMembership { UserId = user.Id, OrganisationSlug = slug, Role = role, Granted = DateTimeOffset.UtcNow });
        }

        await db.SaveChangesAsync();
        return user.Id;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // The library's script and stylesheet from the project, where a published host has them in wwwroot.
        builder.UseStaticWebAssets();
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        builder.ConfigureServices(services =>
        {
            services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, HeaderStaff>(HeaderStaff.SchemeName, null)
                .AddPolicyScheme("TestOrCookie", null, options => options.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(StaffHeader) ? HeaderStaff.SchemeName : IdentityConstants.ApplicationScheme);
            services.PostConfigure<AuthenticationOptions>(options => options.DefaultAuthenticateScheme = "TestOrCookie");
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsData)
        {
            try
            {
                Directory.Delete(DataPath, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow shutdown stays in the temporary folder.
            }
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Database is not null && _ownsData)
        {
            await Database.DisposeAsync();
        }
    }

    private sealed class HeaderStaff(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string SchemeName = "TestStaffHeader";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
            Task.FromResult(Request.Headers.TryGetValue(StaffHeader, out var id)
                ? AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id.ToString())], SchemeName)), SchemeName))
                : AuthenticateResult.NoResult());
    }
}
