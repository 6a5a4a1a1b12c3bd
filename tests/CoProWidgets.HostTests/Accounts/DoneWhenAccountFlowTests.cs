using System.Net;
using CoProWidgets.Host.Accounts;
using CoProWidgets.HostTests.Support;
using CoProWidgets.Testing;

namespace CoProWidgets.HostTests.Accounts;

/// <summary>
/// The account half of issue 25's "done when", as a new user would do it, through real HTTP with cookies and
/// antiforgery: the create-admin link, a second factor, a second organisation, a moderator invited to it who reaches
/// its responses and is turned away from the other's.
/// </summary>
public sealed class DoneWhenAccountFlowTests : IAsyncDisposable
{
    private HostSite _site = null!;

    public static TheoryData<string> Providers => TestDatabase.Providers;

    private async Task StartAsync(string provider)
    {
        _site = await HostSite.OnAsync(provider);
        await _site.AddOrganisationAsync("north");
        var survey = await File.ReadAllTextAsync(Path.Combine(Repository.SampleContent, "surveys", "having-a-say.md"));
        _site.WriteContent("north", "surveys/having-a-say.md", survey);
        _site.WriteContent("south", "surveys/having-a-say.md", survey);
    }

    public ValueTask DisposeAsync() => _site?.DisposeAsync() ?? ValueTask.CompletedTask;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task FirstAdministrator_AddsAnOrganisation_AndItsInvitedModerator_ReachesOnlyItsResponses(string provider)
    {
        await StartAsync(provider);
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] database = _site.Database is { Provider: TestDatabase.PostgreSql } postgres
            ? ["--CoProWidgets:Database:Provider", TestDatabase.PostgreSql, "--ConnectionStrings:CoProWidgets", postgres.ConnectionString!]
            : [];
        var exit = await CreateAdminCommand.RunAsync(
            ["--email", "admin@host.example.org", "--WidgetHost:DataPath", _site.DataPath, "--WidgetHost:PublicUrl", "http://host.test/", "--environment", "Testing", .. database], output, error);
        Assert.True(exit == 0, error.ToString());
        var link = output.ToString().Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("http://host.test/account/invitation?token=", StringComparison.Ordinal));

        using (var first = new StaffBrowser(_site))
        {
            var codes = await first.AcceptAsync(link, "kettle harbour violin");
            Assert.Equal(10, codes.Count);
            using var admin = new StaffBrowser(_site) { AuthenticatorKey = first.AuthenticatorKey };
            var signedIn = await admin.SignInAsync("admin@host.example.org", "kettle harbour violin");
            Assert.Equal("/account", signedIn.Headers.Location?.OriginalString);

            var (added, _) = await admin.FillAsync("admin/organisations/add", form => form
                .Set("Form.Slug", "south").Set("Form.Name", "Healthwatch South").Set("Form.SiteUrl", "https://www.south.example.org/")
                .Set("Form.EmailFrom", "involve@south.example.org").Set("Form.SafeguardingEmail", "safeguarding@south.example.org"));
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);

            var (invited, staffPage) = await admin.FillAsync("admin/organisations/south/staff/invite", form => form
                .Set("Form.Email", "mod@south.example.org").Check("Form.Roles", "Moderation"));
            Assert.Equal(HttpStatusCode.OK, invited.StatusCode);
            Assert.Contains("An invitation was sent to mod@south.example.org.", staffPage.Body!.TextContent, StringComparison.Ordinal);
        }

        using var moderator = new StaffBrowser(_site);
        await moderator.AcceptAsync(StaffBrowser.InvitationLinksTo(_site, "mod@south.example.org").Single(), "lantern meadow copper");
        using var later = new StaffBrowser(_site) { AuthenticatorKey = moderator.AuthenticatorKey };
        var returned = await later.SignInAsync("mod@south.example.org", "lantern meadow copper", returnUrl: "/o/south/copro/staff/surveys/having-a-say/responses");
        Assert.Equal("/o/south/copro/staff/surveys/having-a-say/responses", returned.Headers.Location?.OriginalString);

        var (own, _) = await later.GetAsync("o/south/copro/staff/surveys/having-a-say/responses");
        var (others, _) = await later.GetAsync("o/north/copro/staff/surveys/having-a-say/responses");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, others.StatusCode);
        Assert.Equal("/account/denied", others.Headers.Location?.OriginalString);
    }
}
