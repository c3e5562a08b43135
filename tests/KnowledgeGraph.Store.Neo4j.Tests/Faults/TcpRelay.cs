using System.Net;
using System.Net.Sockets;

namespace KnowledgeGraph.Store.Neo4j.Tests.Faults;

/// <summary>
/// A TCP relay on 127.0.0.1 (a port of its own) in front of a real Neo4j server, so a test can make that server go away
/// for one client and come back without touching the server the other tests share: <see cref="Stop"/> closes the port
/// (new connections are refused, as by a stopped server) and cuts every open connection; <see cref="Start"/> listens on
/// the same port again.
/// </summary>
public sealed class TcpRelay : IDisposable
{
    private readonly IPEndPoint _target;
    private readonly object _lock = new();
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private CancellationTokenSource? _running;

    /// <summary>A relay to <paramref name="target"/> (not started).</summary>
    public TcpRelay(Uri target)
    {
        var host = target.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(target.Host);
        _target = new IPEndPoint(host, target.Port);
    }

    /// <summary>The relay's port (chosen when it first starts).</summary>
    public int Port { get; private set; }

    /// <summary>The relay's address, as a Neo4j HTTP address.</summary>
    public string Address => $"http://127.0.0.1:{Port}";

    /// <summary>Listens (on the same port as before, after a <see cref="Stop"/>) and relays every connection.</summary>
    public void Start()
    {
        lock (_lock)
        {
            if (_listener is not null)
            {
                return;
            }
            var listener = new TcpListener(IPAddress.Loopback, Port);
            listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
            _listener = listener;
            _running = new CancellationTokenSource();
            _ = AcceptAsync(listener, _running.Token);
        }
    }

    /// <summary>Closes the port and cuts every relayed connection.</summary>
    public void Stop()
    {
        lock (_lock)
        {
            _running?.Cancel();
            _running?.Dispose();
            _running = null;
            _listener?.Stop();
            _listener = null;
            foreach (var client in _open)
            {
                client.Client.LingerState = new LingerOption(true, 0); // a reset, as a dead server's host answers
                client.Dispose();
            }
            _open.Clear();
        }
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = RelayAsync(inbound, cancellationToken);
        }
    }

    private async Task RelayAsync(TcpClient inbound, CancellationToken cancellationToken)
    {
        var outbound = new TcpClient();
        lock (_lock)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                inbound.Dispose();
                outbound.Dispose();
                return;
            }
            _open.Add(inbound);
            _open.Add(outbound);
        }
        try
        {
            await outbound.ConnectAsync(_target, cancellationToken);
            var a = inbound.GetStream();
            var b = outbound.GetStream();
            await Task.WhenAny(a.CopyToAsync(b, cancellationToken), b.CopyToAsync(a, cancellationToken));
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
        }
        finally
        {
            lock (_lock)
            {
                _open.Remove(inbound);
                _open.Remove(outbound);
            }
            inbound.Dispose();
            outbound.Dispose();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => Stop();
}
