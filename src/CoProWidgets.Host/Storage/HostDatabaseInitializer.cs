using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Host.Storage;

/// <summary>Makes the host's tables before anything reads them; servers starting together take turns.</summary>
internal sealed class HostDatabaseInitializer(IServiceScopeFactory scopes, HostDatabase database) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.PrepareHostAsync(cancellationToken);
        await using var turn = await database.LockAsync(HostDatabase.HostSchema, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HostDbContext>().Database.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
