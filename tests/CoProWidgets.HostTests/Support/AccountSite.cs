using CoProWidgets.Host.Accounts;
using CoProWidgets.Host.Organisations;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.HostTests.Support;

/// <summary>Ways into a host's accounts for tests that are about something after the invitation.</summary>
internal static class AccountSite
{
    public const string Password = "teapot river lantern";

    /// <summary>Invites someone (as an organisation's administrator would) and returns the invitation's link.</summary>
    public static async Task<string> InviteAsync(this HostSite site, string email, string? slug, bool hostAdministrator = false, params OrganisationRole[] roles)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var issued = await scope.ServiceProvider.GetRequiredService<Invitations>()
            .CreateAsync(email, slug, roles, hostAdministrator, resetsSignIn: false, "test", CancellationToken.None);
        return issued.Link;
    }

    /// <summary>A person who has accepted an invitation with the roles, through the pages, and is signed in.</summary>
    public static async Task<StaffBrowser> MemberAsync(this HostSite site, string email, string? slug, bool hostAdministrator = false, params OrganisationRole[] roles)
    {
        var browser = new StaffBrowser(site);
        await browser.AcceptAsync(await site.InviteAsync(email, slug, hostAdministrator, roles), Password);
        return browser;
    }
}
