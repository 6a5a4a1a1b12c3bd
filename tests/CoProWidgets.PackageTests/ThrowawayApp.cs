using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CoProWidgets.PackageTests;

/// <summary>
/// A brand-new web app outside the repository that references CoProWidgets from the nuget/ folder. It restores into
/// its own packages folder, so it always gets the package just packed, never a cached copy of an earlier one.
/// </summary>
public sealed partial class ThrowawayApp : IAsyncDisposable
{
    private Process? _process;

    public ThrowawayApp(string version)
    {
        Root = Directory.CreateTempSubdirectory("copro-package-").FullName;
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

        Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="coprowidgets-local" value="{PackageFixture.Feed}" />
              </packageSources>
            </configuration>
            """);
        Write("App.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RestorePackagesPath>$(MSBuildThisFileDirectory)packages</RestorePackagesPath>
                <RestoreFallbackFolders>{globalPackages}</RestoreFallbackFolders>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CoProWidgets" Version="{version}" />
                <Content Include="Content/**/*.md" CopyToPublishDirectory="PreserveNewest" />
              </ItemGroup>
            </Project>
            """);
        Write("Program.cs", """
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddRazorPages();
            builder.Services.AddCoProWidgets();

            var app = builder.Build();
            app.UseStaticFiles();
            app.MapRazorPages();
            app.MapCoProWidgets();
            app.Run();
            """);
        Write("Pages/_ViewImports.cshtml", "@addTagHelper *, Microsoft.AspNetCore.Mvc.TagHelpers\n@addTagHelper *, CoProWidgets\n");
        Write("Pages/Index.cshtml", """
            @page
            <!DOCTYPE html>
            <html lang="en">
            <head><title>Brand-new app</title></head>
            <body>
                <main>
                    <h1>Brand-new app</h1>
                    <copro-principles name="our-principles" />
                </main>
            </body>
            </html>
            """);
        Write("Content/CoProduction/principles/our-principles.md", """
            ---
            title: Promises from a brand-new app
            layout: numbered
            ---
            ## Start together
            Involve people from the beginning.

            ## Report back
            Tell everyone what happened.
            """);
    }

    public string Root { get; }

    public Uri? Address { get; private set; }

    public void Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>Publishes the app in Release, as it would be deployed, and starts it in Production on a free port.</summary>
    public async Task PublishAndStartAsync()
    {
        await DotNet.RunAsync(Root, TimeSpan.FromMinutes(5), "publish", "App.csproj", "-c", "Release", "-o", "out", "--disable-build-servers");

        _process = DotNet.Start(Path.Combine(Root, "out"), "App.dll", "--urls", "http://127.0.0.1:0", "--environment", "Production", "--CoProWidgets:SiteUrl=http://127.0.0.1/");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new List<string>();
        void Read(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (log)
            {
                log.Add(e.Data);
            }

            if (Listening().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        }

        _process.OutputDataReceived += Read;
        _process.ErrorDataReceived += Read;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var started = await Task.WhenAny(listening.Task, _process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(started == listening.Task, "The app did not start:" + Environment.NewLine + string.Join(Environment.NewLine, log));
        Address = await listening.Task;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        Directory.Delete(Root, recursive: true);
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
