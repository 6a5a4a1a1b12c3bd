using System.Net;
using CoProWidgets.Host.Organisations;
using CoProWidgets.Host.Storage;
using CoProWidgets.HostTests.Support;
using CoProWidgets.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.HostTests.Accounts;

/// <summary>Every account and staff page, in each of its states, is valid HTML; no form is accepted without its antiforgery token.</summary>
public sealed class AccountPageTests : IAsyncLifetime
{
    private readonly HostSite _site = HostSite.OnSqlite();
    private StaffBrowser _admin = null!;
    private string _memberId = "";

    public async Task InitializeAsync()
    {
        await _site.AddOrganisationAsync("north");
        _admin = await _site.MemberAsync("admin@north.example.org", "north", hostAdministrator: true, OrganisationRole.Administrator);
        using var member = await _site.MemberAsync("mod@north.example.org", "north", roles: OrganisationRole.Moderation);
        await _site.InviteAsync("pending@north.example.org", "north", roles: OrganisationRole.Staff);
        await using var scope = _site.Services.CreateAsyncScope();
        _memberId = await scope.ServiceProvider.GetRequiredService<HostDbContext>().Users.Where(u => u.Email == "mod@north.example.org").Select(u => u.Id).SingleAsync();
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task EveryPage_InEachState_IsValidHtml_AndKeptOutOfCaches()
    {
        using var visitor = new StaffBrowser(_site);
        await visitor.GetAsync("account/sign-in");
        await visitor.FillAsync("account/sign-in", form => form.Set("Form.Email", "nobody@example.org").Set("Form.Password", "wrong"));
        await visitor.GetAsync("account/invitation?token=unknown");
        var path = new Uri(await _site.InviteAsync("new@north.example.org", "north", roles: OrganisationRole.Staff)).PathAndQuery;
        await visitor.FillAsync(path, form => form.Set("Form.Password", "password1234").Set("Form.Confirm", "password1234"));
        var (_, keyPage) = await visitor.FillAsync(path, form => form.Set("Form.Password", "solid quiet harbour").Set("Form.Confirm", "solid quiet harbour"));
        var (_, wrongCode) = await visitor.SubmitAsync(keyPage, path, form => form.Set("Form.Code", "000000"));
        visitor.AuthenticatorKey = string.Concat(keyPage.QuerySelector(".key code")!.TextContent.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        await visitor.SubmitAsync(wrongCode, path, form => form.Set("Form.Code", visitor.Code()));
        await visitor.GetAsync(path);
        await visitor.GetAsync("account/denied");
        await visitor.GetAsync("account/sign-out");
        using var twoFactor = new StaffBrowser(_site) { AuthenticatorKey = _admin.AuthenticatorKey };
        await twoFactor.SignInAsync("admin@north.example.org", AccountSite.Password, "000000");

        foreach (var page in new[] { "account", "account/password", "account/recovery-codes", "account/authenticator", "account/denied", "admin/organisations", "admin/organisations/north/staff", "admin/organisations/north/staff/invite", $"admin/organisations/north/staff/{_memberId}" })
        {
            var (response, _) = await _admin.GetAsync(page);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden, $"{page}: {response.StatusCode}");
            Assert.True(page == "admin/organisations" || response.Headers.CacheControl?.NoStore == true, page);
        }

        await _admin.FillAsync("account/password", form => form.Set("Form.Current", "wrong"));
        await _admin.FillAsync("account/recovery-codes", form => form.Set("Form.Password", AccountSite.Password));
        await _admin.FillAsync("account/authenticator", form => form.Set("Form.Password", AccountSite.Password));
        await _admin.FillAsync("admin/organisations/north/staff/invite", form => form.Set("Form.Email", "bad").Uncheck("Form.Roles", "Staff"));

        var folder = Directory.CreateTempSubdirectory("copro-account-pages-").FullName;
        var pages = visitor.Pages.Concat(twoFactor.Pages).Concat(_admin.Pages).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, $"{i:00}-{string.Concat(pages[i].Name.Split('?')[0].Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'))}.html"), pages[i].Html);
        }

        var errors = await NuHtmlChecker.CheckAsync(folder);
        Directory.Delete(folder, recursive: true);
        Assert.True(pages.Count >= 25, $"Only {pages.Count} pages were read.");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task NoForm_IsAcceptedWithoutItsAntiforgeryToken()
    {
        var invitation = new Uri(await _site.InviteAsync("form@north.example.org", "north", roles: OrganisationRole.Staff)).PathAndQuery;
        await using var scope = _site.Services.CreateAsyncScope();
        var pending = await scope.ServiceProvider.GetRequiredService<HostDbContext>().Invitations.Where(i => i.Email == "pending@north.example.org").Select(i => i.Id).SingleAsync();
        var (_, page) = await _admin.GetAsync("account");
        string[] forms =
        [
            "account/sign-in", "account/two-factor", "account/sign-out", invitation + "&handler=Password", invitation + "&handler=Authenticator", invitation + "&handler=Join",
            "account/password", "account/recovery-codes", "account/authenticator?handler=Reset", "account/authenticator?handler=Confirm",
            "admin/organisations/north/staff/invite", $"admin/organisations/north/staff?handler=Resend&id={pending}", $"admin/organisations/north/staff?handler=Cancel&id={pending}",
            $"admin/organisations/north/staff/{_memberId}?handler=Roles", $"admin/organisations/north/staff/{_memberId}?handler=Reset", $"admin/organisations/north/staff/{_memberId}?handler=Remove",
        ];

        foreach (var form in forms)
        {
            var withoutToken = await _admin.PostAsync(page, form, withToken: false);
            Assert.True(withoutToken.StatusCode == HttpStatusCode.BadRequest, $"{form}: {withoutToken.StatusCode}");
        }

        var (staff, _) = await _admin.GetAsync("admin/organisations/north/staff");
        Assert.Contains("pending@north.example.org", await staff.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
