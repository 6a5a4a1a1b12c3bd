using CoProWidgets.Rendering;
using Microsoft.Extensions.Hosting.Internal;

namespace CoProWidgets.Tests.Rendering;

public sealed class WidgetHtmlCacheTests
{
    private static WidgetHtmlCache Cache(string environment = "Production") => new(new HostingEnvironment { EnvironmentName = environment });

    private static RenderedHtml Rendered(string html) => RenderedHtml.CaptureAsync(writer => writer.WriteAsync(html)).GetAwaiter().GetResult();

    [Fact]
    public void Entry_IsServedOnlyWhileItsSourcesAreTheSameObjects()
    {
        var cache = Cache();
        var content = new object();
        cache.Set("k", [content, 2], Rendered("<p>a</p>"));

        Assert.True(cache.TryGet("k", [content, 2], out var html));
        Assert.Equal("<p>a</p>", html.ToString());
        Assert.False(cache.TryGet("k", [new object(), 2], out _));
        Assert.False(cache.TryGet("k", [content, 3], out _));
        Assert.False(cache.TryGet("other", [content, 2], out _));
    }

    [Fact]
    public void Cache_HoldsAtMostMaxEntries_WhateverTheKeys()
    {
        var cache = Cache();
        for (var i = 0; i < WidgetHtmlCache.MaxEntries + 500; i++)
        {
            cache.Set($"k{i}", [], Rendered("x"));
            cache.SetReplay(new CallKey(typeof(object), i, "copro-1", string.Empty, false), Rendered("x"), static () => true);
        }

        Assert.Equal(WidgetHtmlCache.MaxEntries, cache.Count);
        Assert.Equal(WidgetHtmlCache.MaxEntries, cache.Replays);
    }

    [Fact]
    public void AdmitsPath_TakesTheFirstMaxPathsPaths_AndNoOthers_HoweverManyAreMadeUp()
    {
        var cache = Cache();
        var admitted = Enumerable.Range(0, WidgetHtmlCache.MaxPaths + 500).Count(i => cache.AdmitsPath($"/outcomes/made-up-{i}"));

        Assert.Equal(WidgetHtmlCache.MaxPaths, admitted);
        Assert.True(cache.AdmitsPath("/outcomes/made-up-0"));
        Assert.False(cache.AdmitsPath("/outcomes/made-up-9999"));
    }

    [Fact]
    public void Replay_StopsAsSoonAsItsContentIsNoLongerCurrent()
    {
        var cache = Cache();
        var current = true;
        var key = new CallKey(typeof(object), "args", "copro-1", string.Empty, false);
        cache.SetReplay(key, Rendered("<p>a</p>"), () => current);

        Assert.Equal("<p>a</p>", cache.TryReplay(key)?.ToString());
        current = false;
        Assert.Null(cache.TryReplay(key));
    }

    [Fact]
    public void Cache_IsOffInDevelopment_WhereViewsChangeWhileTheSiteRuns()
    {
        Assert.False(Cache("Development").Enabled);
        Assert.True(Cache().Enabled);
    }
}
