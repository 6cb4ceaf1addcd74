using System.Net;
using System.Net.Sockets;

namespace Quartet.Shop.Tests;

/// <summary>
/// A loopback TCP relay in front of the test PostgreSQL server. <see cref="Stop"/> refuses new connections and cuts the
/// open ones, which is what the application sees when its database goes away; <see cref="Start"/> brings it back on the
/// same port. The shared server itself is never touched.
/// </summary>
public sealed class TcpRelay(string targetHost, int targetPort) : IDisposable
{
    private readonly List<Socket> open = [];
    private TcpListener? listener;
    private CancellationTokenSource? stopping;

    public int Port { get; private set; }

    public void Start()
    {
        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        stopping = new CancellationTokenSource();
        _ = AcceptAsync(listener, stopping.Token);
    }

    public void Stop()
    {
        stopping?.Cancel();
        listener?.Stop();
        lock (open)
        {
            foreach (var socket in open)
            {
                socket.Close(0);
            }

            open.Clear();
        }
    }

    public void Dispose() => Stop();

    private async Task AcceptAsync(TcpListener server, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient incoming;
            try
            {
                incoming = await server.AcceptTcpClientAsync(ct);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var outgoing = new TcpClient();
            try
            {
                await outgoing.ConnectAsync(targetHost, targetPort, ct);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException)
            {
                incoming.Dispose();
                outgoing.Dispose();
                continue;
            }

            lock (open)
            {
                open.Add(incoming.Client);
                open.Add(outgoing.Client);
            }

            _ = PumpAsync(incoming, outgoing, ct);
            _ = PumpAsync(outgoing, incoming, ct);
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to, CancellationToken ct)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), ct);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
