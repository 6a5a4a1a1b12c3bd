using System.Net;
using CoProWidgets.Host.Organisations;
using CoProWidgets.Host.Storage;
using CoProWidgets.HostTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.HostTests.Accounts;

public sealed class InvitationTests : IAsyncLifetime
{
    private readonly HostSite _site = HostSite.OnSqlite();

    public Task InitializeAsync() => _site.AddOrganisationAsync("north");

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task AnExpiredInvitation_SaysSo_AndSetsNothingUp()
    {
        var link = await _site.InviteAsync("late@north.example.org", "north", roles: OrganisationRole.Staff);
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
            var invitation = await db.Invitations.SingleAsync();
            invitation.Expires = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }

        using var browser = new StaffBrowser(_site);
        var (response, page) = await browser.GetAsync(new Uri(link).PathAndQuery);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("This invitation has run out", page.QuerySelector("h1")?.TextContent);
        Assert.Null(page.QuerySelector("form[method=post] input[type=password]"));
    }

    [Fact]
    public async Task AUsedInvitation_CannotBeUsedAgain()
    {
        var link = await _site.InviteAsync("once@north.example.org", "north", roles: OrganisationRole.Staff);
        using var first = new StaffBrowser(_site);
        await first.AcceptAsync(link, AccountSite.Password);

        using var second = new StaffBrowser(_site);
        var (response, page) = await second.GetAsync(new Uri(link).PathAndQuery);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("This invitation has been used", page.QuerySelector("h1")?.TextContent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task AnUnknownToken_GetsAClearPage(string token)
    {
        using var browser = new StaffBrowser(_site);

        var (response, page) = await browser.GetAsync("account/invitation?token=" + token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("This link does not work", page.QuerySelector("h1")?.TextContent);
    }

    [Theory]
    [InlineData("password1234", "most common passwords")]
    [InlineData("Password 1234", "most common passwords")]
    [InlineData("iloveyou1234", "most common passwords")]
    [InlineData("short words", "12 characters or more")]
    [InlineData("new.person@north.example.org!", "email address")]
    [InlineData("new.person rocks 99", "email address")]
    [InlineData("healthwatch north rocks", "name of this service or of an organisation")]
    public async Task APassword_FollowsTheNcscGuidance(string password, string expected)
    {
        var link = await _site.InviteAsync("new.person@north.example.org", "north", roles: OrganisationRole.Staff);
        using var browser = new StaffBrowser(_site);
        var path = new Uri(link).PathAndQuery;
        var (_, page) = await browser.GetAsync(path);

        var (response, answer) = await browser.SubmitAsync(page, path, form => form.Set("Form.Password", password).Set("Form.Confirm", password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, answer.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("teapot river lantern")]
    [InlineData("a long passphrase of no particular complexity at all, which is fine")]
    public async Task ALongPassphrase_WithoutDigitsOrSymbols_IsAccepted(string password)
    {
        var link = await _site.InviteAsync("words@north.example.org", "north", roles: OrganisationRole.Staff);
        using var browser = new StaffBrowser(_site);
        var path = new Uri(link).PathAndQuery;
        var (_, page) = await browser.GetAsync(path);

        var (response, answer) = await browser.SubmitAsync(page, path, form => form.Set("Form.Password", password).Set("Form.Confirm", password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(answer.QuerySelector(".key code"));
        Assert.StartsWith("data:image/svg+xml;base64,", answer.QuerySelector("img.qr-code")?.GetAttribute("src"), StringComparison.Ordinal);
        Assert.StartsWith("otpauth://totp/", answer.QuerySelector("a[href^=otpauth]")?.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APasswordOver256Characters_IsRefused()
    {
        var link = await _site.InviteAsync("long@north.example.org", "north", roles: OrganisationRole.Staff);
        using var browser = new StaffBrowser(_site);
        var path = new Uri(link).PathAndQuery;
        var (_, page) = await browser.GetAsync(path);
        var password = string.Join(' ', Enumerable.Repeat("meadow", 40));

        var (response, answer) = await browser.SubmitAsync(page, path, form => form.Set("Form.Password", password).Set("Form.Confirm", password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("256 characters or fewer", answer.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneWithAnAccount_SignsInToAcceptAnotherOrganisationsInvitation_KeepingTheirSignIn()
    {
        await _site.AddOrganisationAsync("south");
        using var member = await _site.MemberAsync("both@north.example.org", "north", roles: OrganisationRole.Staff);
        var path = new Uri(await _site.InviteAsync("both@north.example.org", "south", roles: OrganisationRole.Moderation)).PathAndQuery;
        using var browser = new StaffBrowser(_site) { AuthenticatorKey = member.AuthenticatorKey };

        var (_, signInFirst) = await browser.GetAsync(path);
        var signInLink = signInFirst.QuerySelector("main a[href*=sign-in]")?.GetAttribute("href");
        var signedIn = await browser.SignInAsync("both@north.example.org", AccountSite.Password, returnUrl: path);
        var (_, join) = await browser.GetAsync(path);
        var (joined, account) = await browser.SubmitAsync(join, path, _ => { });
        var (workspace, _) = await browser.GetAsync("o/south/copro/staff/safeguarding");

        Assert.Equal("/account/sign-in?ReturnUrl=" + Uri.EscapeDataString(path), signInLink);
        Assert.Equal(path, signedIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal(HttpStatusCode.OK, workspace.StatusCode);
        Assert.Null(account.QuerySelector("input[type=password]"));
    }

    [Fact]
    public async Task AWrongAuthenticatorCode_LeavesTheAccountUnusable_UntilARightOne()
    {
        var link = await _site.InviteAsync("code@north.example.org", "north", roles: OrganisationRole.Staff);
        using var browser = new StaffBrowser(_site);
        var path = new Uri(link).PathAndQuery;
        var (_, page) = await browser.GetAsync(path);
        var (_, keyPage) = await browser.SubmitAsync(page, path, form => form.Set("Form.Password", AccountSite.Password).Set("Form.Confirm", AccountSite.Password));

        var (wrong, _) = await browser.SubmitAsync(keyPage, path, form => form.Set("Form.Code", "000000"));
        using var other = new StaffBrowser(_site);
        var signIn = await other.SignInAsync("code@north.example.org", AccountSite.Password, "000000");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Contains("not set up yet", other.Pages[^1].Html, StringComparison.Ordinal);
    }
}
