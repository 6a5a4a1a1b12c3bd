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

/// <summary>Closing the loop: each outcome change emailed once to each confirmed follower of its areas, whatever happens.</summary>
public sealed partial class OutcomeNotifierTests : IAsyncDisposable
{
    private const string GetInvolved = """
        ---
        title: Get involved
        privacy-url: /privacy
        consent: We keep your details to tell you what happened.
        areas:
          gp-access: GP access
          carers: Support for carers
        ---
        Take part.
        """;

    private readonly string _content = LibraryHost.EmptyContentFolder();
    private readonly List<WebApplication> _apps = [];
    private TestDatabase? _database;

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Directory.Delete(_content, recursive: true);
    }

    [Fact]
    public async Task PublishingAnOutcome_EmailsEachConfirmedFollowerOfItsAreasWhoWantsEmail_Once()
    {
        _database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var transport = new RecordingTransport();
        var app = await StartAsync(transport);
        await AddSignUpAsync(app, "follows@example.org", "gp-access,carers");
        await AddSignUpAsync(app, "other-area@example.org", "carers");
        await AddSignUpAsync(app, "pending@example.org", "gp-access", status: SignUpStatus.Pending);
        await AddSignUpAsync(app, "by-post@example.org", "gp-access", byEmail: false);
        await AddSignUpAsync(app, "left@example.org", "gp-access", status: SignUpStatus.Unsubscribed);

        WriteOutcome("evening", "in-progress");

        await Wait.UntilAsync(() => Task.FromResult(transport.Sent.Count == 1), TimeSpan.FromSeconds(20));
        var message = Assert.Single(transport.Sent);
        Assert.Equal("follows@example.org", message.To.Mailboxes.Single().Address);
        Assert.Equal("You said, we did: Evening appointments", message.Subject);
        Assert.Contains("keep you updated about GP access", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://www.example.org/copro/outcomes/evening", message.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("<https://www.example.org/copro/get-involved/unsubscribe?token=", message.Headers["List-Unsubscribe"], StringComparison.Ordinal);

        // Looking again finds nothing new; a status change is one more email, worded as an update.
        Assert.Equal(0, await Notifier(app).CheckAsync());
        WriteOutcome("evening", "done");
        await Wait.UntilAsync(() => Task.FromResult(transport.Sent.Count == 2), TimeSpan.FromSeconds(20));
        Assert.Equal("Update (Done): Evening appointments", transport.Sent.Last().Subject);

        await using var db = Contexts(app).Create();
        var changes = await db.OutcomeChanges.OrderBy(c => c.SeenAt).ToListAsync();
        Assert.Equal(["in-progress", "done"], changes.Select(c => c.Status));
        Assert.All(changes, change => Assert.Equal(1, change.Recipients));
        Assert.Equal(2, await db.Outbox.CountAsync(m => m.Kind == OutcomeNotifier.Kind));
    }

    [Fact]
    public async Task AnOutcomeThatSaysNotify_No_IsRecordedButEmailsNobody()
    {
        _database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var app = await StartAsync(new RecordingTransport());
        await AddSignUpAsync(app, "follows@example.org", "gp-access");

        WriteOutcome("quiet", "done", notify: false);
        await Notifier(app).CheckAsync();

        await using var db = Contexts(app).Create();
        await Wait.UntilAsync(() => db.OutcomeChanges.AnyAsync(), TimeSpan.FromSeconds(10));
        var change = await db.OutcomeChanges.SingleAsync();
        Assert.False(change.Announced);
        Assert.Equal(0, change.Recipients);
        Assert.Equal(0, await db.Outbox.CountAsync());
    }

    [Fact]
    public async Task WithoutASiteAddress_NothingIsRecorded_SoTheChangeIsAnnouncedOnceItIsSet()
    {
        _database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var app = await StartAsync(new RecordingTransport(), siteUrl: null);
        await AddSignUpAsync(app, "follows@example.org", "gp-access");
        WriteOutcome("evening", "planned");

        Assert.Equal(0, await Notifier(app).CheckAsync());
        await using (var db = Contexts(app).Create())
        {
            Assert.Equal(0, await db.OutcomeChanges.CountAsync());
        }

        await app.StopAsync();
        var transport = new RecordingTransport();
        await StartAsync(transport);
        await Wait.UntilAsync(() => Task.FromResult(transport.Sent.Count == 1), TimeSpan.FromSeconds(20));
    }

    private static OutcomeNotifier Notifier(WebApplication app) => app.Services.GetRequiredService<OutcomeNotifier>();

    private static CoProDbContextFactory Contexts(WebApplication app) => app.Services.GetRequiredService<CoProDbContextFactory>();

    private void WriteOutcome(string name, string status, bool notify = true, string area = "gp-access", string[]? steps = null)
    {
        var progress = steps is null ? string.Empty : "\n## Progress\n\n" + string.Concat(steps.Select(step => $"- {step}\n"));
        Directory.CreateDirectory(Path.Combine(_content, "outcomes"));
        File.WriteAllText(Path.Combine(_content, "outcomes", name + ".md"), $"""
            ---
            title: {(name == "pack" ? "Carers pack" : name == "quiet" ? "Quiet" : "Evening appointments")}
            date: 2026-10-12
            status: {status}
            areas: [{area}]
            notify: {(notify ? "yes" : "no")}
            ---
            ## We did

            Two practices now open until 8pm.
            """ + progress);
    }

    /// <summary>Waits until a server has seen the outcome file with this many steps (its file watcher has fired).</summary>
    private static Task SeenAsync(WebApplication app, int steps) =>
        Wait.UntilAsync(() => Task.FromResult(app.Services.GetRequiredService<OutcomeProvider>().Get("evening").Value?.Outcome.Steps.Count == steps), TimeSpan.FromSeconds(20));

    private static Task AddSignUpAsync(WebApplication app, string email, string areas, SignUpStatus status = SignUpStatus.Confirmed, bool byEmail = true) =>
        Followers.AddAsync(Contexts(app), email, areas, status, byEmail);

    private async Task<WebApplication> StartAsync(RecordingTransport transport, string? siteUrl = "https://www.example.org/", string checkInterval = "00:00:02")
    {
        await File.WriteAllTextAsync(Path.Combine(_content, "get-involved.md"), GetInvolved);
        var settings = new Dictionary<string, string?>(_database!.Settings)
        {
            ["CoProWidgets:ContentPath"] = _content,
            ["CoProWidgets:SiteUrl"] = siteUrl,
            ["CoProWidgets:Outcomes:CheckInterval"] = checkInterval,
            ["CoProWidgets:Email:PollInterval"] = "00:00:01",
        };
        // Only Development starts without SiteUrl.
        var app = await LibraryHost.StartAsync(settings, services => services.AddSingleton<IEmailTransport>(transport), environment: siteUrl is null ? "Development" : "Production");
        _apps.Add(app);
        return app;
    }

    /// <summary>Records what it sends; optionally delivers only the first few, then hangs on the next like a stuck server.</summary>
    private sealed class RecordingTransport(int hangAfter = int.MaxValue) : IEmailTransport
    {
        public ConcurrentQueue<MimeMessage> Sent { get; } = new();

        public TaskCompletionSource Stuck { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Description => "a recording transport";

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            if (Sent.Count >= hangAfter)
            {
                Stuck.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            Sent.Enqueue(message);
        }
    }
}
