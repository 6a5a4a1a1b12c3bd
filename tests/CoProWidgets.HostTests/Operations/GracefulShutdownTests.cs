using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CoProWidgets.Email;
using CoProWidgets.Host.Organisations;
using CoProWidgets.HostTests.Support;
using CoProWidgets.Storage;
using CoProWidgets.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CoProWidgets.HostTests.Operations;

public sealed class GracefulShutdownTests : IDisposable
{
    private readonly string _data = OperatedHost.NewDataFolder();

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task AnEmailBeingSent_WhenTheHostStops_IsSentAfterItStartsAgain_AndTheStopKeepsToItsTimeout()
    {
        // A mail server that takes the connection and never answers: the email is mid-send when the host is stopped.
        using var silentServer = new TcpListener(IPAddress.Loopback, 0);
        silentServer.Start();
        var port = ((IPEndPoint)silentServer.LocalEndpoint).Port;
        var first = OperatedHost.InProduction(
            _data,
            ("WidgetHost:ShutdownTimeout", "00:00:10"),
            ("CoProWidgets:Email:Smtp:Host", "127.0.0.1"),
            ("CoProWidgets:Email:Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("CoProWidgets:Email:Smtp:Security", "None"),
            ("CoProWidgets:Email:Smtp:Timeout", "00:10:00"));
        await first.AddOrganisationAsync("north", "north.test");
        var shell = await ShellOfAsync(first, "north");
        await QueueAsync(shell, "someone@example.org");
        using var accepted = await silentServer.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(10), first.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
        var stopping = Stopwatch.StartNew();
        await first.DisposeAsync();
        stopping.Stop();

        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(25), $"The host took {stopping.Elapsed} to stop.");
        await using var second = OperatedHost.InProduction(_data);
        await ShellOfAsync(second, "north");
        var mail = Path.Combine(_data, "organisations", "north", "mail");
        await Wait.UntilAsync(() => Task.FromResult(Directory.Exists(mail) && Directory.EnumerateFiles(mail, "*.eml").Any()), "the queued email is sent after the restart");
        var sent = Assert.Single(Directory.EnumerateFiles(mail, "*.eml"));
        Assert.Contains("someone@example.org", await File.ReadAllTextAsync(sent), StringComparison.Ordinal);
    }

    private static async Task<OrganisationShell> ShellOfAsync(OperatedHost host, string slug)
    {
        var directory = host.Services.GetRequiredService<OrganisationDirectory>();
        await directory.RefreshAsync(force: true, CancellationToken.None);
        return await host.Services.GetRequiredService<OrganisationShells>().GetAsync(directory.FindBySlug(slug)!, CancellationToken.None);
    }

    private static async Task QueueAsync(OrganisationShell shell, string to)
    {
        var outbox = shell.Services.GetRequiredService<Outbox>();
        await using var db = shell.Services.GetRequiredService<CoProDbContextFactory>().Create();
        outbox.Add(db, new EmailMessage("shutdown-test", to, "Thank you", "Thank you for getting involved."));
        await db.SaveChangesAsync();
        outbox.Notify();
        Assert.Equal(1, await db.Outbox.CountAsync(m => m.SentAt == null));
    }
}
