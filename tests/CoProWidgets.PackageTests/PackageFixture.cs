namespace CoProWidgets.PackageTests;

/// <summary>Packs the library into nuget/ once for all package tests, exactly as `dotnet pack` does for a release.</summary>
public sealed class PackageFixture : IAsyncLifetime
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Feed => Path.Combine(RepositoryRoot, "nuget");

    public string Version { get; private set; } = string.Empty;

    public string PackagePath { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var project = Path.Combine(RepositoryRoot, "src", "CoProWidgets", "CoProWidgets.csproj");
        await DotNet.RunAsync(RepositoryRoot, TimeSpan.FromMinutes(5), "pack", project, "-c", "Release", "-o", Feed, "--disable-build-servers");
        var packages = Directory.GetFiles(Feed, "CoProWidgets.*.nupkg").Where(path => !path.EndsWith(".snupkg", StringComparison.Ordinal)).ToList();
        PackagePath = packages.OrderByDescending(File.GetLastWriteTimeUtc).First();
        Version = Path.GetFileNameWithoutExtension(PackagePath)["CoProWidgets.".Length..];
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CoProWidgets.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The package tests must run inside the CoProWidgets repository.");
    }
}

[CollectionDefinition(Name)]
public sealed class PackedLibrary : ICollectionFixture<PackageFixture>
{
    public const string Name = "Package";
}
