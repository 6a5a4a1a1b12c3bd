using System.Security.Claims;
using System.Text;
using CoProWidgets.Audit;
using CoProWidgets.Email;
using CoProWidgets.GetInvolved;
using CoProWidgets.IntegrationTests.GetInvolved;
using CoProWidgets.Retention;
using CoProWidgets.Storage;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoProWidgets.IntegrationTests.Retention;

/// <summary>
/// Personal data is kept no longer than promised: pending sign-ups go when their link expires, sent mail after its
/// keeping time, an erased person's pickup files with them, and on SQLite nothing deleted stays in the file.
/// </summary>
public sealed class RetentionTests : IAsyncDisposable
{
    private static readonly Uri s_site = new("https://healthwatch.example/");
    private readonly string _content = LibraryHost.EmptyContentFolder();
    private readonly string _mail = Directory.CreateTempSubdirectory("copro-mail-").FullName;
    private readonly FixedTime _time = FixedTime.At("2026-12-01T09:00:00Z");
    private TestDatabase? _database;
    private WebApplication? _app;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Directory.Delete(_content, recursive: true);
        Directory.Delete(_mail, recursive: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PendingSignUp_IsDeletedWhenItsLinkExpires_WithItsEmailAndPickupFile_ButNoSooner(string provider)
    {
        var service = await StartAsync(provider);
        await service.Journey.SubmitAsync(Request("pending@example.org"), s_site);
        await service.Journey.SubmitAsync(Request("kept@example.org"), s_site);
        await ConfirmAsync(service, "kept@example.org");
        await HttpClientExtensions.Eventually(() => Task.FromResult(Directory.GetFiles(_mail, "*.eml").Length == 3));

        _time.Now += SignUpTokens.ConfirmationLifetime - TimeSpan.FromMinutes(1);
        Assert.Equal((0, 0), await Retention.RunOnceAsync(CancellationToken.None));

        _time.Now += TimeSpan.FromMinutes(2);
        Assert.Equal((1, 0), await Retention.RunOnceAsync(CancellationToken.None));

        Assert.Equal(["kept@example.org"], (await SignUpsAsync()).Select(s => s.Email));
        await using var db = Contexts.Create();
        Assert.DoesNotContain(await db.Outbox.Select(m => m.Recipient).ToListAsync(), recipient => recipient == "pending@example.org");
        Assert.Equal(2, Directory.GetFiles(_mail, "*.eml").Length);
        Assert.DoesNotContain(Directory.GetFiles(_mail, "*.eml"), file => File.ReadAllText(file).Contains("pending@example.org", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SentMessages_ArePrunedAfterTheirKeepingTime_WithTheirPickupFiles()
    {
        var service = await StartAsync(TestDatabase.Sqlite, keepSentFor: "10.00:00:00");
        await service.Journey.SubmitAsync(Request("kit@example.org"), s_site);
        await ConfirmAsync(service, "kit@example.org");
        await HttpClientExtensions.Eventually(async () =>
        {
            await using var db = Contexts.Create();
            return await db.Outbox.CountAsync(m => m.SentAt != null) == 2;
        });

        _time.Now += TimeSpan.FromDays(9);
        Assert.Equal((0, 0), await Retention.RunOnceAsync(CancellationToken.None));
        _time.Now += TimeSpan.FromDays(2);
        Assert.Equal((0, 2), await Retention.RunOnceAsync(CancellationToken.None));

        await using var after = Contexts.Create();
        Assert.Empty(await after.Outbox.ToListAsync());
        Assert.Empty(Directory.GetFiles(_mail));
        Assert.Single(await SignUpsAsync());
    }

    [Fact]
    public async Task Erasing_DeletesThePickupFiles_AndLeavesNothingOfThePersonInTheSqliteFile()
    {
        var service = await StartAsync(TestDatabase.Sqlite);
        const string Marker = "Zebedee Quartermaine";
        await service.Journey.SubmitAsync(Request("zq@example.org") with { Name = Marker, ByPost = true, PostalAddress = "17 Quartermaine Row" }, s_site);
        await ConfirmAsync(service, "zq@example.org");
        await HttpClientExtensions.Eventually(() => Task.FromResult(Directory.GetFiles(_mail, "*.eml").Length == 2));
        Assert.Contains(Directory.GetFiles(_mail), file => File.ReadAllText(file).Contains("zq@example.org", StringComparison.Ordinal));
        var signUp = Assert.Single(await SignUpsAsync());
        var manage = _app!.Services.GetRequiredService<SignUpTokens>().Create(SignUpLinkPurpose.Manage, signUp.Id, signUp.ManageNonce);

        Assert.Equal(SignUpLinkResult.Done, await service.Links.EraseAsync(manage));

        Assert.Empty(Directory.GetFiles(_mail));
        var file = Contexts.SqliteFile!;
        foreach (var path in new[] { file, file + "-wal" }.Where(File.Exists))
        {
            var bytes = await ReadSharedAsync(path);
            foreach (var text in new[] { Marker, "zq@example.org", "Quartermaine Row" })
            {
                Assert.True(IndexOf(bytes, Encoding.UTF8.GetBytes(text)) < 0, $"'{text}' is still in {Path.GetFileName(path)}");
            }
        }
    }

    [Fact]
    public async Task AuditEntries_AreDeletedAfterTheirKeepingTime_ButNoSooner()
    {
        await StartAsync(TestDatabase.Sqlite);
        var audit = _app!.Services.GetRequiredService<AuditLog>();
        var staff = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "sam")], "test"));
        await audit.RecordAsync(staff, AuditActions.ResponsesExported, "survey s");
        _time.Now += TimeSpan.FromDays(700);
        await audit.RecordAsync(staff, AuditActions.EmailRetried, "email 1");

        _time.Now += TimeSpan.FromDays(29);
        await Retention.RunOnceAsync(CancellationToken.None);
        Assert.Equal(2, await Contexts.Create().AuditLog.CountAsync());

        _time.Now += TimeSpan.FromDays(2);
        await Retention.RunOnceAsync(CancellationToken.None);
        Assert.Equal(AuditActions.EmailRetried, (await Contexts.Create().AuditLog.SingleAsync()).Action);
    }

