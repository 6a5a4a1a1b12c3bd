using System.Collections.Concurrent;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Content;

/// <summary>
/// Reads content files once per change and keeps the result. A file that breaks keeps serving its last good
/// version; the error is logged once per change and handed to the widget, which shows it in Development.
/// </summary>
internal sealed partial class ContentStore : IDisposable
{
    private readonly PhysicalFileProvider _files;
    private readonly ILogger<ContentStore> _logger;
    private readonly ConcurrentDictionary<(string Path, Type Type), Entry> _entries = new();
    private readonly TimeProvider _time;
    private readonly CoProWidgetsMetrics? _metrics;

    // A file's text shown in place of the file for the rest of one request's work: the staff preview.
    private static readonly AsyncLocal<ContentFile?> s_preview = new();

    public ContentStore(IOptions<CoProWidgetsOptions> options, IHostEnvironment environment, ILogger<ContentStore> logger, TimeProvider? time = null, CoProWidgetsMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        Root = ResolveRoot(options.Value, environment);
        _languages = Localisation.OfferedLanguages.Of(options.Value);
        _files = new PhysicalFileProvider(Root);
        _logger = logger;
        _time = time ?? TimeProvider.System;
        _metrics = metrics;
    }

    /// <summary>Whether this request is rendering a preview, whose output must not be cached.</summary>
    public static bool IsPreviewing => s_preview.Value is not null;

    /// <summary>
    /// Until the scope is disposed, and only in this asynchronous flow (one request), <see cref="Get{T}"/> parses
    /// <paramref name="text"/> in place of the file at <paramref name="path"/>: the widget renders as it would with
    /// the file saved, and nothing is published, cached or logged.
    /// </summary>
    public static IDisposable Preview(string path, string text)
    {
        var previous = s_preview.Value;
        s_preview.Value = new ContentFile(path, text);
        return new PreviewScope(previous);
    }

    /// <summary>How many files the store keeps a snapshot (and a watcher) for: only files that have existed.</summary>
    internal int Count => _entries.Count;

    /// <summary>The absolute path of the content folder.</summary>
    public string Root { get; }

