namespace CoProWidgets.Storage;

/// <summary>
/// Wakes a background worker that polls a table as soon as a row for it is saved, instead of at its next poll. It
/// has one slot: signals that arrive while the worker is busy make a single wake-up, since the worker reads
/// everything waiting each time it looks. Generic on the worker so that each worker has a singleton of its own.
/// </summary>
/// <typeparam name="TWorker">The worker it wakes.</typeparam>
internal sealed class WakeSignal<TWorker> : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    /// <summary>Wakes the worker; call after saving.</summary>
    public void Notify()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the worker will look once for all of them.
        }
    }

    /// <summary>Waits until <see cref="Notify"/> is called, or <paramref name="timeout"/> passes.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _semaphore.Dispose();
}
