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

        await service.SubmitAsync(Request("Sam.Jones@Example.org", name: "Sam"), s_site);

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

        Assert.Equal(SignUpLinkResult.Done, await service.ConfirmAsync(confirmToken, s_site));
        Assert.Equal(SignUpStatus.Confirmed, (await SingleSignUpAsync()).Status);
        var welcome = Assert.Single(await MessagesAsync(SignUpEmails.WelcomeKind));
        Assert.Contains("List-Unsubscribe: <https://healthwatch.example/copro/get-involved/unsubscribe?token=", welcome.Headers, StringComparison.Ordinal);
        Assert.Contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click", welcome.Headers, StringComparison.Ordinal);
        Assert.Contains("https://healthwatch.example/copro/get-involved/preferences?token=", welcome.TextBody, StringComparison.Ordinal);

        var unsubscribe = Token(welcome, "unsubscribe");
        Assert.Equal(SignUpLinkResult.Done, await service.UnsubscribeAsync(unsubscribe));
        Assert.Equal(SignUpLinkResult.AlreadyDone, await service.UnsubscribeAsync(unsubscribe));
        Assert.Equal(SignUpStatus.Unsubscribed, (await SingleSignUpAsync()).Status);

        Assert.Equal(SignUpLinkResult.Done, await service.EraseAsync(Token(welcome, "preferences")));
        await using var db = Contexts.Create();
        Assert.Empty(await db.SignUps.ToListAsync());
        Assert.Empty(await db.Outbox.Where(m => m.Recipient == "Sam.Jones@Example.org").ToListAsync());
        Assert.Equal(SignUpLinkResult.Invalid, await service.UnsubscribeAsync(unsubscribe));
    }

    [Fact]
    public async Task ConfirmationLink_WorksOnceAndOnlyUnaltered()
    {
        var service = await StartAsync(TestDatabase.Sqlite);
        await service.SubmitAsync(Request("kim@example.org"), s_site);
        var token = Token(Assert.Single(await MessagesAsync(SignUpEmails.ConfirmKind)), "confirm");

        Assert.Equal(SignUpLinkResult.Invalid, await service.ConfirmAsync(Tampered(token), s_site));
        Assert.Equal(SignUpLinkResult.Invalid, await service.ConfirmAsync(null, s_site));
        Assert.Equal(SignUpLinkResult.Invalid, await service.UnsubscribeAsync(token));
        Assert.Equal(SignUpLinkResult.Done, await service.ConfirmAsync(token, s_site));
        Assert.Equal(SignUpLinkResult.AlreadyDone, await service.ConfirmAsync(token, s_site));
        Assert.Single(await MessagesAsync(SignUpEmails.WelcomeKind));
    }

    [Fact]
    public async Task ConfirmationLink_AfterSevenDays_NoLongerWorks()
    {
        var service = await StartAsync(TestDatabase.Sqlite);
        await service.SubmitAsync(Request("lee@example.org"), s_site);
        var token = Token(Assert.Single(await MessagesAsync(SignUpEmails.ConfirmKind)), "confirm");

        _time.Shift(SignUpTokens.ConfirmationLifetime + TimeSpan.FromMinutes(1));

        Assert.Equal(SignUpLinkResult.Invalid, await service.ConfirmAsync(token, s_site));
        Assert.Equal(SignUpStatus.Pending, (await SingleSignUpAsync()).Status);
    }

    [Fact]
    public async Task SubmittingTheSameAgain_WhilePending_SendsNoSecondEmailWithinTheWindow()
    {
        var service = await StartAsync(TestDatabase.Sqlite);

        await service.SubmitAsync(Request("ash@example.org"), s_site);
        await service.SubmitAsync(Request("ASH@example.org"), s_site);

        Assert.Single(await MessagesAsync(SignUpEmails.ConfirmKind));
        _time.Shift(SignUpService.ResendWindow);
        await service.SubmitAsync(Request("ash@example.org"), s_site);
        Assert.Equal(2, (await MessagesAsync(SignUpEmails.ConfirmKind)).Count);
    }

    [Fact]
    public async Task ChangedWish_WhilePending_GetsANewConfirmationLink_AndTheOldOneStopsWorking()
    {
        var service = await StartAsync(TestDatabase.Sqlite);
        await service.SubmitAsync(Request("ash@example.org"), s_site);
        var old = Token(Assert.Single(await MessagesAsync(SignUpEmails.ConfirmKind)), "confirm");

        await service.SubmitAsync(Request("ash@example.org", areas: ["care-homes"]), s_site);

        Assert.Equal(["care-homes"], (await SingleSignUpAsync()).AreaList);
        var messages = await MessagesAsync(SignUpEmails.ConfirmKind);
        Assert.Equal(2, messages.Count);
        var fresh = Token(messages.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Last(), "confirm");
        Assert.Equal(SignUpLinkResult.Invalid, await service.ConfirmAsync(old, s_site));
        Assert.Equal(SignUpLinkResult.Done, await service.ConfirmAsync(fresh, s_site));
        Assert.Equal(["care-homes"], (await SingleSignUpAsync()).AreaList);
    }

    [Fact]
    public async Task ConfirmationEmail_HoldsNothingTheVisitorTyped()
    {
        var service = await StartAsync(TestDatabase.Sqlite);

        await service.SubmitAsync(Request("victim@example.org", name: "Visit evil.example to win") with { ByPost = true, PostalAddress = "1 Scam Street" }, s_site);

        var confirm = Assert.Single(await MessagesAsync(SignUpEmails.ConfirmKind));
        Assert.DoesNotContain("evil", confirm.TextBody + confirm.HtmlBody + confirm.Subject, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Scam", confirm.TextBody + confirm.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith("Hello,", confirm.TextBody.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousPost_ForAnUnsubscribedPerson_ChangesNothingAndSendsNothing()
    {
        var service = await StartAsync(TestDatabase.Sqlite);
        var welcome = await ConfirmedAsync(service, "lou@example.org", name: "Lou");
        await service.UnsubscribeAsync(Token(welcome, "unsubscribe"));
        var before = await SingleSignUpAsync();
        _time.Shift(TimeSpan.FromDays(2));

        await service.SubmitAsync(Request("LOU@example.org", areas: ["care-homes"], name: "Someone else"), s_site);

        var after = await SingleSignUpAsync();
        Assert.Equal(SignUpStatus.Unsubscribed, after.Status);
        Assert.Equal(before.UnsubscribedAt, after.UnsubscribedAt);
        Assert.Equal(before.ConsentedAt, after.ConsentedAt);
        Assert.Equal("Lou", after.Name);
        Assert.Equal(before.Areas, after.Areas);
        Assert.Single(await MessagesAsync(SignUpEmails.ConfirmKind));
        Assert.Empty(await MessagesAsync(SignUpEmails.AlreadySignedUpKind));
    }

    [Fact]
    public async Task AnonymousPost_ForAConfirmedPerson_NeverReStampsTheirConsent()
    {
        var service = await StartAsync(TestDatabase.Sqlite);
        await ConfirmedAsync(service, "mo@example.org", name: "Mo");
        var before = await SingleSignUpAsync();
        _time.Shift(TimeSpan.FromDays(1));

        await service.SubmitAsync(Request("mo@example.org", areas: ["care-homes"], name: "Not Mo") with { ConsentVersion = "consent-v2", ConsentMethod = "forged" }, s_site);

        var after = await SingleSignUpAsync();
        Assert.Equal(before.ConsentedAt, after.ConsentedAt);
        Assert.Equal("consent-v1", after.ConsentVersion);
        Assert.Equal("web form", after.ConsentMethod);
        Assert.Equal("Mo", after.Name);
    }

    [Fact]
    public async Task UnsubscribedPerson_StartsAgainOnlyThroughTheirOwnPreferencesLink()
    {
        var service = await StartAsync(TestDatabase.Sqlite);
        var welcome = await ConfirmedAsync(service, "kit@example.org");
        Assert.Equal(SignUpLinkResult.Done, await service.UnsubscribeAsync(Token(welcome, "unsubscribe")));

        Assert.Equal(SignUpLinkResult.Invalid, await service.ResubscribeAsync(Token(welcome, "unsubscribe"), "consent-v2"));
        Assert.Equal(SignUpLinkResult.Done, await service.ResubscribeAsync(Token(welcome, "preferences"), "consent-v2"));

        var signUp = await SingleSignUpAsync();
        Assert.Equal(SignUpStatus.Confirmed, signUp.Status);
        Assert.Null(signUp.UnsubscribedAt);
        Assert.Equal("consent-v2", signUp.ConsentVersion);
        Assert.Equal("preferences page, asked to hear again", signUp.ConsentMethod);
    }

    [Fact]
    public async Task UnsubscribeLink_CanOnlyUnsubscribe()
    {
        var service = await StartAsync(TestDatabase.Sqlite);
        var welcome = await ConfirmedAsync(service, "ray@example.org");
        var unsubscribe = Token(welcome, "unsubscribe");

        Assert.Null(await service.FindManagedAsync(unsubscribe));
        Assert.Equal(SignUpLinkResult.Invalid, await service.EraseAsync(unsubscribe));
        Assert.Equal(SignUpLinkResult.Invalid, await service.UpdatePreferencesAsync(unsubscribe, Request("ray@example.org").Preferences));
        Assert.Equal(SignUpLinkResult.Done, await service.UnsubscribeAsync(unsubscribe));
        Assert.Single(await SignUpsAsync());
    }

    [Fact]
    public async Task NewLink_ForAConfirmedAddress_IsSent_AndOlderPreferenceLinksStopWorking_ButOlderUnsubscribeLinksStillWork()
    {
        var service = await StartAsync(TestDatabase.Sqlite);
        var welcome = await ConfirmedAsync(service, "di@example.org");

        await service.SendNewLinkAsync("DI@example.org", s_site);

        var fresh = Assert.Single(await MessagesAsync(SignUpEmails.NewLinkKind));
        Assert.Equal("di@example.org", fresh.Recipient);
        Assert.Null(await service.FindManagedAsync(Token(welcome, "preferences")));
        Assert.True(await service.IsUnsubscribeLinkValidAsync(Token(welcome, "unsubscribe")));
        Assert.NotNull(await service.FindManagedAsync(Token(fresh, "preferences")));
        Assert.True(await service.IsUnsubscribeLinkValidAsync(Token(fresh, "unsubscribe")));

        // The unsubscribe link in the first email, after a second new link, still does what it says.
        _time.Shift(TimeSpan.FromHours(1));
        await service.SendNewLinkAsync("di@example.org", s_site);
        Assert.Equal(SignUpLinkResult.Done, await service.UnsubscribeAsync(Token(welcome, "unsubscribe")));
    }

    [Fact]
    public async Task NewLink_ForAnAddressThatIsNotConfirmed_SendsNothing()
    {
        var service = await StartAsync(TestDatabase.Sqlite);
        await service.SubmitAsync(Request("pending@example.org"), s_site);
        var welcome = await ConfirmedAsync(service, "gone@example.org");
        await service.UnsubscribeAsync(Token(welcome, "unsubscribe"));

        await service.SendNewLinkAsync("pending@example.org", s_site);
        await service.SendNewLinkAsync("gone@example.org", s_site);
        await service.SendNewLinkAsync("nobody@example.org", s_site);

        Assert.Empty(await MessagesAsync(SignUpEmails.NewLinkKind));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OneAddress_GetsAtMostThreeEmailsIn24Hours_WhateverIsPosted_EvenAllAtOnce(string provider)
    {
        var service = await StartAsync(provider);

        // Different wishes each time, so no double-click rule holds them back: only the cap does.
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(() => service.SubmitAsync(Request("target@example.org", name: $"N{i}"), s_site))));
        for (var i = 0; i < 5; i++)
        {
            _time.Shift(TimeSpan.FromHours(1));
            await service.SubmitAsync(Request("target@example.org", name: $"later {i}"), s_site);
            await service.SendNewLinkAsync("target@example.org", s_site);
        }

        Assert.Equal(3, (await MessagesAsync(SignUpEmails.ConfirmKind)).Count);
        var last = (await MessagesAsync(SignUpEmails.ConfirmKind)).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Last();

        // The last link sent still confirms: over the cap nothing changed that it would not match.
        Assert.Equal(SignUpLinkResult.Done, await service.ConfirmAsync(Token(last, "confirm"), s_site));

        _time.Shift(SignUpService.CapWindow);
        await service.SubmitAsync(Request("target@example.org"), s_site);
        Assert.Single(await MessagesAsync(SignUpEmails.AlreadySignedUpKind));
    }

    [Fact]
    public async Task TheCap_IsASetting()
    {
        var service = await StartAsync(TestDatabase.Sqlite, ("CoProWidgets:Email:MaxPerAddressPerDay", "1"));

        await service.SubmitAsync(Request("one@example.org"), s_site);
        await service.SubmitAsync(Request("one@example.org", name: "Changed"), s_site);

        Assert.Single(await MessagesAsync(SignUpEmails.ConfirmKind));
        Assert.Null((await SingleSignUpAsync()).Name);
    }

    [Theory]
    [InlineData("ｓam@example.org")]
    [InlineData("sam@ｅxample.org")]
    [InlineData(" SAM@example.org ")]
    public async Task LookAlikeAddress_IsTheSamePerson_AndCannotStartASecondRecord(string lookAlike)
    {
        var service = await StartAsync(TestDatabase.Sqlite);
        await ConfirmedAsync(service, "sam@example.org", name: "Sam");

        await service.SubmitAsync(Request(lookAlike, name: "Impostor"), s_site);

        var signUp = await SingleSignUpAsync();
        Assert.Equal("Sam", signUp.Name);
        var told = Assert.Single(await MessagesAsync(SignUpEmails.AlreadySignedUpKind));
        Assert.Equal("sam@example.org", told.Recipient);
    }

    [Theory]
    [InlineData("user@[10.0.0.5]")]
    [InlineData("user@10.0.0.5")]
    [InlineData("user@[IPv6:2001:db8::1]")]
    public async Task AddressLiteral_IsRefused(string email)
    {
        var service = await StartAsync(TestDatabase.Sqlite);

        Assert.False(SignUpService.IsPlainAddress(SignUpService.NormalizeEmail(email)));
        await Assert.ThrowsAsync<ArgumentException>(() => service.SubmitAsync(Request(email), s_site));
        Assert.Empty(await SignUpsAsync());
    }

    [Fact]
    public async Task SubmittingAgain_WhenConfirmed_ChangesNothingAndTellsThePersonPrivately()
    {
        var service = await StartAsync(TestDatabase.Sqlite);
        await service.SubmitAsync(Request("jo@example.org"), s_site);
        await service.ConfirmAsync(Token(Assert.Single(await MessagesAsync(SignUpEmails.ConfirmKind)), "confirm"), s_site);

        await service.SubmitAsync(Request("jo@example.org", areas: ["care-homes"], name: "Someone else"), s_site);

        var signUp = await SingleSignUpAsync();
        Assert.Equal(SignUpStatus.Confirmed, signUp.Status);
        Assert.Equal(["gp-access", "mental-health"], signUp.AreaList);
        Assert.Null(signUp.Name);
        Assert.Single(await MessagesAsync(SignUpEmails.AlreadySignedUpKind));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ConcurrentSignUps_WithTheSameEmail_StoreOneAndQueueOneEmail(string provider)
    {
        var service = await StartAsync(provider);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => service.SubmitAsync(Request(i % 2 == 0 ? "sam@example.org" : "SAM@example.org"), s_site))));

        await SingleSignUpAsync();
        Assert.Single(await MessagesAsync(SignUpEmails.ConfirmKind));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ConcurrentSignUps_WithDifferentEmails_AreAllStoredWithOneEmailEach(string provider)
    {
        var service = await StartAsync(provider);

        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(() => service.SubmitAsync(Request($"person{i}@example.org"), s_site))));

        await using var db = Contexts.Create();
        Assert.Equal(100, await db.SignUps.CountAsync());
        Assert.Equal(100, (await MessagesAsync(SignUpEmails.ConfirmKind)).Select(m => m.Recipient).Distinct().Count());
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("")]
    public async Task OutOfBoundsRequest_IsRefusedAndStoresNothing(string email)
    {
        var service = await StartAsync(TestDatabase.Sqlite);

        await Assert.ThrowsAsync<ArgumentException>(() => service.SubmitAsync(Request(email), s_site));
        await Assert.ThrowsAsync<ArgumentException>(() => service.SubmitAsync(Request("a@example.org") with { ByPhone = true, Phone = null }, s_site));
        await Assert.ThrowsAsync<ArgumentException>(() => service.SubmitAsync(Request("a@example.org") with { Name = new string('n', SignUp.MaxNameLength + 1) }, s_site));

        await using var db = Contexts.Create();
        Assert.Empty(await db.SignUps.ToListAsync());
        Assert.Empty(await db.Outbox.ToListAsync());
    }

    private CoProDbContextFactory Contexts => _app!.Services.GetRequiredService<CoProDbContextFactory>();

    /// <summary>Signs an address up and confirms it; returns the welcome email, with its links.</summary>
    private async Task<OutboxMessage> ConfirmedAsync(SignUpService service, string email, string? name = null)
    {
        await service.SubmitAsync(Request(email, name: name), s_site);
        var confirm = (await MessagesAsync(SignUpEmails.ConfirmKind)).Single(m => m.Recipient == email);
        Assert.Equal(SignUpLinkResult.Done, await service.ConfirmAsync(Token(confirm, "confirm"), s_site));
        return (await MessagesAsync(SignUpEmails.WelcomeKind)).Single(m => m.Recipient == email);
    }

    private async Task<List<SignUp>> SignUpsAsync()
    {
        await using var db = Contexts.Create();
        return await db.SignUps.AsNoTracking().ToListAsync();
    }

    private static SignUpRequest Request(string email, string[]? areas = null, string? name = null) =>
        new(email, name, areas ?? ["gp-access", "mental-health"], ByEmail: true, ByPhone: false, ByPost: false, Phone: null, PostalAddress: null, "consent-v1", "web form");

    private async Task<SignUpService> StartAsync(string provider, params (string Key, string Value)[] more)
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
        return _app.Services.GetRequiredService<SignUpService>();
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
