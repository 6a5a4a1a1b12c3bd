using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Storage;

/// <summary>Creates a context for the configured database; the provider is chosen once, from the options.</summary>
internal sealed class CoProDbContextFactory
{
    public const string ConnectionStringName = "CoProWidgets";

    private readonly Func<CoProDbContext> _create;

    public CoProDbContextFactory(IOptions<CoProWidgetsOptions> options, IConfiguration configuration, IHostEnvironment environment, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var database = options.Value.Database;
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        Provider = database.Provider;
        if (Provider == CoProDatabaseProvider.PostgreSql)
        {
            var builder = new DbContextOptionsBuilder<PostgreSqlCoProDbContext>().UseLoggerFactory(loggerFactory);
            var postgres = builder.UseNpgsql(connectionString).ConfigureWarnings(QuietCommands).Options;
            _create = () => new PostgreSqlCoProDbContext(postgres);
        }
        else
        {
            SqliteFile = connectionString is null ? ResolveSqlitePath(database, environment) : null;
            var sqlite = new DbContextOptionsBuilder<SqliteCoProDbContext>()
                .UseLoggerFactory(loggerFactory)
                .UseSqlite(connectionString ?? new SqliteConnectionStringBuilder { DataSource = SqliteFile, DefaultTimeout = 30 }.ToString())
                .AddInterceptors(SqliteSecureDelete.Instance)
                .ConfigureWarnings(QuietCommands)
                .Options;
            _create = () => new SqliteCoProDbContext(sqlite);
        }
    }

    public CoProDatabaseProvider Provider { get; }

    // EF Core logs every executed command at Information, and the outbox polls every few seconds while idle: a host's
    // console would fill with the library's SQL. Failed commands keep their Error level.
    private static void QuietCommands(WarningsConfigurationBuilder warnings) =>
        warnings.Log((RelationalEventId.CommandExecuted, LogLevel.Debug));

    /// <summary>The SQLite file the library chose, or null when a connection string or PostgreSQL is used.</summary>
    public string? SqliteFile { get; }

    public static string ResolveSqlitePath(CoProDatabaseOptions database, IHostEnvironment environment) =>
        Path.GetFullPath(Path.Combine(environment.ContentRootPath, database.SqlitePath));

    public CoProDbContext Create() => _create();

    /// <summary>
    /// After personal data is deleted: on SQLite, moves the write-ahead log into the database file and empties it, so
    /// the deleted rows (already overwritten in the file, see <see cref="SqliteSecureDelete"/>) do not linger in the
    /// log either. PostgreSQL's own vacuum reclaims deleted rows.
    /// </summary>
    public async Task ScrubAsync(CancellationToken cancellationToken)
    {
        if (Provider != CoProDatabaseProvider.Sqlite)
        {
            return;
        }

        await using var db = Create();
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
    }
}

/// <summary>
/// Turns on SQLite's secure_delete for every connection (it is a setting of each connection, not of the file), so
/// the content of deleted rows is overwritten with zeros rather than left in free pages of the file.
/// </summary>
internal sealed class SqliteSecureDelete : DbConnectionInterceptor
{
    public static readonly SqliteSecureDelete Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete = ON;";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete = ON;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
