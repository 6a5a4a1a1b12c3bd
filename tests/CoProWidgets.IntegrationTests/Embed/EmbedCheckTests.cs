using System.Net;
using System.Text.Json;
using CoProWidgets.Testing;

namespace CoProWidgets.IntegrationTests.Embed;

/// <summary>
/// <c>{prefix}/embed-check</c>: a site asks the widget host whether its origin may show the widgets, and is told yes or
/// no for that one origin, with the host's address, and nothing that anyone may cache or that repeats what was sent.
/// </summary>
public sealed class EmbedCheckTests : IDisposable
{
    private const string Partner = "https://partner.example";
    private const string OtherPartner = "https://other-partner.example:8443";
    private readonly SampleSiteFactory _site = new();
    private readonly HttpClient _client;

    public EmbedCheckTests()
    {
        _site.Settings["CoProWidgets:Embed:AllowedOrigins:0"] = Partner;
        _site.Settings["CoProWidgets:Embed:AllowedOrigins:1"] = OtherPartner;
        _site.Settings["CoProWidgets:SiteUrl"] = "https://widgets.example.org/health/";
        _client = _site.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }

    [Theory]
    [InlineData("https://partner.example", "https://partner.example", true)]
    [InlineData("HTTPS://Partner.Example:443/", "https://partner.example", true)]
    [InlineData("https://other-partner.example:8443", "https://other-partner.example:8443", true)]
    [InlineData("http://partner.example", "http://partner.example", false)]
    [InlineData("https://partner.example.evil.example", "https://partner.example.evil.example", false)]
    [InlineData("http://localhost", "http://localhost", true)]
    public async Task AnOriginInTheAddress_IsAnsweredForThatOriginAlone(string sent, string origin, bool allowed)
    {
        using var response = await _client.GetAsync(new Uri($"/copro/embed-check?origin={Uri.EscapeDataString(sent)}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["origin", "allowed", "site"], json.RootElement.EnumerateObject().Select(property => property.Name));
        Assert.Equal(origin, json.RootElement.GetProperty("origin").GetString());
        Assert.Equal(allowed, json.RootElement.GetProperty("allowed").GetBoolean());
        Assert.Equal("https://widgets.example.org/health/", json.RootElement.GetProperty("site").GetString());
    }

    [Fact]
    public async Task ABrowsersOriginHeader_IsCheckedWhenTheAddressHasNone_AndNobodyMayCacheTheAnswer()
    {
        using var listed = await SendAsync("/copro/embed-check", OtherPartner);
        using var other = await SendAsync("/copro/embed-check", "https://elsewhere.example");
        using var json = JsonDocument.Parse(await listed.Content.ReadAsStringAsync());

        Assert.True(json.RootElement.GetProperty("allowed").GetBoolean());
        Assert.Equal(OtherPartner, json.RootElement.GetProperty("origin").GetString());
        Assert.False(JsonDocument.Parse(await other.Content.ReadAsStringAsync()).RootElement.GetProperty("allowed").GetBoolean());
        Assert.True(listed.Headers.CacheControl?.NoStore);
        Assert.Contains("Origin", listed.Headers.Vary);
        Assert.Equal("*", Assert.Single(listed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(listed.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/copro/embed-check", null)]
    [InlineData("/copro/embed-check?origin=", null)]
    [InlineData("/copro/embed-check?origin=null", null)]
    [InlineData("/copro/embed-check?origin=javascript%3Aalert(1)", null)]
    [InlineData("/copro/embed-check?origin=%3Cscript%3Ealert(1)%3C%2Fscript%3E", null)]
    [InlineData("/copro/embed-check?origin=https%3A%2F%2Fpartner.example%2Fstaff", null)]
    [InlineData("/copro/embed-check?origin=https%3A%2F%2F*.example", null)]
    [InlineData("/copro/embed-check?origin=https%3A%2F%2Fuser%40partner.example", null)]
    [InlineData("/copro/embed-check?origin=https%3A%2F%2Fpartner.example&origin=https%3A%2F%2Fevil.example", null)]
    [InlineData("/copro/embed-check?origin=not-an-origin", "https://partner.example")]
    [InlineData("/copro/embed-check", "null")]
    public async Task AnythingButOneOrigin_IsRefused_WithoutRepeatingWhatWasSent(string path, string? header)
    {
        using var response = await SendAsync(path, header);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Send one origin to check", JsonDocument.Parse(body).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("partner", body, StringComparison.Ordinal);
        Assert.DoesNotContain("script", body, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task AnOverlongOrigin_IsRefused()
    {
        using var response = await SendAsync($"/copro/embed-check?origin=https%3A%2F%2F{new string('a', 400)}.example", header: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("aaaa", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheManifest_SaysWhereTheCheckIs_UnderAnyRoutePrefix()
    {
        using var moved = new SampleSiteFactory();
        moved.Settings["CoProWidgets:RoutePrefix"] = "/health/copro";
        moved.Settings["CoProWidgets:Embed:AllowedOrigins:0"] = Partner;
        using var client = moved.CreateClient();

        using var manifest = JsonDocument.Parse(await client.GetStringAsync(new Uri("/health/copro/widgets.json", UriKind.Relative)));
        var check = manifest.RootElement.GetProperty("embedCheck").GetString();
        using var answer = JsonDocument.Parse(await client.GetStringAsync(new Uri($"{check}?origin={Uri.EscapeDataString(Partner)}", UriKind.Relative)));

        Assert.Equal("/health/copro/embed-check", check);
        Assert.True(answer.RootElement.GetProperty("allowed").GetBoolean());
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string? header)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (header is not null)
        {
            request.Headers.Add("Origin", header);
        }

        return await _client.SendAsync(request);
    }
}
