using System.Net;
using System.Net.Sockets;

namespace CoProWidgets.IntegrationTests.GetInvolved;

/// <summary>
/// A loopback port that passes connections through to a server, and can be cut (every connection dropped, new ones
/// refused) and opened again on the same port: a Redis that goes away and comes back, without stopping the one Redis
/// other tests share.
/// </summary>
internal sealed class TcpRelay : IDisposable
{
    private readonly DnsEndPoint _target;
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;

    private TcpRelay(DnsEndPoint target) => _target = target;

    public int Port { get; private set; }

    public static TcpRelay To(string hostAndPort)
    {
        var colon = hostAndPort.LastIndexOf(':');
        var relay = new TcpRelay(new DnsEndPoint(hostAndPort[..colon], int.Parse(hostAndPort[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture)));
        relay.Open();
        return relay;
    }

    public void Open()
    {
        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _listener = listener;
        _ = AcceptAsync(listener);
    }

    public void Cut()
    {
        _listener?.Stop();
        _listener = null;
        lock (_open)
        {
            _open.ForEach(client => client.Dispose());
            _open.Clear();
        }
    }

    public void Dispose() => Cut();

    private async Task AcceptAsync(TcpListener listener)
    {
        while (true)
        {
            TcpClient incoming;
            try
            {
                incoming = await listener.AcceptTcpClientAsync();
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
            {
                return;
            }

            var outgoing = new TcpClient();
            await outgoing.ConnectAsync(_target.Host, _target.Port);
            lock (_open)
            {
                _open.Add(incoming);
                _open.Add(outgoing);
            }

            _ = PipeAsync(incoming, outgoing);
            _ = PipeAsync(outgoing, incoming);
        }
    }

    private static async Task PipeAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or InvalidOperationException)
        {
        }

        from.Dispose();
        to.Dispose();
    }
}
