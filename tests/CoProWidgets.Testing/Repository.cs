namespace CoProWidgets.Testing;

/// <summary>Finds files in the repository the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SampleContent => Path.Combine(Root, "samples", "CoProWidgets.Sample", "Content", "CoProduction");

    /// <summary>Copies a folder to a new temporary folder, so a test can change files without touching the repository.</summary>
    public static string CopyToTemp(string source)
    {
        var target = Directory.CreateTempSubdirectory("copro-it-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CoProWidgets.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside the CoProWidgets repository (CoProWidgets.sln not found).");
    }
}
