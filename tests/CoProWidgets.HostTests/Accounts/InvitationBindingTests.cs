using System.Net;
using CoProWidgets.Host.Accounts;
using CoProWidgets.Host.Organisations;
using CoProWidgets.Host.Storage;
using CoProWidgets.HostTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.HostTests.Accounts;

/// <summary>An invitation belongs to the account that had the address when it was sent, not to whoever has it later.</summary>
public sealed class InvitationBindingTests : IAsyncLifetime
{
    private readonly HostSite _site = HostSite.OnSqlite();

    public async Task InitializeAsync()
    {
        await _site.AddOrganisationAsync("north");
        await _site.AddOrganisationAsync("south");
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task AnInvitationForAnAccountWhoseAddressChanged_IsRefused_AndSetsUpNoOtherAccount()
    {
        var firstId = await _site.AddStaffAsync("pat@north.example.org", false, ("north", OrganisationRole.Staff));
        var link = await _site.InviteAsync("pat@north.example.org", "south", roles: OrganisationRole.Administrator);
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var first = (await users.FindByIdAsync(firstId))!;
            Assert.True((await users.SetEmailAsync(first, "pat.old@north.example.org")).Succeeded);
            Assert.True((await users.SetUserNameAsync(first, "pat.old@north.example.org")).Succeeded);
        }

        var secondId = await _site.AddStaffAsync("pat@north.example.org");
        using var browser = new StaffBrowser(_site);
        var (response, page) = await browser.GetAsync(new Uri(link).PathAndQuery);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("This invitation cannot be used", page.QuerySelector("h1")?.TextContent);
        Assert.Null(page.QuerySelector("input[type=password]"));
        await using var check = _site.Services.CreateAsyncScope();
        Assert.False(await check.ServiceProvider.GetRequiredService<HostDbContext>().Memberships.AnyAsync(m => m.UserId == secondId));
    }

    [Fact]
    public async Task AnInvitationIssuedToAnAccount_RecordsThatAccount()
    {
        var id = await _site.AddStaffAsync("sam@north.example.org", false, ("north", OrganisationRole.Staff));
        await _site.InviteAsync("SAM@north.example.org", "south", roles: OrganisationRole.Staff);
        await _site.InviteAsync("new@north.example.org", "south", roles: OrganisationRole.Staff);

        await using var scope = _site.Services.CreateAsyncScope();
        var invitations = await scope.ServiceProvider.GetRequiredService<HostDbContext>().Invitations.AsNoTracking().ToListAsync();
        Assert.Equal(id, invitations.Single(i => i.Email == "SAM@north.example.org").UserId);
        Assert.Null(invitations.Single(i => i.Email == "new@north.example.org").UserId);
    }
}
