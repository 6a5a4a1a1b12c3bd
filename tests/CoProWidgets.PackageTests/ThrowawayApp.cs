using System.Diagnostics;

namespace CoProWidgets.PackageTests;

/// <summary>
/// A brand-new web app outside the repository that references CoProWidgets from the nuget/ folder. It restores into
/// its own packages folder, so it always gets the package just packed, never a cached copy of an earlier one.
/// </summary>
public sealed class ThrowawayApp : IAsyncDisposable
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
        Address = await AppProcess.WaitUntilListeningAsync(_process);
    }

    public async ValueTask DisposeAsync()
    {
        await AppProcess.StopAsync(_process);
        Directory.Delete(Root, recursive: true);
    }
}
