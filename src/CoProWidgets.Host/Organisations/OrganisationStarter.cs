using Microsoft.Extensions.Options;

namespace CoProWidgets.Host.Organisations;

/// <summary>
/// After the host has started (it serves requests at once, whatever the number of organisations), starts each
/// organisation's shell in turn so its background work runs, then keeps looking for organisations added or changed
/// on any server. With <see cref="WidgetHostOptions.StartOrganisationsInBackground"/> off, shells start only at their
/// first request.
/// </summary>
internal sealed partial class OrganisationStarter(
    OrganisationDirectory directory, OrganisationShells shells, IHostApplicationLifetime lifetime, IOptions<WidgetHostOptions> options, ILogger<OrganisationStarter> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        using var timer = new PeriodicTimer(options.Value.RefreshInterval);
        do
        {
            try
            {
                await directory.RefreshAsync(force: true, stoppingToken);
                if (options.Value.StartOrganisationsInBackground)
                {
                    foreach (var organisation in directory.All)
                    {
                        await StartAsync(organisation, stoppingToken);
                    }
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRefreshFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task StartAsync(Organisation organisation, CancellationToken stoppingToken)
    {
        try
        {
            await shells.GetAsync(organisation, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // One organisation's broken settings must not keep the others from starting.
            LogStartFailed(logger, organisation.Slug, exception);
        }
    }

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Organisation {Slug} could not start; it is tried again at its next request.")]
    private static partial void LogStartFailed(ILogger logger, string slug, Exception exception);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "The list of organisations could not be read.")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
