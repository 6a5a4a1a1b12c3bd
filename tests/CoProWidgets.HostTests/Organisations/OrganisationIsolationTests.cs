using System.Net;
using CoProWidgets.Host.Organisations;
using CoProWidgets.HostTests.Support;
using CoProWidgets.Testing;

namespace CoProWidgets.HostTests.Organisations;

public sealed class OrganisationIsolationTests : IAsyncLifetime
{
    private readonly HostSite _site = HostSite.OnSqlite();

    public async Task InitializeAsync()
    {
        await _site.AddOrganisationAsync("north", "north.test");
        await _site.AddOrganisationAsync("south", "south.test");
        var survey = await File.ReadAllTextAsync(Path.Combine(Repository.SampleContent, "surveys", "having-a-say.md"));
        _site.WriteContent("north", "surveys/having-a-say.md", survey);
        _site.WriteContent("south", "surveys/having-a-say.md", survey);
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Theory]
    [InlineData("north.test", "copro/staff/surveys/having-a-say/responses")]
    [InlineData("host.test", "o/north/copro/staff/surveys/having-a-say/responses")]
    public async Task Moderator_ReadsTheirOwnOrganisationsResponses_ByHostNameOrPath(string host, string path)
    {
        var moderator = await _site.AddStaffAsync("mod@north.example.org", roles: ("north", OrganisationRole.Moderation));
        using var client = _site.ClientFor(host);
        client.DefaultRequestHeaders.Add(HostSite.StaffHeader, moderator);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("south.test", "copro/staff/surveys/having-a-say/responses")]
    [InlineData("south.test", "copro/staff")]
    [InlineData("host.test", "o/south/copro/staff/surveys/having-a-say/responses")]
    [InlineData("south.test", "copro/staff/people")]
    [InlineData("south.test", "copro/staff/safeguarding")]
    public async Task Moderator_OfOneOrganisation_IsTurnedAwayFromAnothers_ByEveryAddress(string host, string path)
    {
        var moderator = await _site.AddStaffAsync("mod@north.example.org", roles: ("north", OrganisationRole.Moderation));
        using var client = _site.ClientFor(host);
        client.DefaultRequestHeaders.Add(HostSite.StaffHeader, moderator);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/denied", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AnotherOrganisationsPath_OnAnOrganisationsHostName_IsNoPageAtAll()
    {
        var moderator = await _site.AddStaffAsync("mod@north.example.org", roles: ("north", OrganisationRole.Moderation));
        using var client = _site.ClientFor("north.test");
        client.DefaultRequestHeaders.Add(HostSite.StaffHeader, moderator);

        using var response = await client.GetAsync("o/south/copro/staff/surveys/having-a-say/responses");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task HostAdministrator_WithoutARole_CannotReadAnOrganisationsResponses()
    {
        var administrator = await _site.AddStaffAsync("admin@host.example.org", hostAdministrator: true);
        using var client = _site.ClientFor("north.test");
        client.DefaultRequestHeaders.Add(HostSite.StaffHeader, administrator);

        using var response = await client.GetAsync("copro/staff/surveys/having-a-say/responses");

        Assert.Equal("/account/denied", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Visitor_IsSentToTheHostsSignInPage_FromAnOrganisationsPath()
    {
        using var client = _site.ClientFor("host.test");

        using var response = await client.GetAsync("o/north/copro/staff");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in?ReturnUrl=%2Fo%2Fnorth%2Fcopro%2Fstaff", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task EachOrganisation_ServesItsOwnContent_FromItsOwnCache_UnderTheSameName()
    {
        var principles = await File.ReadAllTextAsync(Path.Combine(Repository.SampleContent, "principles", "our-principles.md"));
        _site.WriteContent("north", "principles/how-we-work.md", principles + "\nNorth listens first.\n");
        _site.WriteContent("south", "principles/how-we-work.md", principles + "\nSouth meets people where they are.\n");
        using var north = _site.ClientFor("north.test");
        using var south = _site.ClientFor("south.test");

        // Asked in turn, each answer from the widget cache must still be its own organisation's.
        var pages = new List<(string Organisation, string Html)>();
        for (var round = 0; round < 3; round++)
        {
            pages.Add(("north", await north.GetStringAsync("copro/embed/principles/how-we-work")));
            pages.Add(("south", await south.GetStringAsync("copro/embed/principles/how-we-work")));
        }

        Assert.All(pages.Where(p => p.Organisation == "north"), p => Assert.Contains("North listens first.", p.Html, StringComparison.Ordinal));
        Assert.All(pages.Where(p => p.Organisation == "north"), p => Assert.DoesNotContain("South meets", p.Html, StringComparison.Ordinal));
        Assert.All(pages.Where(p => p.Organisation == "south"), p => Assert.Contains("South meets people where they are.", p.Html, StringComparison.Ordinal));
        Assert.All(pages.Where(p => p.Organisation == "south"), p => Assert.DoesNotContain("North listens", p.Html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PeopleRole_InOneOrganisation_CannotExportAnothersResponses()
    {
        var exporter = await _site.AddStaffAsync("people@north.example.org", roles: [("north", OrganisationRole.People), ("north", OrganisationRole.Moderation)]);
        using var client = _site.ClientFor("south.test");
        client.DefaultRequestHeaders.Add(HostSite.StaffHeader, exporter);

        using var csv = await client.PostAsync("copro/staff/surveys/having-a-say/responses.csv", new FormUrlEncodedContent([]));
        using var signUps = await client.PostAsync("copro/get-involved/sign-ups.csv", new FormUrlEncodedContent([]));

        Assert.Equal("/account/denied", csv.Headers.Location?.OriginalString);
        Assert.Equal("/account/denied", signUps.Headers.Location?.OriginalString);
    }
}
