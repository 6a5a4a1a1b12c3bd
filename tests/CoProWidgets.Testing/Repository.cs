namespace CoProWidgets.Testing;

/// <summary>Finds files in the repository the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Sample => Path.Combine(Root, "samples", "CoProWidgets.Sample");

    public static string SampleContent => Path.Combine(Sample, "Content", "CoProduction");

    /// <summary>
    /// Copies a folder to a new temporary folder (into <paramref name="subfolder"/> of it, if given), so a test can
    /// change files without touching the repository. Returns the temporary folder.
    /// </summary>
    public static string CopyToTemp(string source, string? subfolder = null)
    {
        var root = Directory.CreateTempSubdirectory("copro-it-").FullName;
        var target = subfolder is null ? root : Path.Combine(root, subfolder);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return root;
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
