using System.Net;
using System.Net.Sockets;
using CoProWidgets.Host.Organisations;
using CoProWidgets.Host.Storage;
using CoProWidgets.HostTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.HostTests.Accounts;

/// <summary>An invitation is saved before its email is sent, so a mail server that is down loses nothing.</summary>
public sealed class InvitationEmailTests : IAsyncLifetime
{
    private static readonly int s_closedPort = ClosedPort();

    private readonly HostSite _site = HostSite.OnSqlite(
        new("CoProWidgets:Email:Smtp:Host", "127.0.0.1"),
        new("CoProWidgets:Email:Smtp:Port", s_closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("CoProWidgets:Email:Smtp:Security", "None"),
        new("CoProWidgets:Email:Smtp:Timeout", "00:00:05"));

    private StaffBrowser _admin = null!;

    public async Task InitializeAsync()
    {
        await _site.AddOrganisationAsync("north");
        _admin = await _site.MemberAsync("admin@north.example.org", "north", roles: OrganisationRole.Administrator);
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task WhenTheMailServerIsDown_TheInvitationIsKept_AndShownAsNotSent_WithSendAgain()
    {
        var (response, staffPage) = await _admin.FillAsync("admin/organisations/north/staff/invite", form => form.Set("Form.Email", "new@north.example.org"));
        var (again, afterAgain) = await _admin.FillAsync("admin/organisations/north/staff", _ => { }, "form[action*=Resend]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is saved but the email could not be sent", staffPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Not sent", staffPage.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("is saved but the email could not be sent", afterAgain.Body!.TextContent, StringComparison.Ordinal);
        await using var scope = _site.Services.CreateAsyncScope();
        var invitation = await scope.ServiceProvider.GetRequiredService<HostDbContext>().Invitations.AsNoTracking().SingleAsync(i => i.Email == "new@north.example.org");
        Assert.True(invitation.SendFailed);
        Assert.Equal("Staff", invitation.Roles);
    }

    private static int ClosedPort()
    {
        // A port that was free a moment ago: nothing listens there, so every connection is refused at once.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
