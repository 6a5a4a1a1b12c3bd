using System.Net;
using static CoProWidgets.HostTests.Accounts.SingleSignOnSite;

namespace CoProWidgets.HostTests.Accounts;

public sealed class SingleSignOnTests : IAsyncLifetime
{
    private const string NorthResponses = "/o/north/copro/staff/surveys/having-a-say/responses";
    private SingleSignOnSite _site = null!;

    public async Task InitializeAsync() => _site = await SingleSignOnSite.StartAsync();

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task MemberOfAMappedGroup_SignsIn_AndReachesThatOrganisationsWorkspace_AndNotAnothers()
    {
        _site.Provider.Person = Person(NorthModerators);
        using var browser = _site.Browser();

        using var signedIn = await _site.SignInAsync(browser, NorthResponses);
        using var north = await browser.GetAsync(new Uri(NorthResponses, UriKind.Relative));
        using var south = await browser.GetAsync(new Uri("/o/south/copro/staff", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(NorthResponses, signedIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, north.StatusCode);
        Assert.Equal("/account/denied", south.Headers.Location?.OriginalString);
        Assert.Equal(["north:Moderation"], await _site.RolesOfAsync(_site.Provider.Person.Oid));
    }

    [Fact]
    public async Task SignIn_AsksForTheCodeFlowWithPkce_PostedBack_AndKeepsNoTokens()
    {
        _site.Provider.Person = Person(NorthModerators);
        using var browser = _site.Browser();

        using var signedIn = await _site.SignInAsync(browser, "/");

        var request = _site.Provider.LastAuthorization!;
        Assert.Equal("code", request["response_type"]);
        Assert.Equal("S256", request["code_challenge_method"]);
        Assert.Equal("form_post", request["response_mode"]);
        Assert.Equal("https://host.test/signin-oidc", request["redirect_uri"]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task RemovedFromAGroup_LosesItsRoles_AtTheNextSignIn()
    {
        _site.Provider.Person = Person(NorthModerators, SouthStaff);
        using (var first = _site.Browser())
        {
            using var signedIn = await _site.SignInAsync(first, "/");
            Assert.Equal(["north:Moderation", "south:Staff"], await _site.RolesOfAsync(_site.Provider.Person.Oid));
        }

        _site.Provider.Person = Person(SouthStaff);
        using var browser = _site.Browser();
        using var again = await _site.SignInAsync(browser, "/");
        using var north = await browser.GetAsync(new Uri(NorthResponses, UriKind.Relative));
        using var south = await browser.GetAsync(new Uri("/o/south/copro/staff", UriKind.Relative));

        Assert.Equal(["south:Staff"], await _site.RolesOfAsync(_site.Provider.Person.Oid));
        Assert.Equal("/account/denied", north.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, south.StatusCode);
        Assert.Equal(1, await _site.AccountCountAsync());
    }

    [Fact]
    public async Task RemovedFromEveryMappedGroup_IsRefused_AndKeepsNoRole()
    {
        _site.Provider.Person = Person(NorthModerators);
        using (var first = _site.Browser())
        {
            using var signedIn = await _site.SignInAsync(first, "/");
        }

        _site.Provider.Person = Person(Unmapped);
        using var browser = _site.Browser();
        using var refused = await _site.SignInAsync(browser, NorthResponses);
        using var north = await browser.GetAsync(new Uri(NorthResponses, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(await _site.RolesOfAsync(_site.Provider.Person.Oid));
        Assert.StartsWith("/account/sign-in", north.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoMappedGroup_IsRefused_WithAPageThatSaysSo_AndNoAccountIsMade()
    {
        _site.Provider.Person = Person(Unmapped);
        using var browser = _site.Browser();

        using var refused = await _site.SignInAsync(browser, NorthResponses);
        using var north = await browser.GetAsync(new Uri(NorthResponses, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("You do not have a role here", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await _site.AccountCountAsync());
        Assert.StartsWith("/account/sign-in", north.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoSecondFactorInAmr_WhileOneIsRequired_IsRefused()
    {
        _site.Provider.Person = Person(NorthModerators) with { Amr = ["pwd"] };
        using var browser = _site.Browser();

        using var refused = await _site.SignInAsync(browser, NorthResponses);
        using var north = await browser.GetAsync(new Uri(NorthResponses, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("did not confirm a second factor", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await _site.AccountCountAsync());
        Assert.StartsWith("/account/sign-in", north.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerWithAnotherState_IsTurnedAwayByTheHandler()
    {
        _site.Provider.Person = Person(NorthModerators);
        using var browser = _site.Browser();

        using var failed = await _site.SignInAsync(browser, NorthResponses, answer => answer["state"] = answer["state"][..^4] + "AAAA");
        using var north = await browser.GetAsync(new Uri(NorthResponses, UriKind.Relative));

        Assert.Contains("did not finish", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await _site.AccountCountAsync());
        Assert.StartsWith("/account/sign-in", north.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIdTokenForAnotherNonce_IsTurnedAwayByTheHandler()
    {
        _site.Provider.Person = Person(NorthModerators);
        _site.Provider.NonceOverride = "638000000000000000.bm90LXRoZS1ub25jZS10aGUtaG9zdC1hc2tlZC1mb3I";
        using var browser = _site.Browser();

        using var failed = await _site.SignInAsync(browser, NorthResponses);
        using var north = await browser.GetAsync(new Uri(NorthResponses, UriKind.Relative));

        Assert.Contains("did not finish", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await _site.AccountCountAsync());
        Assert.StartsWith("/account/sign-in", north.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASession_EndsAfterEightHours_HoweverActive()
    {
        _site.Provider.Person = Person(NorthModerators);
        using var browser = _site.Browser();
        using var signedIn = await _site.SignInAsync(browser, "/");

        _site.Clock.Ahead = TimeSpan.FromHours(7);
        using var stillIn = await browser.GetAsync(new Uri(NorthResponses, UriKind.Relative));
        _site.Clock.Ahead = TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1);
        using var ended = await browser.GetAsync(new Uri(NorthResponses, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.StartsWith("/account/sign-in", ended.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private static FakePerson Person(params string[] groups) => new("3f9a2b1c-4d5e-4f60-8a7b-9c0d1e2f3a4b", "sam@north.example.org", groups, ["pwd", "mfa"]);
}
