using System.Net;
using System.Net.Sockets;

namespace CoProWidgets.PackageTests;

/// <summary>
/// The image, run without a container engine: its layers unpacked in order into a folder, and its entry point started
/// there by chroot as the image's user, with the image's environment, in namespaces of its own for /proc and mounts
/// (as root, as CI runs; a container engine does the same). The data folder is handed to user 1654 as
/// deploy/compose.yaml does for a new volume.
/// </summary>
public sealed partial class ContainerImageTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("copro-rootfs-").FullName;

    public void Dispose()
    {
        // Never delete through a mount that is somehow still there (it would be this machine's /dev).
        if (!File.ReadAllText("/proc/self/mounts").Contains(_root, StringComparison.Ordinal))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Image_StartsAsUser1654_AndAnswersItsHealthEndpoints()
    {
        Assert.True(Environment.UserName == "root", "Running the image without a container engine needs root (chroot, namespaces), as test.sh has in CI.");
        var rootfs = Path.Combine(_root, "rootfs");
        Directory.CreateDirectory(rootfs);
        foreach (var layer in image.Layers)
        {
            await Shell($"tar -xf '{layer}' -C '{rootfs}'");
        }

        await Shell($"mkdir -p '{rootfs}/app/App_Data' && chown 1654:1654 '{rootfs}/app/App_Data'");
        var port = FreePort();
        var config = image.Config.GetProperty("config");
        var environment = config.GetProperty("Env").EnumerateArray().Select(e => e.GetString()!.Split('=', 2)).ToDictionary(e => e[0], e => e[1]);
        environment["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["WidgetHost__PublicUrl"] = "http://localhost/";
        var entrypoint = string.Join(' ', config.GetProperty("Entrypoint").EnumerateArray().Select(e => $"'{e.GetString()}'"));
        var script = $"mount --rbind /dev '{rootfs}/dev' && mount -t proc proc '{rootfs}/proc' && cd '{rootfs}' && exec chroot --userspec=1654:1654 '{rootfs}' {entrypoint}";

        using var running = DotNet.StartProcess("unshare", _root, environment, "--mount", "--pid", "--fork", "/bin/sh", "-c", script);
        var output = new System.Text.StringBuilder();
        running.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        running.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        running.BeginOutputReadLine();
        running.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(5) };
            var ready = await AnswerAsync(client, "health/ready", running, output);
            var live = await client.GetStringAsync(new Uri("health/live", UriKind.Relative));

            Assert.Equal("Healthy", ready);
            Assert.Equal("Healthy", live);
            Assert.True(File.Exists(Path.Combine(rootfs, "app", "App_Data", "host.db")), "The host made its database in /app/App_Data.");
        }
        finally
        {
            // The mounts live in the process's own mount namespace, gone with it.
            running.Kill(entireProcessTree: true);
            await running.WaitForExitAsync();
        }
    }

    private static async Task<string> AnswerAsync(HttpClient client, string path, System.Diagnostics.Process running, System.Text.StringBuilder output)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            Assert.False(running.HasExited, "The host stopped: " + output);
            try
            {
                return await client.GetStringAsync(new Uri(path, UriKind.Relative));
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
    }

    private Task<string> Shell(string command) =>
        DotNet.RunShellAsync(_root, TimeSpan.FromMinutes(2), command, new Dictionary<string, string>());

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
