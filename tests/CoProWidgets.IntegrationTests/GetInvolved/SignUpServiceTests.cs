using System.Text.RegularExpressions;
using CoProWidgets.Email;
using CoProWidgets.GetInvolved;
using CoProWidgets.Storage;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.GetInvolved;

/// <summary>The double opt-in journey on real storage: sign up, confirm, unsubscribe, erase, under concurrency.</summary>
public sealed partial class SignUpServiceTests : IAsyncDisposable
{
    private static readonly Uri s_site = new("https://healthwatch.example/");

    private readonly string _content = LibraryHost.EmptyContentFolder();
    private readonly string _mail = Directory.CreateTempSubdirectory("copro-mail-").FullName;
    private readonly ShiftableTime _time = new();
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
    public async Task Journey_SignUpConfirmUnsubscribeErase_KeepsOnlyWhatIsConsentedTo(string provider)
    {
        var service = await StartAsync(provider);

        await service.Journey.SubmitAsync(Request("Sam.Jones@Example.org", name: "Sam"), s_site);

        var pending = await SingleSignUpAsync();
        Assert.Equal(SignUpStatus.Pending, pending.Status);
        Assert.Equal("sam.jones@example.org", pending.EmailKey);
        Assert.Equal("Sam.Jones@Example.org", pending.Email);
        Assert.Equal(["gp-access", "mental-health"], pending.AreaList);
        Assert.Equal("consent-v1", pending.ConsentVersion);
        Assert.Equal("web form", pending.ConsentMethod);
        var confirm = Assert.Single(await MessagesAsync(SignUpEmails.ConfirmKind));
        Assert.Null(confirm.Headers);
        var confirmToken = Token(confirm, "confirm");

        Assert.Equal(SignUpLinkResult.Done, await service.Journey.ConfirmAsync(confirmToken, s_site));
        Assert.Equal(SignUpStatus.Confirmed, (await SingleSignUpAsync()).Status);
        var welcome = Assert.Single(await MessagesAsync(SignUpEmails.WelcomeKind));
        Assert.Contains("List-Unsubscribe: <https://healthwatch.example/copro/get-involved/unsubscribe?token=", welcome.Headers, StringComparison.Ordinal);
        Assert.Contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click", welcome.Headers, StringComparison.Ordinal);
        Assert.Contains("https://healthwatch.example/copro/get-involved/preferences?token=", welcome.TextBody, StringComparison.Ordinal);

        var unsubscribe = Token(welcome, "unsubscribe");
        Assert.Equal(SignUpLinkResult.Done, await service.Links.UnsubscribeAsync(unsubscribe));
        Assert.Equal(SignUpLinkResult.AlreadyDone, await service.Links.UnsubscribeAsync(unsubscribe));
        Assert.Equal(SignUpStatus.Unsubscribed, (await SingleSignUpAsync()).Status);

        Assert.Equal(SignUpLinkResult.Done, await service.Links.EraseAsync(Token(welcome, "preferences")));
        await using var db = Contexts.Create();
        Assert.Empty(await db.SignUps.ToListAsync());
        Assert.Empty(await db.Outbox.Where(m => m.Recipient == "Sam.Jones@Example.org").ToListAsync());
        Assert.Equal(SignUpLinkResult.Invalid, await service.Links.UnsubscribeAsync(unsubscribe));
    }

    [Fact]
    public async Task ConfirmationLink_WorksOnceAndOnlyUnaltered()
    {
        var service = await StartAsync(TestDatabase.Sqlite);
        await service.Journey.SubmitAsync(Request("kim@example.org"), s_site);
        var token = Token(Assert.Single(await MessagesAsync(SignUpEmails.ConfirmKind)), "confirm");

        Assert.Equal(SignUpLinkResult.Invalid, await service.Journey.ConfirmAsync(Tampered(token), s_site));
        Assert.Equal(SignUpLinkResult.Invalid, await service.Journey.ConfirmAsync(null, s_site));
        Assert.Equal(SignUpLinkResult.Invalid, await service.Links.UnsubscribeAsync(token));
        Assert.Equal(SignUpLinkResult.Done, await service.Journey.ConfirmAsync(token, s_site));
        Assert.Equal(SignUpLinkResult.AlreadyDone, await service.Journey.ConfirmAsync(token, s_site));
        Assert.Single(await MessagesAsync(SignUpEmails.WelcomeKind));
    }

    [Fact]
    public async Task ConfirmationLink_AfterSevenDays_NoLongerWorks()
    {
        var service = await StartAsync(TestDatabase.Sqlite);
        await service.Journey.SubmitAsync(Request("lee@example.org"), s_site);
        var token = Token(Assert.Single(await MessagesAsync(SignUpEmails.ConfirmKind)), "confirm");

        _time.Shift(SignUpTokens.ConfirmationLifetime + TimeSpan.FromMinutes(1));

        Assert.Equal(SignUpLinkResult.Invalid, await service.Journey.ConfirmAsync(token, s_site));
        Assert.Equal(SignUpStatus.Pending, (await SingleSignUpAsync()).Status);
    }

    [Fact]
    public async Task SubmittingTheSameAgain_WhilePending_SendsNoSecondEmailWithinTheWindow()
    {
        var service = await StartAsync(TestDatabase.Sqlite);

        await service.Journey.SubmitAsync(Request("ash@example.org"), s_site);
        await service.Journey.SubmitAsync(Request("ASH@example.org"), s_site);

        Assert.Single(await MessagesAsync(SignUpEmails.ConfirmKind));
        _time.Shift(UnaskedEmails.ResendWindow);
        await service.Journey.SubmitAsync(Request("ash@example.org"), s_site);
        Assert.Equal(2, (await MessagesAsync(SignUpEmails.ConfirmKind)).Count);
    }

