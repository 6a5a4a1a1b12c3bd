using CoProWidgets.Email;
using CoProWidgets.Storage;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace CoProWidgets.IntegrationTests.Email;

/// <summary>
/// The outbox on real storage (SQLite and PostgreSQL) with a real SMTP server: nothing queued is lost when SMTP is
/// down or the host restarts, and nothing is sent twice.
/// </summary>
public sealed class OutboxTests : IAsyncDisposable
{
    private readonly string _content = LibraryHost.EmptyContentFolder();
    private readonly string _mail = Directory.CreateTempSubdirectory("copro-mail-").FullName;
    private readonly RecordingLoggerProvider _logs = new();
    private TestDatabase? _database;

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Directory.Delete(_content, recursive: true);
        Directory.Delete(_mail, recursive: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task QueuedMessage_WithoutSmtp_IsWrittenAsAnEmlFileWithBothBodiesAndHeaders(string provider)
    {
        await using var app = await StartAsync(provider);

        var id = await EnqueueAsync(app, new EmailMessage("test", "sam@example.org", "Please confirm", "Plain text body", "<p>HTML body</p>")
        {
            Headers = new Dictionary<string, string> { ["List-Unsubscribe"] = "<https://example.org/unsubscribe/abc>" },
        });

        await Eventually(() => Directory.GetFiles(_mail, "*.eml").Length == 1);
        var message = await MimeMessage.LoadAsync(Directory.GetFiles(_mail, "*.eml").Single());
        Assert.Equal("Please confirm", message.Subject);
        Assert.Equal("sam@example.org", message.To.Mailboxes.Single().Address);
        Assert.Equal("co-production@example.org", message.From.Mailboxes.Single().Address);
        Assert.Equal($"{id:N}@example.org", message.MessageId);
        Assert.Equal("Plain text body", message.TextBody!.Trim());
        Assert.Equal("<p>HTML body</p>", message.HtmlBody!.Trim());
        Assert.Equal("<https://example.org/unsubscribe/abc>", message.Headers["List-Unsubscribe"]);
        await Eventually(async () => (await FindAsync(app, id)).SentAt is not null);
        Assert.Empty(Directory.GetFiles(_mail, "*.tmp"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task QueuedMessage_WithSmtp_ArrivesAtARealSmtpServer(string provider)
    {
        using var smtp = await SmtpTestServer.StartAsync();
        await using var app = await StartAsync(provider, smtp);

        var id = await EnqueueAsync(app, new EmailMessage("test", "alex@example.org", "Round trip", "Sent over SMTP"));

        await Eventually(() => smtp.Messages.Count == 1);
        var received = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(smtp.Messages.Single())));
        Assert.Equal("Round trip", received.Subject);
        Assert.Equal($"{id:N}@example.org", received.MessageId);
        await Eventually(async () => (await FindAsync(app, id)).SentAt is not null);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SmtpDownThenBack_DeliversEveryMessageExactlyOnce(string provider)
    {
        using var smtp = SmtpTestServer.Reserve();
        await using var app = await StartAsync(provider, smtp);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await EnqueueAsync(app, new EmailMessage("test", $"person{i}@example.org", $"Message {i}", "Body")));
        }

        await Eventually(async () => (await FindAsync(app, ids[0])).Attempts >= 2);
        Assert.Contains(_logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("trying again", StringComparison.Ordinal));
        await smtp.StartListeningAsync();

        await Eventually(async () => (await Task.WhenAll(ids.Select(id => FindAsync(app, id)))).All(m => m.SentAt is not null));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(3, smtp.Messages.Count);
        Assert.Equal(3, smtp.Messages.Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m))).MessageId).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Restart_BeforeSending_LosesNothingAndSendsOnce(string provider)
    {
        using var down = SmtpTestServer.Reserve();
        Guid id;
        await using (var first = await StartAsync(provider, down))
        {
            id = await EnqueueAsync(first, new EmailMessage("test", "kim@example.org", "Survives a restart", "Body"));
            await first.StopAsync();
        }

        await using var second = await StartAsync(provider);

        await Eventually(() => Directory.GetFiles(_mail, "*.eml").Length == 1);
        await Eventually(async () => (await FindAsync(second, id)).SentAt is not null);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(Directory.GetFiles(_mail, "*.eml"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Stopping_WhileAMessageIsBeingSent_LeavesItForTheNextStartAtOnce(string provider)
    {
        var stuck = new StuckTransport();
        Guid id;
        await using (var first = await StartAsync(provider, transport: stuck))
        {
            id = await EnqueueAsync(first, new EmailMessage("test", "lee@example.org", "Interrupted", "Body"));
            await stuck.Started.Task.WaitAsync(TimeSpan.FromSeconds(20));
            Assert.NotNull((await FindAsync(first, id)).LockedUntil);
            await first.StopAsync();
            Assert.Null((await FindAsync(first, id)).LockedUntil);
        }

        // Not after the two-minute claim has run out: straight away.
        await using var second = await StartAsync(provider);
        await Eventually(async () => (await FindAsync(second, id)).SentAt is not null);
        Assert.Single(Directory.GetFiles(_mail, "*.eml"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TwoServersSharingOneDatabase_SendEachMessageOnce(string provider)
    {
        var otherMail = Directory.CreateTempSubdirectory("copro-mail-").FullName;
        try
        {
            await using var first = await StartAsync(provider);
            await using var second = await StartAsync(provider, mailDirectory: otherMail);
            var factory = first.Services.GetRequiredService<CoProDbContextFactory>();
            var outbox = first.Services.GetRequiredService<Outbox>();
            await using (var db = factory.Create())
            {
                for (var i = 0; i < 60; i++)
                {
                    outbox.Add(db, new EmailMessage("test", $"person{i}@example.org", $"Message {i}", "Body"));
                }

                await db.SaveChangesAsync();
            }

            outbox.Notify();
            second.Services.GetRequiredService<Outbox>().Notify();

            await Eventually(() => Directory.GetFiles(_mail, "*.eml").Length + Directory.GetFiles(otherMail, "*.eml").Length >= 60);
            await Task.Delay(TimeSpan.FromSeconds(1));
            var sent = Directory.GetFiles(_mail, "*.eml").Concat(Directory.GetFiles(otherMail, "*.eml")).Select(Path.GetFileName).ToList();
            Assert.Equal(60, sent.Count);
            Assert.Equal(60, sent.Distinct().Count());
        }
        finally
        {
            Directory.Delete(otherMail, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SameDeduplicationKey_IsRefusedByTheDatabase(string provider)
    {
        await using var app = await StartAsync(provider, SmtpTestServer.Reserve());
        var factory = app.Services.GetRequiredService<CoProDbContextFactory>();
        var outbox = app.Services.GetRequiredService<Outbox>();
        await using (var db = factory.Create())
        {
            outbox.Add(db, new EmailMessage("test", "a@example.org", "Once", "Body"), deduplicationKey: "outcome-1:a@example.org");
            await db.SaveChangesAsync();
        }

        await using var again = factory.Create();
        outbox.Add(again, new EmailMessage("test", "a@example.org", "Once", "Body"), deduplicationKey: "outcome-1:a@example.org");

        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    [Fact]
    public async Task MessageThatNeverGoesThrough_IsMarkedFailedAfterTheLastAttemptAndLogged()
    {
        using var down = SmtpTestServer.Reserve();
        await using var app = await StartAsync(TestDatabase.Sqlite, down, maxAttempts: 2);

        var id = await EnqueueAsync(app, new EmailMessage("test", "lee@example.org", "Never arrives", "Body"));

        await Eventually(async () => (await FindAsync(app, id)).FailedAt is not null);
        var message = await FindAsync(app, id);
        Assert.Equal(2, message.Attempts);
        Assert.Null(message.SentAt);
        Assert.NotNull(message.LastError);

        // The sender marks the message failed, then logs: the line can land a moment after the row changes.
        await Eventually(() => _logs.Entries.Any(entry => entry.Level == LogLevel.Error && entry.Message.Contains("Gave up sending", StringComparison.Ordinal)));
    }

    [Fact]
    public void HeaderWithALineBreak_IsRefusedBeforeItIsQueued()
    {
        var outbox = new Outbox(new WakeSignal<OutboxSender>(), new StuckTransport(), TimeProvider.System);
        var message = new EmailMessage("test", "a@example.org", "S", "B") { Headers = new Dictionary<string, string> { ["X-Test"] = "a\r\nBcc: victim@example.org" } };

        using var db = new SqliteCoProDbContext(new DbContextOptionsBuilder<SqliteCoProDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.Throws<ArgumentException>(() => outbox.Add(db, message));
        Assert.Empty(db.ChangeTracker.Entries());
    }

    private async Task<WebApplication> StartAsync(string provider, SmtpTestServer? smtp = null, string? mailDirectory = null, int maxAttempts = 20, IEmailTransport? transport = null)
    {
        _database ??= await TestDatabase.CreateAsync(provider);
        var settings = new Dictionary<string, string?>(_database.Settings)
        {
            ["CoProWidgets:ContentPath"] = _content,
            ["CoProWidgets:Email:From"] = "co-production@example.org",
            ["CoProWidgets:Email:PickupDirectory"] = mailDirectory ?? _mail,
            ["CoProWidgets:Email:PollInterval"] = "00:00:00.200",
            ["CoProWidgets:Email:RetryDelay"] = "00:00:00.100",
            ["CoProWidgets:Email:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (smtp is not null)
        {
            settings["CoProWidgets:Email:Smtp:Host"] = "127.0.0.1";
            settings["CoProWidgets:Email:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["CoProWidgets:Email:Smtp:Security"] = "None";
            settings["CoProWidgets:Email:Smtp:Timeout"] = "00:00:05";
        }

        return await LibraryHost.StartAsync(settings, services => { if (transport is not null) { services.AddSingleton(transport); } }, _logs);
    }

    /// <summary>A mail server that takes the message and never answers, until the host stops.</summary>
    private sealed class StuckTransport : IEmailTransport
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Description => "a server that never answers";

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }

    private static async Task<Guid> EnqueueAsync(WebApplication app, EmailMessage message)
    {
        var outbox = app.Services.GetRequiredService<Outbox>();
        await using var db = app.Services.GetRequiredService<CoProDbContextFactory>().Create();
        var entry = outbox.Add(db, message);
        await db.SaveChangesAsync();
        outbox.Notify();
        return entry.Id;
    }

    private static async Task<OutboxMessage> FindAsync(WebApplication app, Guid id)
    {
        await using var db = app.Services.GetRequiredService<CoProDbContextFactory>().Create();
        return await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private Task Eventually(Func<bool> condition) => Eventually(() => Task.FromResult(condition()));

    private async Task Eventually(Func<Task<bool>> condition)
    {
        try
        {
            await Wait.UntilAsync(condition, TimeSpan.FromSeconds(20));
        }
        catch (Exception ex) when (ex is Xunit.Sdk.XunitException)
        {
            // Say what the sender logged: that is what an operator would look at.
            var log = string.Join(Environment.NewLine, _logs.Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message).TakeLast(5));
            throw new Xunit.Sdk.XunitException($"{ex.Message}{Environment.NewLine}Last warnings:{Environment.NewLine}{log}");
        }
    }
}
