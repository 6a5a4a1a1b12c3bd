using CoProWidgets.Principles;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Tests.Rendering;

public sealed class WidgetCacheUnitTests
{
    private static WidgetCache Cache(string environment = "Production") => new(new HostingEnvironment { EnvironmentName = environment });

    private static WidgetKey Key(object name) => new("Widget", WidgetArguments.None, name.ToString(), "copro-1", string.Empty, false);

    private static WidgetSources Sources(params object?[] other) => new([], other);

    [Fact]
    public void Entry_IsServedOnlyWhileItsSourcesAreTheSameObjects()
    {
        var cache = Cache();
        var content = new object();
        cache.Set(Key("k"), Sources(content, 2), "<p>a</p>");

        Assert.True(cache.TryGet<string>(Key("k"), Sources(content, 2), out var html));
        Assert.Equal("<p>a</p>", html);
        Assert.False(cache.TryGet<string>(Key("k"), Sources(new object(), 2), out _));
        Assert.False(cache.TryGet<string>(Key("k"), Sources(content, 3), out _));
        Assert.False(cache.TryGet<string>(Key("other"), Sources(content, 2), out _));
    }

    [Fact]
    public void Cache_HoldsAtMostMaxEntries_WhateverTheKeys()
    {
        var cache = Cache();
        for (var i = 0; i < WidgetCache.MaxEntries + 500; i++)
        {
            cache.Set(Key($"k{i}"), Sources(), "x");
        }

        Assert.Equal(WidgetCache.MaxEntries, cache.Count);
        Assert.Equal(WidgetCache.MaxEntries, cache.Replays);
    }

    [Fact]
    public void AdmitsPath_TakesTheFirstMaxPathsPaths_AndNoOthers_HoweverManyAreMadeUp()
    {
        var cache = Cache();
        var admitted = Enumerable.Range(0, WidgetCache.MaxPaths + 500).Count(i => cache.AdmitsPath($"/outcomes/made-up-{i}"));

        Assert.Equal(WidgetCache.MaxPaths, admitted);
        Assert.True(cache.AdmitsPath("/outcomes/made-up-0"));
        Assert.False(cache.AdmitsPath("/outcomes/made-up-9999"));
    }

    [Fact]
    public async Task Replay_StopsAsSoonAsItsContentIsNoLongerCurrent()
    {
        var cache = Cache();
        using var content = new CancellationTokenSource();
        var key = Key("args");
        cache.Set(key, new WidgetSources([new CancellationChangeToken(content.Token)], []), await RenderedHtml.CaptureAsync(writer => writer.WriteAsync("<p>a</p>")));

        Assert.Equal("<p>a</p>", cache.TryReplay(key)?.ToString());
        content.Cancel();
        Assert.Null(cache.TryReplay(key));
    }

    [Fact]
    public void Key_OfATagHelpersRecord_AndOfAPagesAnonymousArguments_IsTheSame()
    {
        var context = new DefaultHttpContext();
        var typed = WidgetKey.Of(context, typeof(PrinciplesViewComponent), new PrinciplesArguments("ours", null), "copro-1");
        var page = WidgetKey.Of(context, typeof(PrinciplesViewComponent), new Dictionary<string, object?> { ["name"] = "ours" }, "copro-1");

        Assert.Equal(typed, page);
        Assert.NotEqual(typed, WidgetKey.Of(context, typeof(PrinciplesViewComponent), new PrinciplesArguments("ours", 3), "copro-1"));
        Assert.NotEqual(typed, WidgetKey.Of(context, typeof(PrinciplesViewComponent), new PrinciplesArguments("ours", null), "copro-2"));
    }

    [Fact]
    public void Cache_IsOffInDevelopment_WhereViewsChangeWhileTheSiteRuns()
    {
        Assert.False(Cache("Development").Enabled);
        Assert.True(Cache().Enabled);
    }
}
