using System.Net;
using CoProWidgets.HostTests.Support;
using CoProWidgets.Testing;

namespace CoProWidgets.HostTests.Organisations;

/// <summary>What one organisation allows or spends never counts for another: embed origins and rate budgets.</summary>
public sealed class OrganisationBoundaryTests : IAsyncLifetime
{
    private const string NorthPartner = "https://www.north-partner.example.org";

    private readonly HostSite _site = HostSite.OnSqlite(
        new("CoProWidgets:RateLimits:SignUps:PermitLimit", "1"),
        new("CoProWidgets:RateLimits:SignUps:Window", "01:00:00"));

    public async Task InitializeAsync()
    {
        await _site.AddOrganisationAsync("north", "north.test", NorthPartner);
        await _site.AddOrganisationAsync("south", "south.test");
        foreach (var file in new[] { "get-involved.md", Path.Combine("surveys", "having-a-say.md") })
        {
            var text = await File.ReadAllTextAsync(Path.Combine(Repository.SampleContent, file));
            _site.WriteContent("north", file, text);
            _site.WriteContent("south", file, text);
        }
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Theory]
    [InlineData("north.test", NorthPartner, true)]
    [InlineData("south.test", NorthPartner, false)]
    [InlineData("south.test", "https://www.south.example.org", true)]
    [InlineData("north.test", "https://www.south.example.org", false)]
    public async Task EmbeddedSurvey_IsOfferedOnlyToTheOriginsItsOwnOrganisationAllows(string host, string origin, bool allowed)
    {
        using var client = _site.ClientFor(host);
        using var request = new HttpRequestMessage(HttpMethod.Get, "copro/embed/survey/having-a-say");
        request.Headers.Add("Origin", origin);

        using var response = await client.SendAsync(request);

        Assert.Equal(allowed ? origin : null, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null);
    }

    [Fact]
    public async Task RateBudget_SpentAtOneOrganisation_LeavesAnothersWhole()
    {
        using var north = _site.ClientFor("north.test");
        using var south = _site.ClientFor("south.test");

        using var first = await SignUpAsync(north, "first@example.org");
        using var second = await SignUpAsync(north, "second@example.org");
        using var elsewhere = await SignUpAsync(south, "third@example.org");

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, elsewhere.StatusCode);
    }

    private static async Task<HttpResponseMessage> SignUpAsync(HttpClient client, string email) =>
        await FormPost.From(await client.GetDocumentAsync("copro/get-involved"), "form.copro-form")
            .Set("name", "Pat").Set("email", email).Check("areas", "carers").Set("consent", "yes")
            .PostAsync(client);
}
