using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using AsterBot.Aster.Models;
using AsterBot.Simulator.Server.Faults;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AsterBot.Simulator.Server.Streams;

/// <summary>
/// The WebSocket side: raw <c>/ws/&lt;stream&gt;</c>, combined <c>/stream?streams=a/b</c> and user-data
/// <c>/ws/&lt;listenKey&gt;</c> connections (spot ones under <c>/spot</c>), control frames, and fan-out of
/// published payloads to the connections subscribed to them.
/// </summary>
public sealed class StreamHub
{
    private readonly List<StreamConnection> _connections = [];
    private readonly ListenKeyStore _listenKeys;
    private readonly FaultInjector _faults;
    private readonly TimeProvider _clock;
    private readonly Func<Market, string, bool> _isSymbol;
    private readonly ILogger _logger;

    public StreamHub(ListenKeyStore listenKeys, FaultInjector faults, TimeProvider clock, Func<Market, string, bool> isSymbol, ILogger logger)
    {
        _listenKeys = listenKeys;
        _faults = faults;
        _clock = clock;
        _isSymbol = isSymbol;
        _logger = logger;
        _listenKeys.Expired += OnListenKeyExpired;
    }

    public const string SpotPrefix = "/spot";

    public static bool IsStreamPath(string path) =>
        path.StartsWith("/ws", StringComparison.Ordinal) || path.StartsWith("/stream", StringComparison.Ordinal)
        || path.StartsWith(SpotPrefix + "/ws", StringComparison.Ordinal) || path.StartsWith(SpotPrefix + "/stream", StringComparison.Ordinal);

    public int ConnectionCount { get { lock (_connections) return _connections.Count; } }

    /// <summary>True when some connection of the market listens to <paramref name="stream"/> (publishers skip work otherwise).</summary>
    public bool IsWatched(Market market, string stream)
    {
        lock (_connections)
            foreach (var c in _connections)
                if (c.Market == market && c.IsSubscribed(stream)) return true;
        return false;
    }

    public void Publish(Market market, string stream, ReadOnlySpan<byte> payload)
    {
        byte[]? raw = null, wrapped = null;
        foreach (var c in Snapshot())
        {
            if (c.Market != market || !c.IsSubscribed(stream)) continue;
            var message = c.Combined ? wrapped ??= Wrap(stream, payload) : raw ??= payload.ToArray();
            Send(c, message);
        }
    }

    /// <summary>Sends a user-data event to every connection opened with one of the account's listen keys for the market.</summary>
    public void PublishUser(long accountId, Market market, ReadOnlySpan<byte> payload)
    {
        byte[]? bytes = null;
        foreach (var c in Snapshot())
        {
            if (c.ListenKey is null || c.Market != market) continue;
            var info = _listenKeys.Find(c.ListenKey);
            if (info is null || info.AccountId != accountId) continue;
            Send(c, bytes ??= payload.ToArray());
        }
    }

    /// <summary>Closes every connection abruptly (the admin "drop WebSockets" fault).</summary>
    public int DropAll()
    {
        var all = Snapshot();
        foreach (var c in all) c.Abort();
        return all.Count;
    }

