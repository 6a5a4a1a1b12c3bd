using System.Text.RegularExpressions;
using CoProWidgets.Email;
using CoProWidgets.GetInvolved;
using CoProWidgets.Storage;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.GetInvolved;

/// <summary>What a person's own links do, and what anonymous posts for their address cannot.</summary>
public sealed partial class SignUpServiceTests
{
    [Fact]
    public async Task AnonymousPost_ForAnUnsubscribedPerson_ChangesNothingAndSendsNothing()
    {
        var service = await StartAsync(TestDatabase.Sqlite);
        var welcome = await ConfirmedAsync(service, "lou@example.org", name: "Lou");
        await service.Links.UnsubscribeAsync(Token(welcome, "unsubscribe"));
        var before = await SingleSignUpAsync();
        _time.Shift(TimeSpan.FromDays(2));

        await service.Journey.SubmitAsync(Request("LOU@example.org", areas: ["care-homes"], name: "Someone else"), s_site);

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

        await service.Journey.SubmitAsync(Request("mo@example.org", areas: ["care-homes"], name: "Not Mo") with { ConsentVersion = "consent-v2", ConsentMethod = "forged" }, s_site);

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
        Assert.Equal(SignUpLinkResult.Done, await service.Links.UnsubscribeAsync(Token(welcome, "unsubscribe")));

        Assert.Equal(SignUpLinkResult.Invalid, await service.Links.ResubscribeAsync(Token(welcome, "unsubscribe"), "consent-v2"));
        Assert.Equal(SignUpLinkResult.Done, await service.Links.ResubscribeAsync(Token(welcome, "preferences"), "consent-v2"));

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

        Assert.Null(await service.Links.FindManagedAsync(unsubscribe));
        Assert.Equal(SignUpLinkResult.Invalid, await service.Links.EraseAsync(unsubscribe));
        Assert.Equal(SignUpLinkResult.Invalid, await service.Links.UpdatePreferencesAsync(unsubscribe, Request("ray@example.org").Preferences));
        Assert.Equal(SignUpLinkResult.Done, await service.Links.UnsubscribeAsync(unsubscribe));
        Assert.Single(await SignUpsAsync());
    }

    [Fact]
    public async Task NewLink_ForAConfirmedAddress_IsSent_AndOlderPreferenceLinksStopWorking_ButOlderUnsubscribeLinksStillWork()
    {
        var service = await StartAsync(TestDatabase.Sqlite);
        var welcome = await ConfirmedAsync(service, "di@example.org");

        await service.Links.SendNewLinkAsync("DI@example.org", s_site);

        var fresh = Assert.Single(await MessagesAsync(SignUpEmails.NewLinkKind));
        Assert.Equal("di@example.org", fresh.Recipient);
        Assert.Null(await service.Links.FindManagedAsync(Token(welcome, "preferences")));
        Assert.True(await service.Links.IsUnsubscribeLinkValidAsync(Token(welcome, "unsubscribe")));
        Assert.NotNull(await service.Links.FindManagedAsync(Token(fresh, "preferences")));
        Assert.True(await service.Links.IsUnsubscribeLinkValidAsync(Token(fresh, "unsubscribe")));

        // The unsubscribe link in the first email, after a second new link, still does what it says.
        _time.Shift(TimeSpan.FromHours(1));
        await service.Links.SendNewLinkAsync("di@example.org", s_site);
        Assert.Equal(SignUpLinkResult.Done, await service.Links.UnsubscribeAsync(Token(welcome, "unsubscribe")));
    }

    [Fact]
    public async Task NewLink_ForAnAddressThatIsNotConfirmed_SendsNothing()
    {
        var service = await StartAsync(TestDatabase.Sqlite);
        await service.Journey.SubmitAsync(Request("pending@example.org"), s_site);
        var welcome = await ConfirmedAsync(service, "gone@example.org");
        await service.Links.UnsubscribeAsync(Token(welcome, "unsubscribe"));

        await service.Links.SendNewLinkAsync("pending@example.org", s_site);
        await service.Links.SendNewLinkAsync("gone@example.org", s_site);
        await service.Links.SendNewLinkAsync("nobody@example.org", s_site);

        Assert.Empty(await MessagesAsync(SignUpEmails.NewLinkKind));
    }

    [Fact]
    public async Task SubmittingAgain_WhenConfirmed_ChangesNothingAndTellsThePersonPrivately()
    {
        var service = await StartAsync(TestDatabase.Sqlite);
        await service.Journey.SubmitAsync(Request("jo@example.org"), s_site);
        await service.Journey.ConfirmAsync(Token(Assert.Single(await MessagesAsync(SignUpEmails.ConfirmKind)), "confirm"), s_site);

        await service.Journey.SubmitAsync(Request("jo@example.org", areas: ["care-homes"], name: "Someone else"), s_site);

        var signUp = await SingleSignUpAsync();
        Assert.Equal(SignUpStatus.Confirmed, signUp.Status);
        Assert.Equal(["gp-access", "mental-health"], signUp.AreaList);
        Assert.Null(signUp.Name);
        Assert.Single(await MessagesAsync(SignUpEmails.AlreadySignedUpKind));
    }
}