    [Fact]
    public async Task ChangedWish_WhilePending_GetsANewConfirmationLink_AndTheOldOneStopsWorking()
    {
        var service = await StartAsync(TestDatabase.Sqlite);
        await service.Journey.SubmitAsync(Request("ash@example.org"), s_site);
        var old = Token(Assert.Single(await MessagesAsync(SignUpEmails.ConfirmKind)), "confirm");

        await service.Journey.SubmitAsync(Request("ash@example.org", areas: ["care-homes"]), s_site);

        Assert.Equal(["care-homes"], (await SingleSignUpAsync()).AreaList);
        var messages = await MessagesAsync(SignUpEmails.ConfirmKind);
        Assert.Equal(2, messages.Count);
        var fresh = Token(messages.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Last(), "confirm");
        Assert.Equal(SignUpLinkResult.Invalid, await service.Journey.ConfirmAsync(old, s_site));
        Assert.Equal(SignUpLinkResult.Done, await service.Journey.ConfirmAsync(fresh, s_site));
        Assert.Equal(["care-homes"], (await SingleSignUpAsync()).AreaList);
    }

    [Fact]
    public async Task ConfirmationEmail_HoldsNothingTheVisitorTyped()
    {
        var service = await StartAsync(TestDatabase.Sqlite);

        await service.Journey.SubmitAsync(Request("victim@example.org", name: "Visit evil.example to win") with { ByPost = true, PostalAddress = "1 Scam Street" }, s_site);

        var confirm = Assert.Single(await MessagesAsync(SignUpEmails.ConfirmKind));
        Assert.DoesNotContain("evil", confirm.TextBody + confirm.HtmlBody + confirm.Subject, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Scam", confirm.TextBody + confirm.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith("Hello,", confirm.TextBody.TrimStart(), StringComparison.Ordinal);
    }

    private CoProDbContextFactory Contexts => _app!.Services.GetRequiredService<CoProDbContextFactory>();

    /// <summary>Signs an address up and confirms it; returns the welcome email, with its links.</summary>
    private async Task<OutboxMessage> ConfirmedAsync(SignUpParts service, string email, string? name = null)
    {
        await service.Journey.SubmitAsync(Request(email, name: name), s_site);
        var confirm = (await MessagesAsync(SignUpEmails.ConfirmKind)).Single(m => m.Recipient == email);
        Assert.Equal(SignUpLinkResult.Done, await service.Journey.ConfirmAsync(Token(confirm, "confirm"), s_site));
        return (await MessagesAsync(SignUpEmails.WelcomeKind)).Single(m => m.Recipient == email);
    }

    private async Task<List<SignUp>> SignUpsAsync()
    {
        await using var db = Contexts.Create();
        return await db.SignUps.AsNoTracking().ToListAsync();
    }

    private static SignUpRequest Request(string email, string[]? areas = null, string? name = null) =>
        new(email, name, areas ?? ["gp-access", "mental-health"], ByEmail: true, ByPhone: false, ByPost: false, Phone: null, PostalAddress: null, "consent-v1", "web form");

    private async Task<SignUpParts> StartAsync(string provider, params (string Key, string Value)[] more)
    {
        _database = await TestDatabase.CreateAsync(provider);
        var settings = new Dictionary<string, string?>(_database.Settings)
        {
            ["CoProWidgets:ContentPath"] = _content,
            ["CoProWidgets:Email:From"] = "co-production@healthwatch.example",
            ["CoProWidgets:Email:PickupDirectory"] = _mail,
            // These tests read what was queued; the sender is covered by the outbox tests.
            ["CoProWidgets:Email:PollInterval"] = "01:00:00",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        _app = await LibraryHost.StartAsync(settings, services => services.AddSingleton<TimeProvider>(_time));
        return SignUpParts.From(_app.Services);
    }

    private async Task<SignUp> SingleSignUpAsync()
    {
        await using var db = Contexts.Create();
        return Assert.Single(await db.SignUps.AsNoTracking().ToListAsync());
    }

    private async Task<List<OutboxMessage>> MessagesAsync(string kind)
    {
        await using var db = Contexts.Create();
        return await db.Outbox.AsNoTracking().Where(m => m.Kind == kind).ToListAsync();
    }

    /// <summary>
    /// Changes one character in the middle of a token. (Changing the last characters can leave the decoded bytes the
    /// same, because the final base64 character carries padding bits.)
    /// </summary>
    private static string Tampered(string token)
    {
        var middle = token.Length / 2;
        return string.Concat(token.AsSpan(0, middle), token[middle] == 'A' ? "B" : "A", token.AsSpan(middle + 1));
    }

    private static string Token(OutboxMessage message, string action)
    {
        var match = Link().Match(message.TextBody + "\n" + message.Headers);
        var found = match;
        while (found.Success && found.Groups[1].Value != action)
        {
            found = found.NextMatch();
        }

        Assert.True(found.Success, $"No {action} link in: {message.TextBody}");
        return Uri.UnescapeDataString(found.Groups[2].Value);
    }

    [GeneratedRegex(@"https://healthwatch\.example/copro/get-involved/(confirm|preferences|unsubscribe)\?token=([A-Za-z0-9%_\-]+)")]
    private static partial Regex Link();

    /// <summary>The system clock, moved forward on demand, so expiry can be tested without waiting a week.</summary>
    private sealed class ShiftableTime : TimeProvider
    {
        private TimeSpan _offset;

        public void Shift(TimeSpan by) => _offset += by;

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;
    }
}
