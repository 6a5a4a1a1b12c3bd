using System.Net;
using System.Text.Json;
using CoProWidgets.Rendering;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Embed;

/// <summary>
/// <c>{prefix}/widgets.json</c>: what the embed script and the CMS plugins know of the widgets, made from the widgets'
/// own descriptions and routes; and the same routes read back by the routing system's link parser.
/// </summary>
public sealed class WidgetManifestTests : IAsyncDisposable
{
    private readonly LibrarySite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task Manifest_ListsEveryWidget_WithTemplatesMadeFromItsRoutes()
    {
        await _site.StartAsync();
        using var client = _site.Client(null);

        using var response = await client.GetAsync(new Uri("/copro/widgets.json", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        var widgets = root.GetProperty("widgets").EnumerateArray().ToDictionary(widget => widget.GetProperty("kind").GetString()!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("/copro/embed/{widget}/{name}", root.GetProperty("embed").GetString());
        Assert.Equal(["principles", "get-involved", "survey", "results", "outcomes"], widgets.Keys);
        Assert.Equal(("required", "/copro/principles/{name}/page", (string?)null), Page(widgets["principles"]));
        Assert.Equal(("none", (string?)null, "/copro/get-involved"), Page(widgets["get-involved"]));
        Assert.Equal(("required", "/copro/surveys/{name}", (string?)null), Page(widgets["survey"]));
        Assert.Equal(("required", "/copro/surveys/{name}/results", (string?)null), Page(widgets["results"]));
        Assert.Equal(("optional", "/copro/outcomes/{name}", "/copro/outcomes"), Page(widgets["outcomes"]));
        Assert.All(widgets.Values, widget => Assert.False(string.IsNullOrWhiteSpace(widget.GetProperty("label").GetString())));
        Assert.Equal("Answer our survey", widgets["survey"].GetProperty("linkText").GetString());
        Assert.Matches($"^{root.GetProperty("namePattern").GetString()}$", "having-a-say");
        Assert.DoesNotMatch($"^{root.GetProperty("namePattern").GetString()}$", "../staff");
    }

    [Fact]
    public async Task Manifest_IsReadableByAnySite_CachedAndRevalidatedByItsTag()
    {
        await _site.StartAsync();
        using var client = _site.Client(null);

        using var first = await client.GetAsync(new Uri("/copro/widgets.json", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, "/copro/widgets.json");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(again);

        Assert.Equal("*", first.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.True(first.Headers.CacheControl is { Public: true, MaxAge: not null });
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Manifest_FollowsTheRoutePrefix()
    {
        await _site.StartAsync(settings: [new("CoProWidgets:RoutePrefix", "/widgets")]);
        using var client = _site.Client(null);

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/widgets/widgets.json", UriKind.Relative)));

        Assert.Equal("/widgets/surveys/{name}", json.RootElement.GetProperty("widgets")[2].GetProperty("page").GetString());
    }

    [Fact]
    public async Task EveryWidgetsOwnPage_IsReadBackToItsWidget_AndNoOtherAddressIs()
    {
        await _site.StartAsync();
        var registry = _site.Services.GetRequiredService<WidgetRegistry>();
        var links = _site.Services.GetRequiredService<LinkGenerator>();

        foreach (var widget in registry.All)
        {
            if (widget.Address.NamedPage is { } named)
            {
                var path = links.GetPathByName(named, new { name = "having-a-say" })!;
                Assert.Equal(new WidgetPage(widget, "having-a-say"), registry.Parse(new PathString(path)));
            }

            if (widget.Address.UnnamedPage is { } unnamed)
            {
                Assert.Equal(new WidgetPage(widget, null), registry.Parse(new PathString(links.GetPathByName(unnamed, values: null))));
            }
        }

        Assert.All(
            ["/copro/outcomes/feed.atom", "/copro/staff", "/copro/principles/ours", "/copro/surveys/..", "/copro/embed/survey/s", "/elsewhere/surveys/s"],
            path => Assert.Null(registry.Parse(new PathString(path))));
    }

    private static (string?, string?, string?) Page(JsonElement widget) =>
        (widget.GetProperty("name").GetString(), widget.GetProperty("page").GetString(), widget.GetProperty("unnamedPage").GetString());
}
