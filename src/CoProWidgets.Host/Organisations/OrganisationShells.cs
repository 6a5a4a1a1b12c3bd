using System.Collections.Concurrent;

namespace CoProWidgets.Host.Organisations;

/// <summary>
/// The running shells, one per organisation, each built on first use (a request, or the background start) and built
/// again when the organisation's settings change. A replaced shell finishes the requests it is serving before it stops.
/// </summary>
internal sealed partial class OrganisationShells(OrganisationShellFactory factory, ILogger<OrganisationShells> logger) : IAsyncDisposable
{
    private static readonly TimeSpan s_drain = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Lazy<Task<OrganisationShell>>> _shells = new(StringComparer.Ordinal);
    private readonly List<Task> _retiring = [];
    private readonly CancellationTokenSource _stopping = new();

    public int Count => _shells.Count;

    /// <summary>The shells that have started, for the health checks: nothing is started to answer them.</summary>
    public IReadOnlyList<OrganisationShell> Running() =>
        [.. _shells.Values.Where(e => e.IsValueCreated && e.Value.IsCompletedSuccessfully).Select(e => e.Value.Result)];

    public async Task<OrganisationShell> GetAsync(Organisation organisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        while (true)
        {
            var entry = _shells.GetOrAdd(organisation.Slug, _ => Start(organisation));
            OrganisationShell shell;
            try
            {
                shell = await entry.Value.WaitAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A shell that failed to start is tried again by the next request, not remembered as broken.
                _shells.TryRemove(new KeyValuePair<string, Lazy<Task<OrganisationShell>>>(organisation.Slug, entry));
                throw;
            }

            if (shell.Organisation.Version >= organisation.Version)
            {
                return shell;
            }

            if (_shells.TryUpdate(organisation.Slug, Start(organisation), entry))
            {
                LogReplaced(logger, organisation.Slug, organisation.Version);
                Retire(shell);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        var running = _shells.Values.ToArray();
        _shells.Clear();
        foreach (var entry in running.Where(e => e.IsValueCreated))
        {
            try
            {
                await (await entry.Value).DisposeAsync();
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                LogStopFailed(logger, exception);
            }
        }

        Task[] retiring;
        lock (_retiring)
        {
            retiring = [.. _retiring];
        }

        await Task.WhenAll(retiring);
        _stopping.Dispose();
    }

    private Lazy<Task<OrganisationShell>> Start(Organisation organisation) =>
        new(() => factory.CreateAsync(organisation, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);

    private void Retire(OrganisationShell shell)
    {
        var retiring = Task.Run(async () =>
        {
            // Stopping the host cuts the wait short: its own shutdown waits for requests in flight.
            await Task.Delay(s_drain, _stopping.Token).ContinueWith(static _ => { }, TaskScheduler.Default);
            await shell.DisposeAsync();
        });
        lock (_retiring)
        {
            _retiring.RemoveAll(task => task.IsCompleted);
            _retiring.Add(retiring);
        }
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Organisation {Slug} changed (version {Version}): its services are built again.")]
    private static partial void LogReplaced(ILogger logger, string slug, int version);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "An organisation's services did not stop cleanly.")]
    private static partial void LogStopFailed(ILogger logger, Exception exception);
}
