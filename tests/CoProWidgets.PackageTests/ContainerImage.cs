using System.Text.Json;

namespace CoProWidgets.PackageTests;

/// <summary>
/// The widget host's container image, built once by the .NET SDK (`dotnet publish -t:PublishContainer`) into an
/// archive, as on a machine with no container engine. The base image is a local stand-in for
/// mcr.microsoft.com/dotnet/aspnet (deploy/container/test-base-image.py: Debian's packages and this machine's ASP.NET
/// Core runtime, kept in ~/.cache/coprowidgets), served by a registry on loopback, so the build needs no internet.
/// </summary>
public sealed class ContainerImage : IAsyncLifetime
{
    private readonly string _output = Directory.CreateTempSubdirectory("copro-container-").FullName;

    public string ArchivePath => Path.Combine(_output, "coprowidgets-host.tar.gz");

    /// <summary>The archive unpacked: manifest.json, the config file and each layer's tar.</summary>
    public string Unpacked => Path.Combine(_output, "archive");

    /// <summary>The layers' tar files, base first.</summary>
    public IEnumerable<string> Layers => Manifest.GetProperty(LayersKey).EnumerateArray().Select(layer => Path.Combine(Unpacked, layer.GetString()!));

    /// <summary>The manifest's own key for the layer files (docker save's format).</summary>
    private const string LayersKey = "Layers";

    /// <summary>The archive's manifest.json: one image with its tags, config file and layer files.</summary>
    public JsonElement Manifest { get; private set; }

    /// <summary>The image's config: its user, ports, entry point, environment and labels.</summary>
    public JsonElement Config { get; private set; }

    /// <summary>Every file path in every layer, without the leading slash.</summary>
    public IReadOnlyList<string> LayerFiles { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var root = PackageFixture.RepositoryRoot;
        var script = Path.Combine(root, "deploy", "container", "test-base-image.py");
        var cache = Environment.GetEnvironmentVariable("COPRO_TEST_CONTAINER_BASE")
            ?? Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "coprowidgets", "container-base");
        await DotNet.RunShellAsync(root, TimeSpan.FromMinutes(5), $"python3 '{script}' build '{cache}'", new Dictionary<string, string>());

        using var registry = DotNet.StartProcess("python3", root, new Dictionary<string, string>(), script, "serve", cache);
        try
        {
            var baseImage = await registry.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30))
                ?? throw new InvalidOperationException("The test registry did not start: " + await registry.StandardError.ReadToEndAsync());
            var project = Path.Combine(root, "src", "CoProWidgets.Host", "CoProWidgets.Host.csproj");
            await DotNet.RunAsync(
                root, TimeSpan.FromMinutes(8), "publish", project, "-c", "Release", "--os", "linux", "--arch", "x64", "-t:PublishContainer",
                $"-p:ContainerBaseImage={baseImage}", $"-p:ContainerArchiveOutputPath={ArchivePath}", "--disable-build-servers");
        }
        finally
        {
            registry.Kill(entireProcessTree: true);
        }

        await ReadArchiveAsync();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_output, recursive: true);
        return Task.CompletedTask;
    }

    private async Task ReadArchiveAsync()
    {
        Directory.CreateDirectory(Unpacked);
        await DotNet.RunShellAsync(_output, TimeSpan.FromMinutes(2), $"tar -xf '{ArchivePath}' -C '{Unpacked}'", new Dictionary<string, string>());
        Manifest = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(Unpacked, "manifest.json"))).RootElement.EnumerateArray().Single();
        // The archive's own key for the config file (docker save's format), not this class's property.
        const string ConfigFile = "Config";
        Config = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(Unpacked, Manifest.GetProperty(ConfigFile).GetString()!))).RootElement;
        var files = new List<string>();
        foreach (var layer in Layers)
        {
            var listing = await DotNet.RunShellAsync(_output, TimeSpan.FromMinutes(2), $"tar -tf '{layer}'", new Dictionary<string, string>());
            files.AddRange(listing.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(file => file.TrimStart('.', '/')));
        }

        LayerFiles = files;
    }
}
