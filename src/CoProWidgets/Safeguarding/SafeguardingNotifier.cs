using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoProWidgets.Safeguarding;

/// <summary>
/// Tells the safeguarding address soon after a concern is raised (a submission signals it) and looks again every
/// few minutes, so a concern raised while an email was too recent is still mentioned once that time has passed.
/// </summary>
internal sealed partial class SafeguardingNotifier(SafeguardingQueue queue, SafeguardingSignal signal, ILogger<SafeguardingNotifier> logger) : BackgroundService
{
    private static readonly TimeSpan s_lookEvery = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await queue.NotifyAsync(stoppingToken);
                await signal.WaitAsync(s_lookEvery, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(ex);
                await Task.Delay(TimeSpan.FromSeconds(30), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    [LoggerMessage(EventId = 701, Level = LogLevel.Warning, Message = "The safeguarding address could not be told this time; trying again shortly.")]
    private partial void LogFailed(Exception exception);
}

/// <summary>Wakes <see cref="SafeguardingNotifier"/> when a concern is raised.</summary>
internal sealed class SafeguardingSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _semaphore.Dispose();
}
