using Npgsql;

namespace CoProWidgets.Testing;

/// <summary>
/// A fresh, empty database for one test: a SQLite file, or a new database on the PostgreSQL server that the README's
/// test command starts (its address in COPRO_TEST_POSTGRES). A PostgreSQL test fails, never skips, without it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _postgresName;
    private readonly string? _sqliteFolder;

    private TestDatabase(string provider, string? connectionString, string? sqlitePath, string? postgresName, string? sqliteFolder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        SqlitePath = sqlitePath;
        _postgresName = postgresName;
        _sqliteFolder = sqliteFolder;
    }

    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    public static TheoryData<string> Providers => new() { Sqlite, PostgreSql };

    public string Provider { get; }

    public string? ConnectionString { get; }

    public string? SqlitePath { get; }

    /// <summary>The settings that point CoProWidgets at this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings =>
        Provider == PostgreSql
            ? [new("CoProWidgets:Database:Provider", PostgreSql), new("ConnectionStrings:CoProWidgets", ConnectionString)]
            : [new("CoProWidgets:Database:Provider", Sqlite), new("CoProWidgets:Database:SqlitePath", SqlitePath)];

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("COPRO_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("COPRO_TEST_POSTGRES is not set. Run the tests with ./test.sh, which starts a PostgreSQL server, or set it to a server you can create databases on.");

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("copro-db-").FullName;
            return new TestDatabase(provider, null, Path.Combine(folder, "coprowidgets.db"), null, folder);
        }

        var name = "copro_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, null, name, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFolder is not null && Directory.Exists(_sqliteFolder))
        {
            Directory.Delete(_sqliteFolder, recursive: true);
        }

        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(ServerConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
