using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
            var postgres = builder.UseNpgsql(connectionString).Options;
            _create = () => new PostgreSqlCoProDbContext(postgres);
        }
        else
        {
            SqliteFile = connectionString is null ? ResolveSqlitePath(database, environment) : null;
            var sqlite = new DbContextOptionsBuilder<SqliteCoProDbContext>()
                .UseLoggerFactory(loggerFactory)
                .UseSqlite(connectionString ?? new SqliteConnectionStringBuilder { DataSource = SqliteFile, DefaultTimeout = 30 }.ToString())
                .Options;
            _create = () => new SqliteCoProDbContext(sqlite);
        }
    }

    public CoProDatabaseProvider Provider { get; }

    /// <summary>The SQLite file the library chose, or null when a connection string or PostgreSQL is used.</summary>
    public string? SqliteFile { get; }

    public static string ResolveSqlitePath(CoProDatabaseOptions database, IHostEnvironment environment) =>
        Path.GetFullPath(Path.Combine(environment.ContentRootPath, database.SqlitePath));

    public CoProDbContext Create() => _create();
}
