using System.Net;
using CoProWidgets.Host.Organisations;
using CoProWidgets.HostTests.Support;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoProWidgets.HostTests.Accounts;

/// <summary>The sign-in's cookies, and the limits on guessing a password from the sign-in page or from a session.</summary>
public sealed class SignInHardeningTests
{
    [Fact]
    public async Task OutsideDevelopment_TheStaffCookies_AreSecureOnly_WithTheHostPrefix()
    {
        var data = OperatedHost.NewDataFolder();
        try
        {
            await using var host = OperatedHost.InProduction(data);
            using var client = host.ClientFor("https://widgets.example.org/");

            using var page = await client.GetAsync(new Uri("account/sign-in", UriKind.Relative));

            var antiforgery = Assert.Single(page.Headers.GetValues("Set-Cookie"), c => c.Contains("antiforgery", StringComparison.Ordinal));
            Assert.StartsWith("__Host-copro-staff-antiforgery=", antiforgery, StringComparison.Ordinal);
            Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
            Assert.Equal("__Host-copro-staff-antiforgery", host.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name);
            var cookies = host.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>();
            foreach (var scheme in new[] { IdentityConstants.ApplicationScheme, IdentityConstants.TwoFactorUserIdScheme })
            {
                Assert.StartsWith("__Host-", cookies.Get(scheme).Cookie.Name, StringComparison.Ordinal);
                Assert.Equal(CookieSecurePolicy.Always, cookies.Get(scheme).Cookie.SecurePolicy);
            }

            Assert.Equal("__Host-copro-staff", cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task PostsToTheSignInPage_AreLimitedPerClientAddress()
    {
        await using var site = HostSite.OnSqlite();
        using var browser = new StaffBrowser(site);
        var (_, page) = await browser.GetAsync("account/sign-in");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 31; i++)
        {
            var (response, _) = await browser.SubmitAsync(page, "account/sign-in", form => form.Set("Form.Email", $"guess{i}@north.example.org").Set("Form.Password", "not the password"));
            answers.Add(response.StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, answers.Take(30));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
    }

    [Theory]
    [InlineData("account/authenticator", "form[action*=Reset]")]
    [InlineData("account/recovery-codes", "form[method=post]")]
    public async Task WrongPasswordsInASignedInSession_LockTheAccount_LikeTheSignInPage(string path, string selector)
    {
        await using var site = HostSite.OnSqlite();
        await site.AddOrganisationAsync("north");
        using var member = await site.MemberAsync("pat@north.example.org", "north", roles: OrganisationRole.Staff);

        var answers = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            var (_, page) = await member.FillAsync(path, form => form.Set("Form.Password", "a wrong guess " + i), selector);
            answers.Add(page.QuerySelector(".error-summary")?.TextContent);
        }

        using var later = new StaffBrowser(site) { AuthenticatorKey = member.AuthenticatorKey };
        var signIn = await later.SignInAsync("pat@north.example.org", AccountSite.Password);

        Assert.Contains("locked", answers[^1], StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Redirect, signIn.StatusCode);
    }
}
