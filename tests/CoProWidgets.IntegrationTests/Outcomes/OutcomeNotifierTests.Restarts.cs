using System.Collections.Concurrent;
using CoProWidgets.Email;
using CoProWidgets.GetInvolved;
using CoProWidgets.Outcomes;
using CoProWidgets.Storage;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CoProWidgets.IntegrationTests.Outcomes;

/// <summary>Each follower is emailed once across restarts and several servers sharing one database.</summary>
public sealed partial class OutcomeNotifierTests
{
    /// <summary>
    /// The host stops while the outcome's emails are being sent (two delivered, the third stuck at the SMTP server); the
    /// next start delivers the rest. Every follower gets exactly one email, and the change is recorded once.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RestartInTheMiddleOfSending_StillEmailsEachFollowerExactlyOnce(string provider)
    {
        _database = await TestDatabase.CreateAsync(provider);
        var first = new RecordingTransport(hangAfter: 2);
        var app = await StartAsync(first);
        var followers = Enumerable.Range(1, 6).Select(i => $"follower{i}@example.org").ToList();
        foreach (var email in followers)
        {
            await AddSignUpAsync(app, email, "gp-access");
        }

        WriteOutcome("evening", "planned");
        await first.Stuck.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await app.StopAsync();

        var second = new RecordingTransport();
        var restarted = await StartAsync(second);
        await Wait.UntilAsync(() => Task.FromResult(first.Sent.Count + second.Sent.Count == followers.Count), TimeSpan.FromSeconds(20));
        await Notifier(restarted).CheckAsync();
        await Task.Delay(500);

        var delivered = first.Sent.Concat(second.Sent).Select(m => m.To.Mailboxes.Single().Address).Order().ToList();
        Assert.Equal(followers.Order(), delivered);
        Assert.Equal(2, first.Sent.Count);
        await using var db = Contexts(restarted).Create();
        Assert.Equal(6, (await db.OutcomeChanges.SingleAsync()).Recipients);
        Assert.Equal(6, await db.Outbox.CountAsync(m => m.Kind == OutcomeNotifier.Kind && m.SentAt != null));
    }

    /// <summary>Several servers share one database and one content folder, and all look at once, repeatedly.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SeveralServersSharingOneDatabase_AnnounceEachChangeExactlyOnce(string provider)
    {
        _database = await TestDatabase.CreateAsync(provider);
        var transports = Enumerable.Range(0, 3).Select(_ => new RecordingTransport()).ToList();
        var servers = new List<WebApplication>();
        foreach (var transport in transports)
        {
            servers.Add(await StartAsync(transport, checkInterval: "01:00:00"));
        }

        for (var i = 0; i < 5; i++)
        {
            await AddSignUpAsync(servers[0], $"follower{i}@example.org", "carers");
        }

        WriteOutcome("pack", "done", area: "carers");
        var announced = await Task.WhenAll(servers.SelectMany(server => Enumerable.Range(0, 3).Select(_ => Task.Run(() => Notifier(server).CheckAsync()))));

        await Wait.UntilAsync(() => Task.FromResult(transports.Sum(t => t.Sent.Count) >= 5), TimeSpan.FromSeconds(20));
        await Task.Delay(1000);
        Assert.True(announced.Sum() <= 1, "At most one look announced the change (the servers' own background look may have been first).");
        Assert.Equal(5, transports.Sum(t => t.Sent.Count));
        Assert.Equal(5, transports.SelectMany(t => t.Sent).Select(m => m.To.Mailboxes.Single().Address).Distinct().Count());
        await using var db = Contexts(servers[0]).Create();
        Assert.Equal(1, await db.OutcomeChanges.CountAsync());
        Assert.Equal(5, await db.Outbox.CountAsync());
    }

    /// <summary>
    /// A new progress step emails each follower once: not for the steps the outcome was first published with, once
    /// per new step across a restart, and once whatever three servers sharing one database do at the same time.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EachNewProgressStep_EmailsFollowersExactlyOnce_AcrossARestart_AndThreeServers(string provider)
    {
        _database = await TestDatabase.CreateAsync(provider);
        var first = new RecordingTransport();
        var app = await StartAsync(first, checkInterval: "01:00:00");
        await AddSignUpAsync(app, "a@example.org", "gp-access");
        await AddSignUpAsync(app, "b@example.org", "gp-access");
        WriteOutcome("evening", "in-progress", steps: ["2026-10-20: We met the practice managers"]);
        await Notifier(app).CheckAsync();
        await Wait.UntilAsync(() => Task.FromResult(first.Sent.Count == 2), TimeSpan.FromSeconds(20));

        WriteOutcome("evening", "in-progress", steps: ["2026-10-20: We met the practice managers", "2026-11-15: Two practices agreed to open late"]);
        await SeenAsync(app, steps: 2);
        await Notifier(app).CheckAsync();
        await Wait.UntilAsync(() => Task.FromResult(first.Sent.Count == 4), TimeSpan.FromSeconds(20));
        Assert.Equal(2, first.Sent.Count(message => message.Subject == "Progress: Evening appointments"));
        Assert.Contains("15 November 2026: Two practices agreed to open late", first.Sent.Last().HtmlBody, StringComparison.Ordinal);
        await app.StopAsync();

        var transports = Enumerable.Range(0, 3).Select(_ => new RecordingTransport()).ToList();
        var servers = new List<WebApplication>();
        foreach (var transport in transports)
        {
            servers.Add(await StartAsync(transport, checkInterval: "01:00:00"));
        }

        await Task.WhenAll(servers.SelectMany(server => Enumerable.Range(0, 2).Select(_ => Task.Run(() => Notifier(server).CheckAsync()))));
        Assert.Equal(0, transports.Sum(t => t.Sent.Count));

        WriteOutcome("evening", "in-progress", steps: ["2026-10-20: We met the practice managers", "2026-11-15: Two practices agreed to open late", "2026-12-01: The first evening clinic ran"]);
        foreach (var server in servers)
        {
            await SeenAsync(server, steps: 3);
        }

        await Task.WhenAll(servers.SelectMany(server => Enumerable.Range(0, 3).Select(_ => Task.Run(() => Notifier(server).CheckAsync()))));
        await Wait.UntilAsync(() => Task.FromResult(transports.Sum(t => t.Sent.Count) >= 2), TimeSpan.FromSeconds(20));
        await Task.Delay(1000);

        Assert.Equal(["a@example.org", "b@example.org"], transports.SelectMany(t => t.Sent).Select(m => m.To.Mailboxes.Single().Address).Order());
        await using var db = Contexts(servers[0]).Create();
        Assert.Equal(["in-progress", "s2026-10-20-1", "s2026-11-15-1", "s2026-12-01-1"], await db.OutcomeChanges.Select(change => change.Status).OrderBy(status => status).ToListAsync());
    }
}
