using CoProWidgets.Outcomes;
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

    private static WidgetKey PathKey(string path) => new("Outcomes", WidgetArguments.None, "10|||1", "copro-1", string.Empty, false, path);

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
    public void Cache_WhenFull_DropsChangedContentFirst_ThenWhatWasUsedLeastRecently()
    {
        var cache = Cache();
        using var changed = new CancellationTokenSource();
        cache.Set(Key("changed"), new WidgetSources([new CancellationChangeToken(changed.Token)], []), "x");
        for (var i = 1; i < WidgetCache.MaxEntries; i++)
        {
            cache.Set(Key($"k{i}"), Sources(), "x");
        }

        Assert.True(cache.TryGet<string>(Key("k1"), Sources(), out _));
        changed.Cancel();
        cache.Set(Key("new-1"), Sources(), "x");
        cache.Set(Key("new-2"), Sources(), "x");

        Assert.Equal(WidgetCache.MaxEntries, cache.Count);
        Assert.False(cache.TryGet<string>(Key("changed"), Sources(), out _));
        Assert.True(cache.TryGet<string>(Key("k1"), Sources(), out _));
        Assert.False(cache.TryGet<string>(Key("k2"), Sources(), out _));
        Assert.True(cache.TryGet<string>(Key("k3"), Sources(), out _));
        Assert.True(cache.TryGet<string>(Key("new-1"), Sources(), out _));
        Assert.True(cache.TryGet<string>(Key("new-2"), Sources(), out _));
    }

    [Fact]
    public void Paths_MadeUpByTheHundred_PushOutOnlyEachOther_NotThePathInUse()
    {
        var cache = Cache();
        var real = PathKey("/outcomes");
        cache.Set(real, Sources(), "real");
        for (var i = 0; i < WidgetCache.MaxPaths + 500; i++)
        {
            cache.Set(PathKey($"/outcomes/made-up-{i}"), Sources(), "x");
            Assert.True(cache.TryGet<string>(real, Sources(), out _));
        }

        Assert.Equal(WidgetCache.MaxPaths, cache.Paths);
        Assert.Equal(WidgetCache.MaxPaths, cache.Count);
        Assert.False(cache.TryGet<string>(PathKey("/outcomes/made-up-0"), Sources(), out _));
        Assert.True(cache.TryGet<string>(PathKey($"/outcomes/made-up-{WidgetCache.MaxPaths + 499}"), Sources(), out _));
    }

    [Fact]
    public void Key_OfAHeadingLevelOutOfRange_IsTheKeyOfTheLevelTheWidgetShows()
    {
        var context = new DefaultHttpContext();
        var keys = Enumerable.Range(6, 1000)
            .Select(level => WidgetKey.Of(context, typeof(PrinciplesViewComponent), new PrinciplesArguments("ours", level), "copro-1"))
            .Append(WidgetKey.Of(context, typeof(OutcomesViewComponent), new Dictionary<string, object?> { ["pageSize"] = 5000 }, "copro-1"))
            .Append(WidgetKey.Of(context, typeof(OutcomesViewComponent), new Dictionary<string, object?> { ["pageSize"] = 100 }, "copro-1"))
            .ToHashSet();

        Assert.Equal(2, keys.Count);
        Assert.Contains(WidgetKey.Of(context, typeof(PrinciplesViewComponent), new PrinciplesArguments("ours", 5), "copro-1"), keys);
        Assert.Equal(WidgetKey.Of(context, typeof(PrinciplesViewComponent), new PrinciplesArguments("ours", 1), "copro-1"), WidgetKey.Of(context, typeof(PrinciplesViewComponent), new PrinciplesArguments("ours", -7), "copro-1"));
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
