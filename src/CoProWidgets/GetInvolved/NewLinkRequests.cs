using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// Asks for new preference links are queued here and answered in the background, so the form answers in the same time
/// whether or not the address is signed up: the page never waits on the look-up, the email's rendering or the
/// database, which take longer for someone who is. The queue is bounded; when it is full a request is dropped, as a
/// lost email would be, and the person asks again.
/// </summary>
internal sealed partial class NewLinkRequests(SignUpLinkActions signUps, ILogger<NewLinkRequests> logger) : BackgroundService
{
    public const int Capacity = 200;

    private readonly Channel<(string Email, Uri Site)> _queue = Channel.CreateBounded<(string, Uri)>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Queues a request; the same work, at once, for every address.</summary>
    public void Queue(string email, Uri site) => _queue.Writer.TryWrite((email, site));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (email, site) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await signUps.SendNewLinkAsync(email, site, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be briefly unavailable: the person is told to ask again if nothing arrives.
                LogFailed(ex);
            }
        }
    }

    [LoggerMessage(EventId = 80, Level = LogLevel.Error, Message = "Could not send a requested new link; the person can ask again.")]
    private partial void LogFailed(Exception exception);
}