    public static string ResolveRoot(CoProWidgetsOptions options, IHostEnvironment environment) =>
        Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.ContentPath));

    /// <summary>
    /// Gets the current snapshot of the file at <paramref name="path"/> (<c>folder/name.md</c>) or, where one exists, of
    /// its variant for this request's language and format (<see cref="ContentVariant"/>), parsing it again only if it
    /// changed since it was last read. The snapshot says which file it is (<see cref="ContentSnapshot{T}.File"/>), and
    /// its changes fire when a variant is added or removed too.
    /// </summary>
    public ContentSnapshot<T> Get<T>(string path, Func<ContentFile, T> parse)
        where T : class
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (s_preview.Value is { } preview && IsVariantOf(preview.Path, path))
        {
            return GetFile(preview.Path, parse) with { File = preview.Path };
        }

        var (file, listing) = Choose(path);
        var snapshot = GetFile(file, parse);
        return listing is null
            ? snapshot with { File = file }
            : snapshot with { File = file, Changes = new CompositeChangeToken([snapshot.Changes, listing]) };
    }

    /// <summary>The file at <paramref name="path"/> itself, whatever the request's language and format.</summary>
    public ContentSnapshot<T> GetFile<T>(string path, Func<ContentFile, T> parse)
        where T : class
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(parse);
        if (s_preview.Value is { } preview && preview.Path == path)
        {
            try
            {
                return new ContentSnapshot<T>(parse(preview), null);
            }
            catch (ContentException ex)
            {
                return new ContentSnapshot<T>(null, ex.Error);
            }
        }

        if (!_entries.TryGetValue((path, typeof(T)), out var entry))
        {
            // A file nobody has written keeps nothing here: no entry, no file watcher and only a Debug line, so
            // requests for made-up names cost no memory and no log. Entries exist only for files that have existed.
            if (!Exists(path))
            {
                LogNoSuchFile(path);

                return new ContentSnapshot<T>(null, Missing(path));
            }

            entry = _entries.GetOrAdd((path, typeof(T)), static _ => new Entry());
        }

        var state = entry.State;
        if (state is { Token.HasChanged: false })
        {
            return (ContentSnapshot<T>)state.Snapshot;
        }

        lock (entry)
        {
            state = entry.State;
            if (state is { Token.HasChanged: false })
            {
                return (ContentSnapshot<T>)state.Snapshot;
            }

            // Watch before reading, so a save that lands while the file is read is never missed.
            var token = _files.Watch(path);
            var previous = (ContentSnapshot<T>?)state?.Snapshot;
            if (!TryRead(path, out var text, out var readError))
            {
                if (readError is null)
                {
                    // A transient read failure (the editor is still writing): keep what we had and try again next time.
                    return previous ?? new ContentSnapshot<T>(null, null);
                }

                // A missing file is looked for again on every request: watching a file in a folder that does not
                // exist yet can miss its creation, and a stat per request is cheap next to a widget that never appears.
                var missing = new ContentSnapshot<T>(previous?.Value, readError) { BrokenSince = BrokenSince(previous) };
                LogIfNew(readError, previous);
                entry.State = new State(AlwaysChanged.Instance, missing);
                return missing;
            }

            ContentSnapshot<T> snapshot;
            try
            {
                snapshot = new ContentSnapshot<T>(parse(new ContentFile(path, text)), null) { Changes = token };
            }
            catch (ContentException ex)
            {
                snapshot = new ContentSnapshot<T>(previous?.Value, ex.Error) { BrokenSince = BrokenSince(previous), Changes = token };
                LogIfNew(ex.Error, previous);
            }

            entry.State = new State(token, snapshot);
            return snapshot;
        }
    }

    /// <summary>Lists the content files directly inside a folder of the content folder, as relative paths.</summary>
    public IEnumerable<string> List(string folder) =>
        _files.GetDirectoryContents(folder)
            .Where(file => !file.IsDirectory && file.Name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Select(file => $"{folder}/{file.Name}")
            .Order(StringComparer.Ordinal);

    /// <summary>A token that fires when a file matching the pattern (such as <c>outcomes/*.md</c>) is added, changed or removed.</summary>
    public IChangeToken Watch(string pattern) => _files.Watch(pattern);

    public bool FolderExists(string folder) => _files.GetDirectoryContents(folder).Exists;

    public bool Exists(string path) => _files.GetFileInfo(path) is { Exists: true, IsDirectory: false };

    public void Dispose() => _files.Dispose();

    private ContentError Missing(string path) =>
        new(path, 0, ContentErrorText.Of("File.Missing", path, Root));

    private bool TryRead(string path, out string text, out ContentError? error)
    {
        text = string.Empty;
        error = null;
        var info = _files.GetFileInfo(path);
        if (!info.Exists || info.IsDirectory)
        {
            error = Missing(path);
            return false;
        }

        if (info.Length > ParsedContent.MaxFileLength * 4L)
        {
            error = new ContentError(path, 0, ContentErrorText.Of("File.TooBig", info.Length / 1024, ParsedContent.MaxFileLength / 1024));
            return false;
        }

        try
        {
            using var stream = info.CreateReadStream();
            using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
            return true;
        }
        catch (IOException ex)
        {
            LogTransientReadFailure(path, ex);
            return false;
        }
    }

    private DateTime BrokenSince<T>(ContentSnapshot<T>? previous)
        where T : class => previous?.BrokenSince ?? _time.GetUtcNow().UtcDateTime;

    private void LogIfNew<T>(ContentError error, ContentSnapshot<T>? previous)
        where T : class
    {
        if (error == previous?.Error)
        {
            return;
        }

        _metrics?.ContentErrors.Add(1, new KeyValuePair<string, object?>("file", error.File));
        if (previous?.Value is not null)
        {
            LogErrorServingLastGood(error.ToString());
        }
        else
        {
            LogErrorNothingToServe(error.ToString());
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Content error: {Error} The last good version is served until the file is fixed.")]
    private partial void LogErrorServingLastGood(string error);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Content error: {Error} There is no good version to serve, so the widget shows nothing until the file is fixed.")]
    private partial void LogErrorNothingToServe(string error);

    private void LogNoSuchFile(string path)
    {
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            var escaped = LogText.Escape(path);
            Log.NoSuchFile(_logger, escaped);
        }
    }

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Could not read the content file {Path}; it will be read again on the next request.")]
    private partial void LogTransientReadFailure(string path, Exception exception);

    private static partial class Log
    {
        [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "No content file {Path}: nothing to show.")]
        public static partial void NoSuchFile(ILogger logger, string path);
    }

    private sealed class PreviewScope(ContentFile? previous) : IDisposable
    {
        public void Dispose() => s_preview.Value = previous;
    }

    private sealed class Entry
    {
        public volatile State? State;
    }

    private sealed record State(IChangeToken Token, object Snapshot);

    internal sealed class AlwaysChanged : IChangeToken
    {
        public static readonly AlwaysChanged Instance = new();

        public bool HasChanged => true;

        public bool ActiveChangeCallbacks => false;

        public IDisposable RegisterChangeCallback(Action<object?> callback, object? state) => EmptyDisposable.Instance;

        private sealed class EmptyDisposable : IDisposable
        {
            public static readonly EmptyDisposable Instance = new();

            public void Dispose()
            {
            }
        }
    }
}
