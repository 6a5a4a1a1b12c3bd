using System.Net;
using CoProWidgets.Host.Organisations;
using CoProWidgets.Host.Storage;
using CoProWidgets.HostTests.Support;
using CoProWidgets.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.HostTests.Accounts;

public sealed class StaffManagementTests : IAsyncLifetime
{
    private readonly HostSite _site = HostSite.OnSqlite();
    private StaffBrowser _northAdmin = null!;

    public async Task InitializeAsync()
    {
        await _site.AddOrganisationAsync("north");
        await _site.AddOrganisationAsync("south");
        _northAdmin = await _site.MemberAsync("admin@north.example.org", "north", roles: OrganisationRole.Administrator);
    }

    public async Task DisposeAsync()
    {
        _northAdmin.Dispose();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task AnOrganisationsAdministrator_CannotSeeOrChangeAnothersStaff()
    {
        using var southMember = await _site.MemberAsync("mod@south.example.org", "south", roles: OrganisationRole.Moderation);
        var southId = await UserIdAsync("mod@south.example.org");
        var (ownPage, own) = await _northAdmin.GetAsync($"admin/organisations/north/staff/{await UserIdAsync("admin@north.example.org")}");

        var (list, _) = await _northAdmin.GetAsync("admin/organisations/south/staff");
        var (invite, _) = await _northAdmin.GetAsync("admin/organisations/south/staff/invite");
        var (member, _) = await _northAdmin.GetAsync($"admin/organisations/south/staff/{southId}");
        var reset = await _northAdmin.PostAsync(own, $"admin/organisations/south/staff/{southId}?handler=Reset");
        var byOwnAddress = await _northAdmin.PostAsync(own, $"admin/organisations/north/staff/{southId}?handler=Reset");

        Assert.Equal(HttpStatusCode.OK, ownPage.StatusCode);
        Assert.All([list, invite, member, reset], response => Assert.Equal("/account/denied", StaffBrowser.PathOf(response)));
        Assert.Equal(HttpStatusCode.NotFound, byOwnAddress.StatusCode);
    }

    [Fact]
    public async Task AModerator_CannotManageTheirOwnOrganisationsStaff()
    {
        using var moderator = await _site.MemberAsync("mod@north.example.org", "north", roles: OrganisationRole.Moderation);

        var (response, _) = await moderator.GetAsync("admin/organisations/north/staff");

        Assert.Equal("/account/denied", StaffBrowser.PathOf(response));
    }

    [Fact]
    public async Task AnotherAdministrator_ResetsASignIn_SoTheOldPasswordFails_AndANewInvitationSetsItUpAgain()
    {
        using var member = await _site.MemberAsync("lost@north.example.org", "north", roles: OrganisationRole.People);
        var id = await UserIdAsync("lost@north.example.org");

        var (reset, page) = await _northAdmin.FillAsync($"admin/organisations/north/staff/{id}", _ => { }, "form[action*=Reset]");
        using var thief = new StaffBrowser(_site) { AuthenticatorKey = member.AuthenticatorKey };
        var oldPassword = await thief.SignInAsync("lost@north.example.org", AccountSite.Password);
        using var recovered = new StaffBrowser(_site);
        await recovered.AcceptAsync(StaffBrowser.InvitationLinksTo(_site, "lost@north.example.org")[^1], "brand new passphrase");
        using var later = new StaffBrowser(_site) { AuthenticatorKey = recovered.AuthenticatorKey };
        var signedIn = await later.SignInAsync("lost@north.example.org", "brand new passphrase");

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("sign-in was reset and a new invitation was sent", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, oldPassword.StatusCode);
        Assert.Equal("/account", signedIn.Headers.Location?.OriginalString);
        var (workspace, _) = await later.GetAsync("o/north/copro/staff/people");
        Assert.Equal(HttpStatusCode.OK, workspace.StatusCode);
        await using var scope = _site.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<HostDbContext>().AuditLog.AsNoTracking().Where(e => e.Subject == "lost@north.example.org").Select(e => e.Action).ToListAsync();
        Assert.Contains("reset sign-in", audit);
        Assert.Contains("set up sign-in again", audit);
    }

    [Fact]
    public async Task SomeoneWhoAlsoWorksForAnotherOrganisation_CannotHaveTheirSignInResetByOneOfTheirAdministrators()
    {
        using var member = await _site.MemberAsync("both@north.example.org", "north", roles: OrganisationRole.People);
        var id = await UserIdAsync("both@north.example.org");
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
            db.Memberships.Add(new OrganisationMembership { UserId = id, OrganisationSlug = "south", Role = OrganisationRole.Administrator, Granted = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        var (reset, page) = await _northAdmin.FillAsync($"admin/organisations/north/staff/{id}", _ => { }, "form[action*=Reset]");
        using var later = new StaffBrowser(_site) { AuthenticatorKey = member.AuthenticatorKey };
        var signedIn = await later.SignInAsync("both@north.example.org", AccountSite.Password);

        Assert.Equal(HttpStatusCode.BadRequest, reset.StatusCode);
        Assert.Contains("only a host administrator", page.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(StaffBrowser.InvitationLinksTo(_site, "both@north.example.org"));
        Assert.Equal("/account", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AHostAdministrator_CannotInviteThemselvesIntoAnOrganisation()
    {
        var id = await _site.AddStaffAsync("root@host.example.org", hostAdministrator: true);
        using var client = _site.ClientFor("host.test");
        client.DefaultRequestHeaders.Add(HostSite.StaffHeader, id);
        var form = FormPost.From(await client.GetDocumentAsync("admin/organisations/north/staff/invite"), pageUrl: "/admin/organisations/north/staff/invite")
            .Set("Form.Email", "ROOT@host.example.org");

        using var posted = await form.PostAsync(client);
        var page = await posted.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("You cannot invite yourself", page.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        await using var scope = _site.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<HostDbContext>().Invitations.AnyAsync(i => i.Email == "ROOT@host.example.org"));
    }

    [Fact]
    public async Task RolesChangeAndRemoval_TakeEffectAtTheNextRequest_AndAreAudited()
    {
        using var member = await _site.MemberAsync("mod@north.example.org", "north", roles: OrganisationRole.Moderation);
        var id = await UserIdAsync("mod@north.example.org");

        await _northAdmin.FillAsync($"admin/organisations/north/staff/{id}", form => form.Uncheck("Form.Roles", "Moderation").Check("Form.Roles", "Staff"), "form[action*=Roles]");
        var (afterChange, _) = await member.GetAsync("o/north/copro/staff/safeguarding");
        await _northAdmin.FillAsync($"admin/organisations/north/staff/{id}", _ => { }, "form[action*=Remove]");
        var (afterRemoval, _) = await member.GetAsync("o/north/copro/staff");

        Assert.Equal("/account/denied", StaffBrowser.PathOf(afterChange));
        Assert.Equal("/account/denied", StaffBrowser.PathOf(afterRemoval));
        await using var scope = _site.Services.CreateAsyncScope();
        var actions = await scope.ServiceProvider.GetRequiredService<HostDbContext>().AuditLog.AsNoTracking()
            .Where(e => e.Subject == "mod@north.example.org" && e.Actor == "admin@north.example.org").OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal(["changed roles", "removed"], actions);
    }

    [Fact]
    public async Task TheLastAdministrator_CannotBeRemoved()
    {
        var id = await UserIdAsync("admin@north.example.org");

        var (response, page) = await _northAdmin.FillAsync($"admin/organisations/north/staff/{id}", _ => { }, "form[action*=Remove]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at least one administrator", page.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HostDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}