    public async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        var market = path.StartsWith(SpotPrefix, StringComparison.Ordinal) ? Market.Spot : Market.Futures;
        var local = market == Market.Spot ? path[SpotPrefix.Length..] : path;
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsync("This path serves WebSocket streams; connect with a WebSocket client.");
            return;
        }

        var (streams, listenKey, combined, problem) = ParseTarget(local, http.Request.Query["streams"].ToString(), market);
        if (problem is not null)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsJsonAsync(new { code = -1125, msg = problem });
            return;
        }

        var connection = new StreamConnection(path, market, combined, listenKey);
        connection.Subscribe(streams);
        lock (_connections) _connections.Add(connection);
        try
        {
            using var socket = await http.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
            {
                // Futures: the server pings every 5 minutes and drops a client silent for 15 (API.md §7.1).
                KeepAliveInterval = market == Market.Futures ? TimeSpan.FromMinutes(5) : TimeSpan.FromMinutes(3),
                KeepAliveTimeout = market == Market.Futures ? TimeSpan.FromMinutes(15) : TimeSpan.FromMinutes(10),
            });
            connection.Socket = socket;
            var writer = WriteLoopAsync(connection, socket, http.RequestAborted);
            await ReadLoopAsync(connection, socket, http.RequestAborted);
            connection.Complete();
            await writer;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            _logger.LogDebug("WebSocket {Path} ended: {Reason}", path, e.Message);
        }
        finally
        {
            connection.Complete();
            lock (_connections) _connections.Remove(connection);
        }
    }

    private (string[] Streams, string? ListenKey, bool Combined, string? Problem) ParseTarget(string local, string streamsQuery, Market market)
    {
        if (local is "/stream" or "/stream/")
        {
            var names = streamsQuery.Split('/', StringSplitOptions.RemoveEmptyEntries);
            foreach (var n in names)
                if (StreamNames.Problem(n, market, s => _isSymbol(market, s)) is { } p) return ([], null, true, p);
            return (names, null, true, null);
        }
        if (local is "/ws" or "/ws/") return ([], null, false, null);
        if (!local.StartsWith("/ws/", StringComparison.Ordinal)) return ([], null, false, $"Unknown stream path '{local}'.");
        var target = local["/ws/".Length..];
        var problem = StreamNames.Problem(target, market, s => _isSymbol(market, s));
        if (problem is null) return ([target], null, false, null);
        var key = _listenKeys.Find(target);
        if (key is not null && key.Market == market) return ([], target, false, null);
        return ([], null, false, target.Contains('@') ? problem : "This listenKey does not exist.");
    }

    private static async Task WriteLoopAsync(StreamConnection c, WebSocket socket, CancellationToken ct)
    {
        await foreach (var message in c.Outbound.ReadAllAsync(ct))
        {
            if (socket.State != WebSocketState.Open) return;
            await socket.SendAsync(message, WebSocketMessageType.Text, true, ct);
        }
        // Closing from the writer keeps the close frame behind the last queued message (one sender at a time).
        if (c.CloseReason is not null && socket.State == WebSocketState.Open)
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, c.CloseReason, ct);
    }

    private async Task ReadLoopAsync(StreamConnection c, WebSocket socket, CancellationToken ct)
    {
        var buffer = new byte[16 * 1024];
        // Inbound limit per connection (API.md §7.1): futures 10 messages a second, spot 5; past it the server closes.
        var limit = c.Market == Market.Futures ? 10 : 5;
        long window = -1;
        var count = 0;
        while (socket.State == WebSocketState.Open)
        {
            var received = await ReceiveMessageAsync(socket, buffer, ct);
            if (received is null)
            {
                if (socket.State == WebSocketState.CloseReceived)
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, ct);
                return;
            }
            var second = _clock.GetUtcNow().ToUnixTimeSeconds();
            if (second != window) (window, count) = (second, 0);
            if (++count > limit)
            {
                c.CloseAfterDrain($"Too many messages: at most {limit} per second");
                continue;
            }
            var reply = ControlFrames.Handle(c, received, StreamValidator);
            if (reply is not null) Send(c, reply);
        }
    }

    private Func<string, string?> StreamValidator(Market market) => name => StreamNames.Problem(name, market, s => _isSymbol(market, s));

    private static async Task<byte[]?> ReceiveMessageAsync(WebSocket socket, byte[] buffer, CancellationToken ct)
    {
        using var ms = new MemoryStream();
        while (true)
        {
            var r = await socket.ReceiveAsync(buffer, ct);
            if (r.MessageType == WebSocketMessageType.Close) return null;
            ms.Write(buffer, 0, r.Count);
            if (ms.Length > 64 * 1024) return Encoding.UTF8.GetBytes("{}"); // oversized control frame: answered as invalid
            if (r.EndOfMessage) return ms.ToArray();
        }
    }

    private void Send(StreamConnection c, byte[] message)
    {
        if (_faults.Roll("WS", c.Path, FaultKind.WebSocketDrop) is not null)
        {
            c.Abort();
            return;
        }
        // A client this far behind is cut off, as exchanges do (a connection already closing just drops it).
        if (!c.Enqueue(message) && c.CloseReason is null) c.Abort();
    }

    private void OnListenKeyExpired(ListenKeyStore.ListenKeyInfo info)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["e"] = "listenKeyExpired", ["E"] = _clock.GetUtcNow().ToUnixTimeMilliseconds() });
        foreach (var c in Snapshot())
        {
            if (c.ListenKey != info.Key) continue;
            c.Enqueue(payload);
            c.CloseAfterDrain("listenKeyExpired");
        }
    }

    private List<StreamConnection> Snapshot() { lock (_connections) return [.. _connections]; }

    private static byte[] Wrap(string stream, ReadOnlySpan<byte> payload)
    {
        var prefix = Encoding.UTF8.GetBytes("{\"stream\":" + JsonSerializer.Serialize(stream) + ",\"data\":");
        var result = new byte[prefix.Length + payload.Length + 1];
        prefix.CopyTo(result, 0);
        payload.CopyTo(result.AsSpan(prefix.Length));
        result[^1] = (byte)'}';
        return result;
    }
}
