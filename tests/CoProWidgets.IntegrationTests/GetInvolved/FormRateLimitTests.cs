using System.Net;
using CoProWidgets.Rendering;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Http;

namespace CoProWidgets.IntegrationTests.GetInvolved;

/// <summary>The library's forms answer 429 with Retry-After when one client posts too often.</summary>
public sealed class FormRateLimitTests : IDisposable
{
    private readonly SampleSiteFactory _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task PostingTooOften_Answers429WithRetryAfter_AndPagesStillLoad()
    {
        _site.Settings["CoProWidgets:FormRateLimit:PermitLimit"] = "2";
        _site.Settings["CoProWidgets:FormRateLimit:Window"] = "00:10:00";
        var client = _site.CreateClient();

        HttpResponseMessage Post() => client.PostAsync(new Uri("/copro/get-involved/unsubscribe", UriKind.Relative), new FormUrlEncodedContent([new("token", "x")])).GetAwaiter().GetResult();
        using var first = Post();
        using var second = Post();
        using var third = Post();
        using var page = await client.GetAsync(new Uri("/copro/get-involved/unsubscribe?token=x", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.InRange(third.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 600);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
    }

    [Theory]
    [InlineData("/copro/get-involved")]
    [InlineData("/copro/get-involved/confirm")]
    [InlineData("/copro/get-involved/preferences")]
    [InlineData("/copro/get-involved/erase")]
    [InlineData("/copro/get-involved/unsubscribe")]
    public async Task EveryFormPost_IsLimited(string path)
    {
        _site.Settings["CoProWidgets:FormRateLimit:PermitLimit"] = "1";
        _site.Settings["CoProWidgets:FormRateLimit:Window"] = "00:10:00";
        var client = _site.CreateClient();

        using var first = await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([new("token", "x")]));
        using var second = await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([new("token", "x")]));

        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.NotNull(second.Headers.RetryAfter);
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::")]
    [InlineData("2001:db8:1:2:1111:2222:3333:4444", "2001:db8:1:2::")]
    public void ClientKey_GroupsAnIPv6SlashSixtyFourAsOneClient(string address, string expected)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);

        Assert.Equal(expected, FormRateLimit.ClientKey(context));
    }
}
