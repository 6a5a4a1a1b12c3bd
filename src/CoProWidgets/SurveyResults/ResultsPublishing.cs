using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// Publishes results snapshots on the schedule: at start, then every <see cref="CoProResultsOptions.RefreshInterval"/>.
/// Safe with several servers: a snapshot's number is unique per survey, so one of them stores it.
/// </summary>
internal sealed partial class ResultsPublishing(PublishedResults results, IOptions<CoProWidgetsOptions> options, ILogger<ResultsPublishing> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Results.RefreshInterval);
        do
        {
            try
            {
                await results.RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "Results could not be published this time; trying again at the next look.")]
    private partial void LogFailed(Exception exception);
}
