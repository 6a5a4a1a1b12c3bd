using System.Diagnostics;

namespace CoProWidgets.PackageTests;

/// <summary>
/// A new <c>dotnet new webapp</c> outside the repository, changed only by following the README's quick start. Around it
/// the test keeps its own packages folder (so the package just packed is used, never a cached copy of an earlier
/// one) and its own user-secrets folder (APPDATA, which the user-secrets tool and the app both read first).
/// </summary>
public sealed class QuickStartSite : IAsyncDisposable
{
    public const string ProjectName = "MyHealthwatch";

    private static readonly TimeSpan s_step = TimeSpan.FromMinutes(3);
    private readonly string _root = Directory.CreateTempSubdirectory("copro-quickstart-").FullName;
    private readonly Dictionary<string, string> _environment;
    private Process? _process;

    public QuickStartSite()
    {
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(_root, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <RestorePackagesPath>{Path.Combine(_root, "packages")}</RestorePackagesPath>
                <RestoreFallbackFolders>{globalPackages}</RestoreFallbackFolders>
              </PropertyGroup>
            </Project>
            """);
        _environment = new() { ["APPDATA"] = Path.Combine(_root, "appdata") };
    }

    public string Folder => Path.Combine(_root, ProjectName);

    public Uri? Address { get; private set; }

    public Task CreateAsync() => DotNet.RunAsync(_root, s_step, "new", "webapp", "-o", ProjectName);

    /// <summary>Runs, writes and appends each step in order; <c>dotnet run</c> is left to <see cref="StartAsync"/>.</summary>
    public async Task FollowAsync(IEnumerable<QuickStartStep> steps, IReadOnlyDictionary<string, string> placeholders)
    {
        foreach (var step in steps)
        {
            var text = placeholders.Aggregate(step.Text, (current, placeholder) => current.Replace(placeholder.Key, placeholder.Value, StringComparison.Ordinal));
            Assert.DoesNotMatch(@"<[a-z]+-[a-z]+>", step.Action == QuickStartAction.Run ? text : string.Empty);
            switch (step.Action)
            {
                case QuickStartAction.Run when text.Trim() == "dotnet run":
                    break;
                case QuickStartAction.Run:
                    await DotNet.RunShellAsync(Folder, s_step, text, _environment);
                    break;
                case QuickStartAction.Write:
                    var path = Path.Combine(Folder, step.Path!);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    await File.WriteAllTextAsync(path, text);
                    break;
                case QuickStartAction.Append:
                    var existing = Path.Combine(Folder, step.Path!);
                    Assert.True(File.Exists(existing), $"The quick start appends to {step.Path}, which a new webapp does not have.");
                    await File.AppendAllTextAsync(existing, text);
                    break;
            }
        }
    }

    /// <summary>Builds and starts the site as <c>dotnet run</c> does (its launch profile, so Development), on a free port.</summary>
    public async Task StartAsync()
    {
        await DotNet.RunAsync(Folder, s_step, "build", "--disable-build-servers");
        _process = DotNet.StartProcess("dotnet", Folder, _environment, "run", "--no-build", "--urls", "http://127.0.0.1:0");
        Address = await AppProcess.WaitUntilListeningAsync(_process);
    }

    public async ValueTask DisposeAsync()
    {
        await AppProcess.StopAsync(_process);
        Directory.Delete(_root, recursive: true);
    }
}
