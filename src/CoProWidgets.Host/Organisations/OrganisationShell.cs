namespace CoProWidgets.Host.Organisations;

/// <summary>
/// One organisation's running CoProWidgets: its own services (options, content store, caches, rate budgets, database
/// connection, data protection keys, background work) and its own request pipeline. Nothing in it is shared with
/// another organisation's shell except what the host hands every shell (logging, metrics, the clock).
/// </summary>
internal sealed class OrganisationShell(Organisation organisation, ServiceProvider services, RequestDelegate pipeline, IReadOnlyList<IHostedService> started) : IAsyncDisposable
{
    public Organisation Organisation { get; } = organisation;

    public IServiceProvider Services => services;

    public RequestDelegate Pipeline { get; } = pipeline;

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        foreach (var service in started.Reverse())
        {
            try
            {
                await service.StopAsync(stopping.Token);
            }
            catch (OperationCanceledException)
            {
                // Shutting down anyway: whatever a service did not finish is still in the database for next time.
            }
        }

        await services.DisposeAsync();
    }
}
