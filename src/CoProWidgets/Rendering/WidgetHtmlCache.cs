using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using CoProWidgets.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.Extensions.Hosting;

namespace CoProWidgets.Rendering;

/// <summary>
/// The HTML of widgets whose output depends only on what they were rendered from: principles panels, outcomes, the
/// outcomes list for given filters, results for given figures. Each entry keeps the objects it was rendered from (the
/// parsed content, the tally); it is served while the widget is asked for with the same arguments and those objects
/// are still the current ones (the content store replaces a parsed file when it changes, so identity is its version),
/// and rendered again otherwise. Forms, with their per-visitor tokens, are never cached.
/// </summary>
/// <remarks>
/// Bounded: keys are made only of validated names, clamped levels and known filter values, and once
/// <see cref="MaxEntries"/> are held, further renderings are not kept. Off in Development, where a host's overriding
/// view can change while the site runs.
/// </remarks>
internal sealed class WidgetHtmlCache(IHostEnvironment environment)
{
    public const int MaxEntries = 1000;

    /// <summary>How many request paths a widget whose links carry its page's path (the outcomes list) is kept for.</summary>
    public const int MaxPaths = 50;

    private readonly ConcurrentDictionary<string, byte> _paths = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<CallKey, Replay> _calls = new();

    public bool Enabled { get; } = !environment.IsDevelopment();

    public int Count => _entries.Count;

    /// <summary>How many calls can be written from memory without invoking their view component.</summary>
    public int Replays => _calls.Count;

    public bool TryGet(string key, object?[] sources, [NotNullWhen(true)] out RenderedHtml? html)
    {
        // A staff preview renders text that is not the file: neither read from nor written to the cache.
        html = !ContentStore.IsPreviewing && _entries.TryGetValue(key, out var entry) && entry.IsFor(sources) ? entry.Html : null;
        return html is not null;
    }

    public void Set(string key, object?[] sources, RenderedHtml html)
    {
        if (!ContentStore.IsPreviewing && (_entries.Count < MaxEntries || _entries.ContainsKey(key)))
        {
            _entries[key] = new Entry(sources, html);
        }
    }

    /// <summary>
    /// Whether a widget rendered on <paramref name="path"/> may be kept: the first <see cref="MaxPaths"/> paths are,
    /// no others, so whoever makes up addresses (a host's catch-all route) cannot fill the cache with one entry each.
    /// </summary>
    public bool AdmitsPath(string path) =>
        _paths.ContainsKey(path) || (_paths.Count < MaxPaths && _paths.TryAdd(path, 0)) || _paths.ContainsKey(path);

    /// <summary>
    /// Keeps <paramref name="html"/> for a widget called again exactly this way (the same component, typed arguments,
    /// id, path base and placement), to be written without invoking its view component while
    /// <paramref name="stillCurrent"/> says the content it was made from is still the current content.
    /// </summary>
    public void SetReplay(CallKey key, RenderedHtml html, Func<bool> stillCurrent)
    {
        if (!ContentStore.IsPreviewing && (_calls.Count < MaxEntries || _calls.ContainsKey(key)))
        {
            _calls[key] = new Replay(html, stillCurrent);
        }
    }

    /// <summary>The HTML kept for a call, if its content is still current.</summary>
    public RenderedHtml? TryReplay(CallKey key) =>
        !ContentStore.IsPreviewing && _calls.TryGetValue(key, out var replay) && replay.StillCurrent() ? replay.Html : null;

    private sealed record Replay(RenderedHtml Html, Func<bool> StillCurrent);

    /// <summary>
    /// Whether two lists of sources are the same: the same objects (a parsed file is replaced when it changes) or equal
    /// values (a status, an address), in the same order.
    /// </summary>
    public static bool SameSources(object?[] sources, object?[] kept) =>
        sources.Length == kept.Length && sources.Select((source, i) => ReferenceEquals(source, kept[i]) || Equals(source, kept[i])).All(same => same);

    private sealed record Entry(object?[] Sources, RenderedHtml Html)
    {
        public bool IsFor(object?[] sources) => SameSources(sources, Sources);
    }
}

/// <summary>One way a widget is called: the component, its typed arguments (a record), and where on which page.</summary>
/// <param name="Component">The view component.</param>
/// <param name="Arguments">Its arguments record, compared by value.</param>
/// <param name="Id">The page-unique id it gets.</param>
/// <param name="PathBase">The request's path base, which its links start with.</param>
/// <param name="Elsewhere">Whether it is shown on another site.</param>
internal readonly record struct CallKey(Type Component, object Arguments, string Id, string PathBase, bool Elsewhere);

/// <summary>
/// A widget's view, served from <see cref="WidgetHtmlCache"/> when it was rendered before from the same sources, and
/// otherwise rendered (captured, kept for next time) and written.
/// </summary>
internal sealed class CachedWidgetResult(WidgetHtmlCache cache, string key, object?[] sources, Func<IViewComponentResult> render, CallKey? call, Func<bool>? stillCurrent) : IViewComponentResult
{
    public void Execute(ViewComponentContext context) => ExecuteAsync(context).GetAwaiter().GetResult();

    public async Task ExecuteAsync(ViewComponentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (cache.TryGet(key, sources, out var html))
        {
            if (call is { } callKey && stillCurrent is not null)
            {
                cache.SetReplay(callKey, html, stillCurrent);
            }

            html.WriteTo(context.Writer, context.HtmlEncoder);
            return;
        }

        html = await RenderedHtml.CaptureAsync(writer => render().ExecuteAsync(new ViewComponentContext(
            context.ViewComponentDescriptor, context.Arguments, context.HtmlEncoder, new ViewContext(context.ViewContext, context.ViewContext.View, context.ViewData, writer), writer)));
        cache.Set(key, sources, html);
        if (call is { } rendered && stillCurrent is not null)
        {
            cache.SetReplay(rendered, html, stillCurrent);
        }
        html.WriteTo(context.Writer, context.HtmlEncoder);
    }
}
