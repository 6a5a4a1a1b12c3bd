using System.Text.Json;

namespace CoProWidgets.PackageTests;

/// <summary>
/// The widget host's container image as the SDK builds it from a clean clone (in the package tests' collection, so
/// its Release build never runs beside the pack's).
/// </summary>
[Collection(PackedLibrary.Name)]
public sealed partial class ContainerImageTests(ContainerImage image) : IClassFixture<ContainerImage>
{
    [Fact]
    public void Archive_HoldsOneImage_TaggedLatestAndWithItsVersion()
    {
        var tags = image.Manifest.GetProperty("RepoTags").EnumerateArray().Select(tag => tag.GetString()).ToList();

        Assert.Contains("coprowidgets-host:latest", tags);
        Assert.Contains(tags, tag => tag is not null && tag.StartsWith("coprowidgets-host:0.", StringComparison.Ordinal));
    }

    [Fact]
    public void Image_RunsTheHost_AsTheNonRootAppUser_OnPort8080_WithItsDataInAppData()
    {
        var config = image.Config.GetProperty("config");
        var environment = config.GetProperty("Env").EnumerateArray().Select(e => e.GetString()).ToList();
        var entrypoint = config.GetProperty("Entrypoint").EnumerateArray().Select(e => e.GetString()!).ToList();

        Assert.Equal("app", config.GetProperty("User").GetString());
        Assert.Contains("APP_UID=1654", environment);
        Assert.True(config.GetProperty("ExposedPorts").TryGetProperty("8080/tcp", out _), "Port 8080 is exposed.");
        Assert.Contains("ASPNETCORE_HTTP_PORTS=8080", environment);
        Assert.Contains("WidgetHost__DataPath=/app/App_Data", environment);
        Assert.Contains(entrypoint[^1].TrimStart('/'), image.LayerFiles);
        Assert.StartsWith("/app/CoProWidgets.Host", entrypoint[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Image_IsLabelledForRegistries()
    {
        var labels = image.Config.GetProperty("config").GetProperty("Labels");

        Assert.Equal("CoProWidgets widget host", labels.GetProperty("org.opencontainers.image.title").GetString());
        Assert.Equal("MIT", labels.GetProperty("org.opencontainers.image.licenses").GetString());
        Assert.Equal(JsonValueKind.String, labels.GetProperty("org.opencontainers.image.version").ValueKind);
    }

    [Fact]
    public void Layers_HoldTheRuntimeAndTheApp_ForLinuxOnly()
    {
        Assert.Contains(image.LayerFiles, file => file.StartsWith("usr/share/dotnet/shared/Microsoft.AspNetCore.App/", StringComparison.Ordinal));
        Assert.Contains("app/CoProWidgets.Host.dll", image.LayerFiles);
        Assert.Contains("app/CoProWidgets.dll", image.LayerFiles);
        Assert.Contains("app/appsettings.json", image.LayerFiles);
        Assert.Contains("app/wwwroot/css/host.css", image.LayerFiles);
        Assert.DoesNotContain(image.LayerFiles, file => file.StartsWith("app/runtimes/win", StringComparison.Ordinal));
    }
}
