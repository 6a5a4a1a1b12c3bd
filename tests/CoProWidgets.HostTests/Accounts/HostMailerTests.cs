using System.Net;
using System.Net.Sockets;
using System.Text;
using CoProWidgets.Host.Accounts;
using CoProWidgets.HostTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.HostTests.Accounts;

public sealed class HostMailerTests
{
    private const string Recipient = "pat.private@north.example.org";

    [Fact]
    public async Task AMailServersRefusal_IsLoggedByTypeAndStatus_WithoutTheAddressItQuotes()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var refusing = RefuseRecipientAsync(listener);
        await using var site = HostSite.OnSqlite(
            new("CoProWidgets:Email:Smtp:Host", "127.0.0.1"),
            new("CoProWidgets:Email:Smtp:Port", ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("CoProWidgets:Email:Smtp:Security", "None"),
            new("CoProWidgets:Email:Smtp:Timeout", "00:00:05"));

        var sent = await site.Services.GetRequiredService<HostMailer>().SendAsync(Recipient, "Your invitation", "Hello", CancellationToken.None);
        await refusing;

        Assert.False(sent);
        var logged = Assert.Single(site.Log.Entries, e => e.Message.Contains("could not be sent", StringComparison.Ordinal)).Message;
        Assert.Contains("SmtpCommandException", logged, StringComparison.Ordinal);
        Assert.Contains("550", logged, StringComparison.Ordinal);
        Assert.DoesNotContain(Recipient, string.Join('\n', site.Log.Entries.Select(e => e.Message)), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Just enough SMTP to get to RCPT TO, which it refuses quoting the address, as real servers do.</summary>
    private static async Task RefuseRecipientAsync(TcpListener listener)
    {
        using var client = await listener.AcceptTcpClientAsync();
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 smtp.test ready");
        while (await reader.ReadLineAsync() is { } line)
        {
            var command = line.Split(' ', ':')[0].ToUpperInvariant();
            await writer.WriteLineAsync(command switch
            {
                "EHLO" or "HELO" => "250 smtp.test",
                "MAIL" => "250 2.1.0 OK",
                "RCPT" => $"550 5.1.1 <{line[(line.IndexOf('<', StringComparison.Ordinal) + 1)..line.IndexOf('>', StringComparison.Ordinal)]}>: Recipient address rejected: user unknown",
                "QUIT" => "221 2.0.0 Bye",
                _ => "250 OK",
            });
            if (command == "QUIT")
            {
                return;
            }
        }
    }
}