    private RetentionService Retention => _app!.Services.GetServices<IHostedService>().OfType<RetentionService>().Single();

    private CoProDbContextFactory Contexts => _app!.Services.GetRequiredService<CoProDbContextFactory>();

    private static SignUpRequest Request(string email) =>
        new(email, null, ["gp-access"], ByEmail: true, ByPhone: false, ByPost: false, Phone: null, PostalAddress: null, "v1", "web form");

    private async Task<OutboxMessage> ConfirmAsync(SignUpParts service, string email)
    {
        var signUp = (await SignUpsAsync()).Single(s => s.Email == email);
        var token = _app!.Services.GetRequiredService<SignUpTokens>().Create(SignUpLinkPurpose.Confirm, signUp.Id, signUp.ConfirmationNonce);
        Assert.Equal(SignUpLinkResult.Done, await service.Journey.ConfirmAsync(token, s_site));
        await using var db = Contexts.Create();
        return await db.Outbox.SingleAsync(m => m.Recipient == email && m.Kind == SignUpEmails.WelcomeKind);
    }

    private async Task<List<SignUp>> SignUpsAsync()
    {
        await using var db = Contexts.Create();
        return await db.SignUps.AsNoTracking().ToListAsync();
    }

    private async Task<SignUpParts> StartAsync(string provider, string keepSentFor = "30.00:00:00")
    {
        _database = await TestDatabase.CreateAsync(provider);
        var settings = new Dictionary<string, string?>(_database.Settings)
        {
            ["CoProWidgets:ContentPath"] = _content,
            ["CoProWidgets:Email:PickupDirectory"] = _mail,
            ["CoProWidgets:Email:KeepSentFor"] = keepSentFor,
            ["CoProWidgets:Email:PollInterval"] = "00:00:01",
        };
        _app = await LibraryHost.StartAsync(settings, services => services.AddSingleton<TimeProvider>(_time));
        return SignUpParts.From(_app.Services);
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
