using System.Net;
using CoProWidgets.Host.Accounts;
using CoProWidgets.Host.Organisations;
using CoProWidgets.HostTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.HostTests.Accounts;

public sealed class SignInTests : IAsyncLifetime
{
    private readonly HostSite _site = HostSite.OnSqlite();
    private StaffBrowser _member = null!;

    public async Task InitializeAsync()
    {
        await _site.AddOrganisationAsync("north");
        _member = await _site.MemberAsync("mod@north.example.org", "north", roles: OrganisationRole.Moderation);
    }

    public async Task DisposeAsync()
    {
        _member.Dispose();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_WithTheSameMessageAsAnUnknownAddress()
    {
        using var browser = new StaffBrowser(_site) { AuthenticatorKey = _member.AuthenticatorKey };
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await browser.SignInAsync("mod@north.example.org", "not the password at all")).StatusCode);
        }

        var locked = await browser.SignInAsync("mod@north.example.org", AccountSite.Password);
        var lockedMessage = browser.Pages[^1].Html;
        var unknown = await browser.SignInAsync("nobody@north.example.org", AccountSite.Password);

        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains(SignInMessage, lockedMessage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains(SignInMessage, browser.Pages[^1].Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiveWrongCodes_LockTheAccount_SoARightCodeFailsToo()
    {
        using var browser = new StaffBrowser(_site) { AuthenticatorKey = _member.AuthenticatorKey };
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await browser.SignInAsync("mod@north.example.org", AccountSite.Password, "000000")).StatusCode);
        }

        var locked = await browser.SignInAsync("mod@north.example.org", AccountSite.Password);

        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
    }

    [Fact]
    public async Task AnAccountWithoutTwoFactor_IsNeverSignedIn_EvenWithItsPassword()
    {
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = new StaffUser { UserName = "plain@north.example.org", Email = "plain@north.example.org", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, "granite willow pocket")).Succeeded);
        }

        using var browser = new StaffBrowser(_site);
        var answer = await browser.SignInAsync("plain@north.example.org", "granite willow pocket");
        var (account, _) = await browser.GetAsync("account");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("not set up yet", browser.Pages[^1].Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/", "/account")]
    [InlineData("//evil.example/steal", "/account")]
    [InlineData("/\\evil.example", "/account")]
    [InlineData("/o/north/copro/staff", "/o/north/copro/staff")]
    public async Task SignIn_ReturnsOnlyToAPathOnThisHost(string returnUrl, string expected)
    {
        using var browser = new StaffBrowser(_site) { AuthenticatorKey = _member.AuthenticatorKey };

        var answer = await browser.SignInAsync("mod@north.example.org", AccountSite.Password, returnUrl: returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(expected, answer.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ARecoveryCode_SignsInOnce()
    {
        using var fresh = new StaffBrowser(_site);
        var codes = await fresh.AcceptAsync(await _site.InviteAsync("pub@north.example.org", "north", roles: OrganisationRole.Publishing), AccountSite.Password);
        using var browser = new StaffBrowser(_site);
        using var again = new StaffBrowser(_site);

        var first = await browser.SignInAsync("pub@north.example.org", AccountSite.Password, codes[0]);
        var second = await again.SignInAsync("pub@north.example.org", AccountSite.Password, codes[0]);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
    }

    [Fact]
    public async Task SigningOut_TakesAGet_ToAButton_AndAPost_ToSignOut()
    {
        var (page, document) = await _member.GetAsync("account/sign-out");
        var (signedOut, _) = await _member.SubmitAsync(document, "account/sign-out", _ => { });
        var (account, _) = await _member.GetAsync("account");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.StartsWith("/account/sign-in", StaffBrowser.PathOf(account), StringComparison.Ordinal);
    }

    private const string SignInMessage = "The email address and password do not match an account that can sign in.";
}
