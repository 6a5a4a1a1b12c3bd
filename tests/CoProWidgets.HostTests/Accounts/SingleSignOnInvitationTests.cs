using System.Net;
using System.Security.Claims;
using AngleSharp.Html.Parser;
using CoProWidgets.Host.Accounts;
using CoProWidgets.Host.Organisations;
using CoProWidgets.Host.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoProWidgets.HostTests.Accounts.SingleSignOnSite;

namespace CoProWidgets.HostTests.Accounts;

/// <summary>
/// Invitations and single sign-on accounts: the provider decides an account's address, so an invitation must never
/// hand a local password (still less host administration) to whichever such account has the invited address.
/// </summary>
public sealed class SingleSignOnInvitationTests : IAsyncLifetime
{
    private const string Boss = "boss@host.example.org";
    private static readonly FakePerson s_sam = new("3f9a2b1c-4d5e-4f60-8a7b-9c0d1e2f3a4b", "sam@north.example.org", [NorthModerators], ["pwd", "mfa"]);
    private SingleSignOnSite _site = null!;

    public async Task InitializeAsync() => _site = await SingleSignOnSite.StartAsync();

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task AnAddressChangedAtTheProvider_IsNotCopied_SoAPendingAdministratorInvitation_StaysTheInvitees()
    {
        _site.Provider.Person = s_sam;
        using (var first = _site.Browser())
        {
            using var signedIn = await _site.SignInAsync(first, "/");
        }

        var link = await InviteAsync(Boss, hostAdministrator: true);
        _site.Provider.Person = s_sam with { Email = Boss };
        using (var again = _site.Browser())
        {
            using var signedIn = await _site.SignInAsync(again, "/");
        }

        using var invitee = _site.Browser();
        var (_, page) = await OpenAsync(invitee, link);

        Assert.Equal(s_sam.Email, (await AccountAsync(s_sam.Oid)).Email);
        Assert.NotNull(page.QuerySelector("form input[type=password][name='Form.Password']"));
        Assert.Equal("Set up your account", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task AnAccountMadeBySingleSignOnWithAnInvitedAddress_IsGivenNoPassword_NorTheInvitationsRoles()
    {
        var link = await InviteAsync(Boss, hostAdministrator: true);
        _site.Provider.Person = s_sam with { Email = Boss };
        using (var attacker = _site.Browser())
        {
            using var signedIn = await _site.SignInAsync(attacker, "/");
        }

        using var invitee = _site.Browser();
        var (_, page) = await OpenAsync(invitee, link);

        var account = await AccountAsync(s_sam.Oid);
        Assert.Null(page.QuerySelector("input[type=password]"));
        Assert.Contains("signs in with single sign-on", page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.Null(account.PasswordHash);
        Assert.False(account.IsHostAdministrator);
    }

    [Fact]
    public async Task ResettingASingleSignOnMembersSignIn_IsRefused_AndSetsNoPassword()
    {
        _site.Provider.Person = s_sam;
        using (var first = _site.Browser())
        {
            using var signedIn = await _site.SignInAsync(first, "/");
        }

        var id = (await AccountAsync(s_sam.Oid)).Id;
        await using var scope = _site.Host.Services.CreateAsyncScope();
        var staff = scope.ServiceProvider.GetRequiredService<StaffManagement>();
        var north = _site.Host.Services.GetRequiredService<OrganisationDirectory>().FindBySlug("north")!;
        var member = (await staff.MemberAsync("north", id, CancellationToken.None))!;
        var admin = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "another-administrator")], "Test"));

        var (refused, sent) = await staff.ResetSignInAsync(north, member, admin, CancellationToken.None);

        Assert.Contains("single sign-on", refused, StringComparison.Ordinal);
        Assert.False(sent);
        Assert.False(await scope.ServiceProvider.GetRequiredService<HostDbContext>().Invitations.AnyAsync());
    }

    private async Task<string> InviteAsync(string email, bool hostAdministrator)
    {
        await using var scope = _site.Host.Services.CreateAsyncScope();
        var issued = await scope.ServiceProvider.GetRequiredService<Invitations>()
            .CreateAsync(email, null, [], hostAdministrator, resetsSignIn: false, "create-admin", CancellationToken.None);
        return issued.Link;
    }

    private async Task<StaffUser> AccountAsync(string oid)
    {
        await using var scope = _site.Host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByLoginAsync(SingleSignOnSignIn.Scheme, oid))!;
    }

    private static async Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Page)> OpenAsync(HttpClient browser, string link)
    {
        var response = await browser.GetAsync(new Uri(new Uri(link).PathAndQuery, UriKind.Relative));
        return (response, await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }
}
