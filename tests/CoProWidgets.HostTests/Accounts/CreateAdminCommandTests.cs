using System.Net;
using CoProWidgets.Host.Accounts;
using CoProWidgets.HostTests.Support;

namespace CoProWidgets.HostTests.Accounts;

public sealed class CreateAdminCommandTests : IAsyncLifetime
{
    private readonly HostSite _site = HostSite.OnSqlite();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Theory]
    [InlineData(new string[0], "Give the new administrator's email address")]
    [InlineData(new[] { "--email" }, "Give the new administrator's email address")]
    [InlineData(new[] { "--email", "not an address" }, "is not an email address")]
    [InlineData(new[] { "--email=someone@localhost" }, "is not an email address")]
    public async Task AMissingOrBadEmail_IsAUsageError(string[] args, string message)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CreateAdminCommand.RunAsync([.. args, "--WidgetHost:DataPath", _site.DataPath], output, error);

        Assert.Equal(2, exit);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task WithoutAPublicAddress_OutsideDevelopment_ItSaysWhatToSet()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CreateAdminCommand.RunAsync(["--email", "admin@host.example.org", "--WidgetHost:DataPath", _site.DataPath, "--environment", "Production"], output, error);

        Assert.Equal(1, exit);
        Assert.Contains("WidgetHost:PublicUrl", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InDevelopment_TheLinkIsTheLocalHost_AndRunningItAgainReplacesTheFirstLink()
    {
        var first = await RunAsync("Development", null);
        var second = await RunAsync("Development", null);
        using var browser = new StaffBrowser(_site);

        var (old, _) = await browser.GetAsync(new Uri(first).PathAndQuery);
        var (latest, page) = await browser.GetAsync(new Uri(second).PathAndQuery);

        Assert.StartsWith("http://localhost:5180/account/invitation?token=", first, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, latest.StatusCode);
        Assert.NotNull(page.QuerySelector("input[type=password]"));
    }

    [Fact]
    public async Task ForAnExistingAdministrator_ItIsTheWayBackIn_ReplacingPasswordAndAuthenticator()
    {
        using var first = new StaffBrowser(_site);
        await first.AcceptAsync(await RunAsync("Testing", "http://host.test/"), AccountSite.Password);
        using var again = new StaffBrowser(_site);

        await again.AcceptAsync(await RunAsync("Testing", "http://host.test/"), "second chosen passphrase");
        using var old = new StaffBrowser(_site) { AuthenticatorKey = first.AuthenticatorKey };
        using var current = new StaffBrowser(_site) { AuthenticatorKey = again.AuthenticatorKey };

        Assert.Equal(HttpStatusCode.BadRequest, (await old.SignInAsync("admin@host.example.org", AccountSite.Password)).StatusCode);
        Assert.Equal("/account", (await current.SignInAsync("admin@host.example.org", "second chosen passphrase")).Headers.Location?.OriginalString);
        var (organisations, _) = await current.GetAsync("admin/organisations");
        Assert.Equal(HttpStatusCode.OK, organisations.StatusCode);
    }

    private async Task<string> RunAsync(string environment, string? publicUrl)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] url = publicUrl is null ? [] : ["--WidgetHost:PublicUrl", publicUrl];
        var exit = await CreateAdminCommand.RunAsync(["--email", "admin@host.example.org", "--WidgetHost:DataPath", _site.DataPath, "--environment", environment, .. url], output, error);
        Assert.True(exit == 0, error.ToString());
        return output.ToString().Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("http", StringComparison.Ordinal));
    }
}
