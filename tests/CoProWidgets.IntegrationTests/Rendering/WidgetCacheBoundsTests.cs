using System.Net;
using CoProWidgets.Rendering;
using CoProWidgets.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Rendering;

/// <summary>
/// Whoever makes up requests cannot fill the widget cache and so stop it keeping anything new: arguments are held to
/// the range the widget uses before they become a key, and a full cache makes room rather than refusing.
/// </summary>
public sealed class WidgetCacheBoundsTests : IDisposable
{
    private readonly SampleSiteFactory _site = new() { EnvironmentName = "Production" };

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task AThousandHeadingLevels_MakeOneEntry_AndTheNextWidgetIsStillKept()
    {
        using var client = _site.CreateClient();
        var cache = _site.Services.GetRequiredService<WidgetCache>();
        using (var first = await client.GetAsync(new Uri("/copro/principles/our-principles?headingLevel=6", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var before = cache.Count;
        for (var level = 7; level <= 1005; level++)
        {
            using var response = await client.GetAsync(new Uri($"/copro/principles/our-principles?headingLevel={level}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(before, cache.Count);
        var level5 = await client.GetStringAsync(new Uri("/copro/principles/our-principles?headingLevel=5", UriKind.Relative));
        Assert.Equal(before, cache.Count);
        Assert.Contains("<h5", level5, StringComparison.Ordinal);

        using var other = await client.GetAsync(new Uri("/copro/principles/toolkit", UriKind.Relative));
        Assert.Equal(before + 1, cache.Count);
    }
}
