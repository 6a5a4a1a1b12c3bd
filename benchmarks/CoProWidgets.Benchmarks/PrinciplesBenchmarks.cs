using BenchmarkDotNet.Attributes;
using CoProWidgets.Content;
using CoProWidgets.Principles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Benchmarks;

/// <summary>
/// What a principles panel costs: once per file change (parse, render, sanitize) and on every page view (a cache
/// check and a view model).
/// </summary>
[MemoryDiagnoser]
public class PrinciplesBenchmarks : IDisposable
{
    private string _root = string.Empty;
    private MarkdownRenderer _markdown = null!;
    private ContentStore _store = null!;
    private PrinciplesProvider _provider = null!;
    private ContentFile _file = null!;
    private PrinciplesContent _content = null!;

    [GlobalSetup]
    public void Setup()
    {
        _root = Directory.CreateTempSubdirectory("copro-bench-").FullName;
        Directory.CreateDirectory(Path.Combine(_root, "principles"));
        var text = File.ReadAllText(Path.Combine(FindSample(), "principles", "our-principles.md"));
        File.WriteAllText(Path.Combine(_root, "principles", "our-principles.md"), text);

        var options = Options.Create(new CoProWidgetsOptions { ContentPath = _root });
        _markdown = new MarkdownRenderer(options);
        _store = new ContentStore(options, new Environment(_root), NullLogger<ContentStore>.Instance);
        _provider = new PrinciplesProvider(_store, _markdown);
        _file = new ContentFile("principles/our-principles.md", text);
        _content = PrinciplesParser.Parse(_file, _markdown);
        _content.ToViewModel("copro-1", 2);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_root, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Once per file change: front matter, Markdig, sections, HTML and the sanitizer.</summary>
    [Benchmark]
    public PrinciplesViewModel ParseAndRender() => PrinciplesParser.Parse(_file, _markdown).ToViewModel("copro-1", 2);

    /// <summary>Every page view: the cached content's view model.</summary>
    [Benchmark(Baseline = true)]
    public PrinciplesViewModel CachedViewModel() => _content.ToViewModel("copro-1", 2);

    /// <summary>Every page view, through the store: change-token check, then the cached view model.</summary>
    [Benchmark]
    public PrinciplesViewModel? FromStore() => _provider.Get("our-principles").Value?.ToViewModel("copro-1", 2);

    internal static string FindSample()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var sample = Path.Combine(directory.FullName, "samples", "CoProWidgets.Sample", "Content", "CoProduction");
            if (Directory.Exists(sample))
            {
                return sample;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "Benchmarks";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
