using CoProWidgets.Host.Organisations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CoProWidgets.Host.Storage;

/// <summary>
/// Where the host's tables and each organisation's data live, from the same two settings the library reads:
/// <c>CoProWidgets:Database:Provider</c> and the connection string <c>CoProWidgets</c>. On SQLite, the host's tables
/// are in <c>host.db</c> and each organisation has a file of its own; on PostgreSQL, one database holds the schema
/// <c>copro_host</c> and a schema per organisation, chosen by the connection's search path so the library's queries
/// cannot name another organisation's tables.
/// </summary>
internal sealed class HostDatabase
{
    public const string HostSchema = "copro_host";

    private readonly string? _connectionString;

    public HostDatabase(IConfiguration configuration, IHostEnvironment environment, IOptions<WidgetHostOptions> options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var settings = options.Value;
        IsPostgreSql = string.Equals(configuration[$"{CoProWidgetsOptions.SectionName}:Database:Provider"], nameof(CoProDatabaseProvider.PostgreSql), StringComparison.OrdinalIgnoreCase);
        _connectionString = configuration.GetConnectionString("CoProWidgets");
        if (IsPostgreSql && string.IsNullOrWhiteSpace(_connectionString))
        {
            throw new InvalidOperationException("CoProWidgets:Database:Provider is PostgreSql, so set the connection string ConnectionStrings:CoProWidgets (environment variable ConnectionStrings__CoProWidgets).");
        }

        DataPath = Path.GetFullPath(Path.Combine(environment.ContentRootPath, settings.DataPath));
        ContentRoot = settings.ContentRoot is { Length: > 0 } root
            ? Path.GetFullPath(Path.Combine(environment.ContentRootPath, root))
            : Path.Combine(DataPath, "content");
    }

    public bool IsPostgreSql { get; }

    public string DataPath { get; }

    public string ContentRoot { get; }

    public string ContentPathOf(string slug) => Path.Combine(ContentRoot, slug);

    public string OrganisationDataPathOf(string slug) => Path.Combine(DataPath, "organisations", slug);

    public static string SchemaOf(string slug) => "copro_org_" + slug.Replace('-', '_');

    /// <summary>The connection string the organisation's services use, or null on SQLite (a file path is set instead).</summary>
    public string? ConnectionStringOf(string slug) => IsPostgreSql ? WithSearchPath(SchemaOf(slug)) : null;

    public string SqliteFileOf(string slug) => Path.Combine(OrganisationDataPathOf(slug), "coprowidgets.db");

    public void Configure(DbContextOptionsBuilder options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (IsPostgreSql)
        {
            options.UseNpgsql(WithSearchPath(HostSchema));
        }
        else
        {
            options.UseSqlite(new SqliteConnectionStringBuilder { DataSource = Path.Combine(DataPath, "host.db"), DefaultTimeout = 30 }.ToString());
        }
    }

    /// <summary>Makes the place an organisation's data goes: its folder, and on PostgreSQL its schema.</summary>
    public async Task PrepareAsync(string slug, CancellationToken cancellationToken)
    {
        if (!OrganisationSlug.IsValid(slug))
        {
            throw new ArgumentException($"'{slug}' is not an organisation slug.", nameof(slug));
        }

        Directory.CreateDirectory(OrganisationDataPathOf(slug));
        Directory.CreateDirectory(ContentPathOf(slug));
        if (IsPostgreSql)
        {
            await CreateSchemaAsync(SchemaOf(slug), cancellationToken);
        }
    }

    public async Task PrepareHostAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(DataPath);
        if (IsPostgreSql)
        {
            await CreateSchemaAsync(HostSchema, cancellationToken);
        }
    }

    /// <summary>
    /// On PostgreSQL, holds a lock named after <paramref name="schema"/> across every server until disposed, so that
    /// servers starting together migrate a schema one after another (each then finds the others' work done). Nothing
    /// on SQLite, whose file several servers cannot share.
    /// </summary>
    public async Task<IAsyncDisposable> LockAsync(string schema, CancellationToken cancellationToken)
    {
        if (!IsPostgreSql)
        {
            return NoLock.Instance;
        }

        var key = BitConverter.ToInt64(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("coprowidgets:" + schema)), 0);
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            // Waits as long as another server's migration takes, not the command timeout.
            command.CommandTimeout = 0;
            command.CommandText = "SELECT pg_advisory_lock(@key)";
            command.Parameters.AddWithValue("key", key);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new AdvisoryLock(connection, key);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Released by name before the connection goes back to the pool, whose session would otherwise keep it.</summary>
    private sealed class AdvisoryLock(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT pg_advisory_unlock(@key)";
                command.Parameters.AddWithValue("key", key);
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private async Task CreateSchemaAsync(string schema, CancellationToken cancellationToken)
    {
        // The schema name is made from a checked slug only (a-z, 0-9, underscores), never from other input.
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE SCHEMA IF NOT EXISTS \"{schema}\"";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private string WithSearchPath(string schema) =>
        new NpgsqlConnectionStringBuilder(_connectionString) { SearchPath = schema }.ToString();
}
