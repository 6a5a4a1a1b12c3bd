using System.Net;
using CoProWidgets.Host.Accounts;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static CoProWidgets.HostTests.Accounts.SingleSignOnSite;

namespace CoProWidgets.HostTests.Accounts;

public sealed class SingleSignOnAccountTests
{
    private static readonly FakePerson s_sam = new("3f9a2b1c-4d5e-4f60-8a7b-9c0d1e2f3a4b", "sam@north.example.org", [NorthModerators], ["pwd", "mfa"]);

    [Fact]
    public async Task ALocalAccountWithTheSameAddress_IsNeitherJoinedNorTakenOver()
    {
        await using var site = await SingleSignOnSite.StartAsync();
        await using (var scope = site.Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            Assert.True((await users.CreateAsync(new StaffUser { UserName = s_sam.Email, Email = s_sam.Email, IsHostAdministrator = true })).Succeeded);
        }

        site.Provider.Person = s_sam;
        using var browser = site.Browser();
        using var refused = await site.SignInAsync(browser, "/");
        using var admin = await browser.GetAsync(new Uri("/admin/organisations", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Another account here has your email address", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await site.AccountCountAsync());
        Assert.Equal("/account/sign-in", new Uri(browser.BaseAddress!, admin.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task WithoutASecondFactorRequired_APasswordOnlySignIn_IsAccepted()
    {
        await using var site = await SingleSignOnSite.StartAsync(new KeyValuePair<string, string?>($"{SingleSignOnOptions.SectionName}:RequireMultiFactor", "false"));
        site.Provider.Person = s_sam with { Amr = ["pwd"] };
        using var browser = site.Browser();

        using var signedIn = await site.SignInAsync(browser, "/o/north/copro/staff");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(["north:Moderation"], await site.RolesOfAsync(s_sam.Oid));
    }

    [Fact]
    public async Task ThePages_AreValidHtml()
    {
        await using var site = await SingleSignOnSite.StartAsync();
        site.Provider.Person = s_sam with { Groups = [Unmapped] };
        using var browser = site.Browser();
        var folder = Directory.CreateTempSubdirectory("copro-sso-html-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "start.html"), await browser.GetStringAsync(new Uri("account/single-sign-on", UriKind.Relative)));
            await File.WriteAllTextAsync(Path.Combine(folder, "failed.html"), await browser.GetStringAsync(new Uri("account/single-sign-on?failed=true", UriKind.Relative)));
            using var refused = await site.SignInAsync(browser, "/");
            await File.WriteAllTextAsync(Path.Combine(folder, "refused.html"), await refused.Content.ReadAsStringAsync());

            Assert.Empty(await NuHtmlChecker.CheckAsync(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
