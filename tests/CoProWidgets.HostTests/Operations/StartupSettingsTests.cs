using CoProWidgets.HostTests.Support;
using Microsoft.Extensions.Options;

namespace CoProWidgets.HostTests.Operations;

public sealed class StartupSettingsTests : IDisposable
{
    private readonly string _data = OperatedHost.NewDataFolder();

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void Production_WithoutAPublicUrl_StopsStartUp_NamingTheSettingAndItsEnvironmentVariable()
    {
        using var host = OperatedHost.InProduction(_data, ("WidgetHost:PublicUrl", null));

        var error = Assert.Throws<OptionsValidationException>(() => host.Server);

        Assert.Contains("WidgetHost:PublicUrl", error.Message, StringComparison.Ordinal);
        Assert.Contains("WidgetHost__PublicUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Development_WithoutAPublicUrl_Starts()
    {
        using var host = new OperatedHost("Development", OperatedHost.Settings(_data, ("WidgetHost:PublicUrl", null)));

        Assert.NotNull(host.Server);
    }

    [Theory]
    [InlineData("WidgetHost:PublicUrl", "widgets.example.org", "WidgetHost__PublicUrl")]
    [InlineData("WidgetHost:ForwardedHeaders:KnownProxies:0", "nginx", "WidgetHost__ForwardedHeaders__KnownProxies__0")]
    [InlineData("WidgetHost:ForwardedHeaders:KnownNetworks:0", "10.0.0.0", "WidgetHost__ForwardedHeaders__KnownNetworks__0")]
    [InlineData("WidgetHost:ShutdownTimeout", "00:00:00", "WidgetHost__ShutdownTimeout")]
    public void AWrongSetting_StopsStartUp_SayingWhatToSet(string key, string value, string variable)
    {
        using var host = OperatedHost.InProduction(_data, (key, value));

        var error = Assert.Throws<OptionsValidationException>(() => host.Server);

        Assert.Contains(variable, error.Message, StringComparison.Ordinal);
    }
}
