using System.Text.RegularExpressions;
using CoProWidgets.Host;
using CoProWidgets.Testing;
using YamlDotNet.RepresentationModel;

namespace CoProWidgets.HostTests.Operations;

/// <summary>The deployment samples in deploy/ and their guide say what the host really reads.</summary>
public sealed partial class DeploymentFilesTests
{
    private static readonly string s_deploy = Path.Combine(Repository.Root, "deploy");

    [Fact]
    public void Compose_RunsTheHostOnPostgreSql_WithVolumesHealthchecksAndRedisAsAProfile()
    {
        var services = (YamlMappingNode)Compose()["services"];
        var host = (YamlMappingNode)services["host"];
        var environment = (YamlMappingNode)host["environment"];
        var settings = environment.Children.ToDictionary(pair => ((YamlScalarNode)pair.Key).Value!, pair => ((YamlScalarNode)pair.Value).Value!);

        Assert.Equal("PostgreSql", settings["CoProWidgets__Database__Provider"]);
        Assert.StartsWith("Host=db;", settings["ConnectionStrings__CoProWidgets"], StringComparison.Ordinal);
        Assert.Contains("WIDGET_HOST_PUBLIC_URL", settings["WidgetHost__PublicUrl"], StringComparison.Ordinal);
        Assert.Contains("CoProWidgets__Email__Smtp__Host", settings.Keys);
        Assert.Contains("host-data:/app/App_Data", Scalars(host["volumes"]));
        Assert.Contains(Scalars(((YamlMappingNode)host["healthcheck"])["test"]), part => part.Contains("/health/ready", StringComparison.Ordinal));
        Assert.True(((YamlMappingNode)services["db"]).Children.ContainsKey("healthcheck"), "The database has a healthcheck the host waits for.");
        Assert.Equal(["redis"], Scalars(((YamlMappingNode)services["redis"])["profiles"]));
        Assert.Contains("1654:1654", Scalars(((YamlMappingNode)services["data-permissions"])["entrypoint"]));
    }

    [Fact]
    public void Compose_AndTheSystemdUnit_NameOnlyHostSettingsThatExist()
    {
        var compose = File.ReadAllText(Path.Combine(s_deploy, "compose.yaml"));
        var unit = File.ReadAllText(Path.Combine(s_deploy, "coprowidgets-host.service"));

        foreach (Match setting in HostSetting().Matches(compose + unit))
        {
            Assert.NotNull(typeof(WidgetHostOptions).GetProperty(setting.Groups[1].Value));
        }
    }

    [Fact]
    public void SystemdUnit_IsHardened_AndWaitsLongerThanTheHostsShutdownTimeout()
    {
        var unit = File.ReadAllLines(Path.Combine(s_deploy, "coprowidgets-host.service"));

        foreach (var option in new[] { "NoNewPrivileges=yes", "ProtectSystem=strict", "ProtectHome=yes", "PrivateTmp=yes", "DynamicUser=yes", "CapabilityBoundingSet=" })
        {
            Assert.Contains(option, unit);
        }

        var shutdown = TimeSpan.Parse(unit.Single(line => line.StartsWith("Environment=WidgetHost__ShutdownTimeout=", StringComparison.Ordinal)).Split('=')[2], System.Globalization.CultureInfo.InvariantCulture);
        var stop = TimeSpan.FromSeconds(int.Parse(unit.Single(line => line.StartsWith("TimeoutStopSec=", StringComparison.Ordinal)).Split('=')[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(stop > shutdown, "systemd waits longer than the host's own shutdown timeout.");
    }

    [Fact]
    public void NginxSample_ReplacesTheForwardedHeaders()
    {
        var nginx = File.ReadAllText(Path.Combine(s_deploy, "nginx.conf"));

        Assert.Contains("proxy_set_header   X-Forwarded-Proto $scheme;", nginx, StringComparison.Ordinal);
        Assert.Contains("proxy_set_header   X-Forwarded-Host  $host;", nginx, StringComparison.Ordinal);
        Assert.Contains("proxy_set_header   X-Forwarded-For   $remote_addr;", nginx, StringComparison.Ordinal);
    }

    [Fact]
    public void Guide_NamesEveryHostSetting_AsItsEnvironmentVariable()
    {
        var guide = File.ReadAllText(Path.Combine(Repository.Root, "docs", "widget-host.md"));

        foreach (var property in typeof(WidgetHostOptions).GetProperties())
        {
            Assert.Contains($"WidgetHost__{property.Name}", guide, StringComparison.Ordinal);
        }
    }

    private static YamlMappingNode Compose()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(s_deploy, "compose.yaml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents.Single().RootNode;
    }

    private static List<string> Scalars(YamlNode node) => [.. ((YamlSequenceNode)node).Children.Select(child => ((YamlScalarNode)child).Value!)];

    [GeneratedRegex(@"WidgetHost__([A-Za-z]+)")]
    private static partial Regex HostSetting();
}
