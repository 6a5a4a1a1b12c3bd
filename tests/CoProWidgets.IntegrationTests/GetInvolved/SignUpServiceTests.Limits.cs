using System.Text.RegularExpressions;
using CoProWidgets.Email;
using CoProWidgets.GetInvolved;
using CoProWidgets.Storage;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.GetInvolved;

/// <summary>The cap on emails per address, the rules for addresses, concurrent posts and out-of-bounds requests.</summary>
public sealed partial class SignUpServiceTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OneAddress_GetsAtMostThreeEmailsIn24Hours_WhateverIsPosted_EvenAllAtOnce(string provider)
    {
        var service = await StartAsync(provider);

        // Different wishes each time, so no double-click rule holds them back: only the cap does.
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(() => service.Journey.SubmitAsync(Request("target@example.org", name: $"N{i}"), s_site))));
        for (var i = 0; i < 5; i++)
        {
            _time.Shift(TimeSpan.FromHours(1));
            await service.Journey.SubmitAsync(Request("target@example.org", name: $"later {i}"), s_site);
            await service.Links.SendNewLinkAsync("target@example.org", s_site);
        }

        Assert.Equal(3, (await MessagesAsync(SignUpEmails.ConfirmKind)).Count);
        var last = (await MessagesAsync(SignUpEmails.ConfirmKind)).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Last();

        // The last link sent still confirms: over the cap nothing changed that it would not match.
        Assert.Equal(SignUpLinkResult.Done, await service.Journey.ConfirmAsync(Token(last, "confirm"), s_site));

        _time.Shift(UnaskedEmails.CapWindow);
        await service.Journey.SubmitAsync(Request("target@example.org"), s_site);
        Assert.Single(await MessagesAsync(SignUpEmails.AlreadySignedUpKind));
    }

    [Fact]
    public async Task TheCap_IsASetting()
    {
        var service = await StartAsync(TestDatabase.Sqlite, ("CoProWidgets:Email:MaxPerAddressPerDay", "1"));

        await service.Journey.SubmitAsync(Request("one@example.org"), s_site);
        await service.Journey.SubmitAsync(Request("one@example.org", name: "Changed"), s_site);

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

        await service.Journey.SubmitAsync(Request(lookAlike, name: "Impostor"), s_site);

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

        Assert.False(EmailAddresses.IsPlain(EmailAddresses.Normalize(email)));
        await Assert.ThrowsAsync<ArgumentException>(() => service.Journey.SubmitAsync(Request(email), s_site));
        Assert.Empty(await SignUpsAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ConcurrentSignUps_WithTheSameEmail_StoreOneAndQueueOneEmail(string provider)
    {
        var service = await StartAsync(provider);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => service.Journey.SubmitAsync(Request(i % 2 == 0 ? "sam@example.org" : "SAM@example.org"), s_site))));

        await SingleSignUpAsync();
        Assert.Single(await MessagesAsync(SignUpEmails.ConfirmKind));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ConcurrentSignUps_WithDifferentEmails_AreAllStoredWithOneEmailEach(string provider)
    {
        var service = await StartAsync(provider);

        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(() => service.Journey.SubmitAsync(Request($"person{i}@example.org"), s_site))));

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

        await Assert.ThrowsAsync<ArgumentException>(() => service.Journey.SubmitAsync(Request(email), s_site));
        await Assert.ThrowsAsync<ArgumentException>(() => service.Journey.SubmitAsync(Request("a@example.org") with { ByPhone = true, Phone = null }, s_site));
        await Assert.ThrowsAsync<ArgumentException>(() => service.Journey.SubmitAsync(Request("a@example.org") with { Name = new string('n', SignUp.MaxNameLength + 1) }, s_site));

        await using var db = Contexts.Create();
        Assert.Empty(await db.SignUps.ToListAsync());
        Assert.Empty(await db.Outbox.ToListAsync());
    }
}
