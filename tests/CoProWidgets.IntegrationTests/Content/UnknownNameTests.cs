using System.Net;
using CoProWidgets.Content;
using CoProWidgets.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoProWidgets.IntegrationTests.Content;

/// <summary>
/// Addresses naming content that does not exist cost nothing: a 404, no state kept per name, no file watcher, and no
/// log line above Debug, on every route that takes a name. (The load figures are in the README.)
/// </summary>
public sealed class UnknownNameTests : IDisposable
{
    private static readonly string[] s_routes =
    [
        "/copro/surveys/{0}",
        "/copro/surveys/{0}/results",
        "/copro/surveys/{0}/results.csv",
        "/copro/outcomes/{0}",
        "/copro/principles/{0}",
        "/copro/principles/{0}/page",
        "/copro/embed/survey/{0}",
        "/copro/embed/results/{0}",
        "/copro/embed/principles/{0}",
        "/copro/embed/outcomes/{0}",
    ];

    private readonly SampleSiteFactory _site = new() { EnvironmentName = "Production" };

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task ManyUnknownNames_OnEveryRoute_Answer404_AndKeepNothingAndLogNothing()
    {
        using var client = _site.CreateClient();
        using (var warm = await client.GetAsync(new Uri("/", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        var store = _site.Services.GetRequiredService<ContentStore>();
        var before = store.Count;
        var logged = _site.Logs.Entries.Count;

        for (var i = 0; i < 100; i++)
        {
            foreach (var route in s_routes)
            {
                using var response = await client.GetAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, route, $"no-such-{Guid.NewGuid():N}"), UriKind.Relative));
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            }

            using var post = await client.PostAsync(new Uri($"/copro/surveys/no-such-{i}", UriKind.Relative), new FormUrlEncodedContent([new("action", "next")]));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        Assert.Equal(before, store.Count);
        Assert.DoesNotContain(_site.Logs.Entries.Skip(logged), entry => entry.Level >= LogLevel.Warning);
    }

    [Theory]
    [InlineData("/copro/surveys/having-a-say%0A")]
    [InlineData("/copro/surveys/having-a-say%0D%0AFake log line")]
    [InlineData("/copro/surveys/%E2%80%AEevil")]
    [InlineData("/copro/surveys/..%2Fget-involved")]
    [InlineData("/copro/outcomes/x%0A")]
    [InlineData("/copro/principles/our-principles%0A/page")]
    [InlineData("/copro/surveys/having-a-say%0A/results")]
    public async Task InvalidNames_IncludingATrailingNewline_AreNotFound_WithoutALogLine(string path)
    {
        using var client = _site.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("main h1")?.TextContent);
        Assert.DoesNotContain(_site.Logs.Entries, entry => entry.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task RefusedEmbedOrigins_AreLoggedOnceEach_Escaped()
    {
        using var client = _site.CreateClient();
        for (var i = 0; i < 20; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/copro/embed/principles/our-principles", UriKind.Relative));
            request.Headers.TryAddWithoutValidation("Origin", "https://unlisted.example");
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using var framed = await client.GetAsync(new Uri("/copro/embed/principles/our-principles?mode=frame&origin=https%3A%2F%2Fa.example%0AFAKE%20LINE", UriKind.Relative));

        Assert.Single(_site.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("https://unlisted.example", StringComparison.Ordinal));
        var escaped = Assert.Single(_site.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("a.example", StringComparison.Ordinal));
        Assert.DoesNotContain('\n', escaped.Message);
        Assert.Contains("\\u000a", escaped.Message, StringComparison.Ordinal);
    }
}
