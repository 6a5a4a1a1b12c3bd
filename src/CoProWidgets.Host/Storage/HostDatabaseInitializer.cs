using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Host.Storage;

/// <summary>
/// Makes the host's tables before anything reads them, servers starting together taking turns: in the "starting"
/// step, which every hosted service finishes before any starts (the key ring's own reads the host's tables).
/// </summary>
internal sealed class HostDatabaseInitializer(IServiceScopeFactory scopes, HostDatabase database) : IHostedLifecycleService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await database.PrepareHostAsync(cancellationToken);
        await using var turn = await database.LockAsync(HostDatabase.HostSchema, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HostDbContext>().Database.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
