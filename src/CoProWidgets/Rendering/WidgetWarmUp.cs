using Microsoft.Extensions.Hosting;

namespace CoProWidgets.Rendering;

/// <summary>
/// Reads every widget's content once when the host starts, in the order the widgets were registered, so problems reach
/// the log at start-up rather than at the first visitor, and the first visitor does not wait for parsing. It never
/// stops the host: the content store logs errors.
/// </summary>
internal sealed class WidgetWarmUp(IEnumerable<IWidget> widgets) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var widget in widgets)
        {
            widget.WarmUp();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
