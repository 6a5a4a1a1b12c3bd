using CoProWidgets.Storage;
using CoProWidgets.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoProWidgets.IntegrationTests.Hosting;

/// <summary>
/// A host logging at Information (the template's default) does not see every SQL statement the library runs, even
/// though the outbox polls the database while idle; a failed statement is still logged as an error.
/// </summary>
public sealed class DatabaseLoggingTests : IAsyncDisposable
{
    private const string CommandCategory = "Microsoft.EntityFrameworkCore.Database.Command";

    private readonly string _content = LibraryHost.EmptyContentFolder();
    private readonly RecordingLoggerProvider _logs = new();
    private TestDatabase? _database;

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Directory.Delete(_content, recursive: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IdleHost_OverSeveralOutboxPolls_LogsNoExecutedCommands(string provider)
    {
        await using var app = await StartAsync(provider);

        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Contains(_logs.Entries, entry => entry.Level == LogLevel.Information);
        // On a new PostgreSQL database EF Core reads the migrations table before creating it and logs that failure
        // as an error (dotnet/efcore#37328): errors stay visible, so only the routine levels are counted here.
        Assert.DoesNotContain(_logs.Entries, entry => entry.Category == CommandCategory && entry.Level < LogLevel.Warning);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FailedCommand_IsStillLoggedAsAnError(string provider)
    {
        await using var app = await StartAsync(provider);
        await using var db = app.Services.GetRequiredService<CoProDbContextFactory>().Create();

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("SELECT * FROM no_such_table"));

        Assert.Contains(_logs.Entries, entry => entry.Category == CommandCategory && entry.Level == LogLevel.Error);
    }

    private async Task<Microsoft.AspNetCore.Builder.WebApplication> StartAsync(string provider)
    {
        _database ??= await TestDatabase.CreateAsync(provider);
        var settings = new Dictionary<string, string?>(_database.Settings)
        {
            ["CoProWidgets:ContentPath"] = _content,
            ["CoProWidgets:Email:PollInterval"] = "00:00:00.200",

            // As a new site from the template has it; the test output also holds the sample's appsettings.json,
            // which turns EF Core down to Warning itself.
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Information",
        };
        return await LibraryHost.StartAsync(settings, logs: _logs);
    }
}
