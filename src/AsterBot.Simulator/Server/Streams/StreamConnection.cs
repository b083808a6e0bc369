using System.Net.WebSockets;
using System.Threading.Channels;
using AsterBot.Aster.Models;

namespace AsterBot.Simulator.Server.Streams;

/// <summary>
/// One client WebSocket: its subscriptions, whether payloads are wrapped (<c>{"stream":…,"data":…}</c>, the
/// combined endpoint), and an outbound queue drained by a single writer so sends never interleave.
/// </summary>
public sealed class StreamConnection
{
    /// <summary>A client that cannot keep up with this many queued messages is disconnected, like a real exchange does.</summary>
    private const int MaxQueued = 10_000;

    private readonly Channel<ReadOnlyMemory<byte>> _outbound =
        Channel.CreateBounded<ReadOnlyMemory<byte>>(new BoundedChannelOptions(MaxQueued) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });
    private readonly HashSet<string> _streams = new(StringComparer.Ordinal);

    public StreamConnection(string path, Market market, bool combined, string? listenKey)
    {
        Path = path;
        Market = market;
        Combined = combined;
        ListenKey = listenKey;
    }

    /// <summary>
    /// The socket, attached once the handshake completes. The connection is registered before that, so nothing
    /// published between the client seeing "connected" and the server's registration is lost (it waits in the queue).
    /// </summary>
    public WebSocket? Socket { get; set; }

    /// <summary>Cuts the connection without a close handshake (drops, slow consumers).</summary>
    public void Abort() => Socket?.Abort();

    /// <summary>The request path the client connected to (fault rules match on it).</summary>
    public string Path { get; }

    public Market Market { get; }

    public bool Combined { get; set; }

    /// <summary>Set for user-data connections (<c>/ws/&lt;listenKey&gt;</c>).</summary>
    public string? ListenKey { get; }

    public ChannelReader<ReadOnlyMemory<byte>> Outbound => _outbound.Reader;

    public IReadOnlyList<string> Streams { get { lock (_streams) return [.. _streams]; } }

    public bool IsSubscribed(string stream) { lock (_streams) return _streams.Contains(stream); }

    public void Subscribe(IEnumerable<string> streams) { lock (_streams) _streams.UnionWith(streams); }

    public void Unsubscribe(IEnumerable<string> streams) { lock (_streams) _streams.ExceptWith(streams); }

    /// <summary>Queues a message; false when the client is too slow (the caller then drops it).</summary>
    public bool Enqueue(ReadOnlyMemory<byte> message) => _outbound.Writer.TryWrite(message);

    public void Complete() => _outbound.Writer.TryComplete();

    /// <summary>Why the server is closing this connection once the queued messages are sent, if it is.</summary>
    public string? CloseReason { get; private set; }

    public void CloseAfterDrain(string reason)
    {
        CloseReason = reason;
        Complete();
    }
}
