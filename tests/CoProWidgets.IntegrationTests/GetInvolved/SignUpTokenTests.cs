using CoProWidgets.GetInvolved;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.GetInvolved;

/// <summary>Links in emails are signed with a key ring kept in the CoProWidgets database.</summary>
public sealed class SignUpTokenTests : IAsyncDisposable
{
    private readonly string _content = LibraryHost.EmptyContentFolder();
    private readonly List<TestDatabase> _databases = [];

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }

        Directory.Delete(_content, recursive: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LinkMadeOnOneServer_WorksOnAnotherSharingTheDatabaseAndAfterARestart(string provider)
    {
        var database = await CreateDatabaseAsync(provider);
        var id = Guid.NewGuid();
        string token;
        await using (var first = await StartAsync(database))
        {
            token = Tokens(first).Create(SignUpLinkPurpose.Confirm, id, "nonce-1");
            await using var second = await StartAsync(database);
            AssertReads(second, token, id);
        }

        await using var restarted = await StartAsync(database);
        AssertReads(restarted, token, id);
    }

    [Fact]
    public async Task LinkMadeForAnotherSite_DoesNotWork()
    {
        await using var one = await StartAsync(await CreateDatabaseAsync(TestDatabase.Sqlite));
        await using var other = await StartAsync(await CreateDatabaseAsync(TestDatabase.Sqlite));

        var token = Tokens(one).Create(SignUpLinkPurpose.Manage, Guid.NewGuid(), "nonce");

        Assert.False(Tokens(other).TryRead(SignUpLinkPurpose.Manage, token, out _, out _));
        Assert.True(Tokens(one).TryRead(SignUpLinkPurpose.Manage, token, out _, out _));
    }

    private static void AssertReads(WebApplication app, string token, Guid id)
    {
        Assert.True(Tokens(app).TryRead(SignUpLinkPurpose.Confirm, token, out var readId, out var nonce));
        Assert.Equal(id, readId);
        Assert.Equal("nonce-1", nonce);
    }

    private static SignUpTokens Tokens(WebApplication app) => app.Services.GetRequiredService<SignUpTokens>();

    private async Task<TestDatabase> CreateDatabaseAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        _databases.Add(database);
        return database;
    }

    private Task<WebApplication> StartAsync(TestDatabase database) =>
        LibraryHost.StartAsync(new Dictionary<string, string?>(database.Settings)
        {
            ["CoProWidgets:ContentPath"] = _content,
            ["CoProWidgets:Email:PollInterval"] = "01:00:00",
        });
}
