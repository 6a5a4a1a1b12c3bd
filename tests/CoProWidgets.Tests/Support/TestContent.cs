using CoProWidgets.Content;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Tests.Support;

/// <summary>A throwaway content folder with a content store over it, and the log lines the store wrote.</summary>
public sealed class TestContent : IDisposable
{
    public TestContent(CoProWidgetsOptions? options = null)
    {
        Root = Directory.CreateTempSubdirectory("copro-content-").FullName;
        Options = options ?? new CoProWidgetsOptions();
        Options.ContentPath = Root;
        Markdown = new MarkdownRenderer(Microsoft.Extensions.Options.Options.Create(Options));
        Store = new ContentStore(Microsoft.Extensions.Options.Options.Create(Options), new Environment(Root), Logger);
    }

    public string Root { get; }

    public CoProWidgetsOptions Options { get; }

    internal MarkdownRenderer Markdown { get; }

    internal ContentStore Store { get; }

    internal RecordingLogger<ContentStore> Logger { get; } = new();

    public void Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(Root, recursive: true);
    }

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "Tests";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

/// <summary>A logger that keeps what it was given, so tests can check what an operator would see.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly List<(LogLevel Level, string Message)> _entries = [];

    public IReadOnlyList<(LogLevel Level, string Message)> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_entries)
        {
            _entries.Add((logLevel, formatter(state, exception)));
        }
    }
}
