using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CoProWidgets.Testing;

/// <summary>
/// A real SMTP server on a loopback port: Debian's aiosmtpd, storing what it receives in a Maildir. The README's test
/// command installs it (python3-aiosmtpd); a test that needs it fails, rather than skips, when it is missing.
/// </summary>
public sealed class SmtpTestServer : IDisposable
{
    private Process? _process;

    private SmtpTestServer(int port, string mailDirectory)
    {
        Port = port;
        MailDirectory = mailDirectory;
    }

    public int Port { get; }

    public string MailDirectory { get; }

    /// <summary>The raw messages received so far.</summary>
    public IReadOnlyList<string> Messages =>
        Directory.Exists(Path.Combine(MailDirectory, "new"))
            ? [.. Directory.GetFiles(Path.Combine(MailDirectory, "new")).Order(StringComparer.Ordinal).Select(File.ReadAllText)]
            : [];

    public static string Python => Environment.GetEnvironmentVariable("COPRO_TEST_PYTHON") is { Length: > 0 } python ? python : "/usr/bin/python3";

    /// <summary>A port nothing listens on yet, for a server that starts later (SMTP "down, then back").</summary>
    public static SmtpTestServer Reserve()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        // aiosmtpd creates the Maildir's folders only when the Maildir itself does not exist yet.
        return new SmtpTestServer(port, Path.Combine(Directory.CreateTempSubdirectory("copro-smtp-").FullName, "maildir"));
    }

    public static async Task<SmtpTestServer> StartAsync()
    {
        var server = Reserve();
        await server.StartListeningAsync();
        return server;
    }

    public async Task StartListeningAsync()
    {
        var info = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", MailDirectory })
        {
            info.ArgumentList.Add(argument);
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException("Could not start aiosmtpd.");
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            if (_process.HasExited)
            {
                var error = await _process.StandardError.ReadToEndAsync();
                throw new InvalidOperationException($"aiosmtpd did not start ({Python} -m aiosmtpd). Install Debian's python3-aiosmtpd; the README's test command does. {error}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process?.Dispose();
        var folder = Path.GetDirectoryName(MailDirectory)!;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
