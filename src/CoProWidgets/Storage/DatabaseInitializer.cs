using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoProWidgets.Storage;

/// <summary>
/// Creates and migrates the database when the host starts, before anything reads or writes it. SQLite is switched to
/// write-ahead logging, which lets pages be read while a sign-up is being written.
/// </summary>
internal sealed partial class DatabaseInitializer(CoProDbContextFactory contexts, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (contexts.SqliteFile is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        }

        await using var db = contexts.Create();
        await db.Database.MigrateAsync(cancellationToken);
        if (contexts.Provider == CoProDatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        LogReady(contexts.Provider, contexts.SqliteFile ?? "(connection string)");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "CoProWidgets storage is ready: {Provider} at {Location}.")]
    private partial void LogReady(CoProDatabaseProvider provider, string location);
}
