using CoProWidgets.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Host.Organisations;

/// <summary>
/// The organisations the host serves, read from the host database and kept in memory (a few hundred short rows), so
/// choosing the organisation of a request costs a dictionary look-up. Each server reads the list again every
/// <see cref="WidgetHostOptions.RefreshInterval"/>, and at once after its own changes, so an organisation added on one
/// server is served by every server without a restart.
/// </summary>
internal sealed class OrganisationDirectory(IServiceScopeFactory scopes, IOptions<WidgetHostOptions> options, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private volatile Snapshot _snapshot = Snapshot.Empty;

    public IReadOnlyList<Organisation> All => _snapshot.All;

    public Organisation? FindByHost(string host) => _snapshot.ByHost.GetValueOrDefault(host.ToLowerInvariant());

    public Organisation? FindBySlug(string slug) => _snapshot.BySlug.GetValueOrDefault(slug);

    /// <summary>Reads the list again if it is older than the refresh interval (or <paramref name="force"/>).</summary>
    public async Task RefreshAsync(bool force, CancellationToken cancellationToken)
    {
        if (!force && clock.GetUtcNow() - _snapshot.Read < options.Value.RefreshInterval)
        {
            return;
        }

        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            if (!force && clock.GetUtcNow() - _snapshot.Read < options.Value.RefreshInterval)
            {
                return;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
            var all = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
            _snapshot = new Snapshot(all, clock.GetUtcNow());
        }
        finally
        {
            _refreshing.Release();
        }
    }

    public void Dispose() => _refreshing.Dispose();

    private sealed class Snapshot
    {
        public static readonly Snapshot Empty = new([], DateTimeOffset.MinValue);

        public Snapshot(IReadOnlyList<Organisation> all, DateTimeOffset read)
        {
            All = all;
            Read = read;
            BySlug = all.ToDictionary(o => o.Slug, StringComparer.Ordinal);
            ByHost = new Dictionary<string, Organisation>(StringComparer.Ordinal);
            foreach (var organisation in all)
            {
                foreach (var host in organisation.HostNameList)
                {
                    ByHost.TryAdd(host.ToLowerInvariant(), organisation);
                }
            }
        }

        public IReadOnlyList<Organisation> All { get; }

        public DateTimeOffset Read { get; }

        public Dictionary<string, Organisation> BySlug { get; }

        public Dictionary<string, Organisation> ByHost { get; }
    }
}
