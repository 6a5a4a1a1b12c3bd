using CoProWidgets.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoProWidgets.Safeguarding;

/// <summary>
/// Tells the safeguarding address soon after a concern is raised (a submission signals it) and looks again every
/// few minutes, so a concern raised while an email was too recent is still mentioned once that time has passed.
/// </summary>
internal sealed partial class SafeguardingNotifier(SafeguardingQueue queue, WakeSignal<SafeguardingNotifier> signal, ILogger<SafeguardingNotifier> logger) : BackgroundService
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
