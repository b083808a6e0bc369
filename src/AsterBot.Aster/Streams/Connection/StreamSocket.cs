using System.Buffers;
using System.Net.WebSockets;

namespace AsterBot.Aster.Streams.Connection;

/// <summary>
/// One WebSocket and its receive loop. Frames are reassembled in a pooled buffer that grows as needed and is
/// reused, so receiving allocates nothing per message.
/// </summary>
internal sealed class StreamSocket : IAsyncDisposable
{
    /// <summary>A frame larger than this is treated as a broken stream rather than buffered without end.</summary>
    private const int MaxFrameBytes = 16 * 1024 * 1024;

    private readonly ClientWebSocket _ws;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();

    public delegate void FrameReceived(StreamSocket socket, ReadOnlySpan<byte> frame);

    private StreamSocket(ClientWebSocket ws, int number)
    {
        _ws = ws;
        Number = number;
    }

    /// <summary>1 for the connection's first socket, then counting up.</summary>
    public int Number { get; }

    /// <summary>Completes with the reason the socket ended; never faults (the receive loop catches everything).</summary>
    public Task<SocketEnd> Completion { get; private set; } = Task.FromResult(new SocketEnd("not started", null));

    public static async Task<StreamSocket> ConnectAsync(Uri uri, int number, StreamConnectionOptions options, CancellationToken ct)
    {
        var ws = new ClientWebSocket();
        ws.Options.KeepAliveInterval = options.KeepAliveInterval;
        if (options.KeepAliveTimeout is { } timeout) ws.Options.KeepAliveTimeout = timeout;
        try
        {
            await ws.ConnectAsync(uri, ct).ConfigureAwait(false);
            return new StreamSocket(ws, number);
        }
        catch
        {
            ws.Dispose();
            throw;
        }
    }

    public void StartReceiving(FrameReceived onFrame) => Completion = Task.Run(() => ReceiveLoopAsync(onFrame));

    private async Task<SocketEnd> ReceiveLoopAsync(FrameReceived onFrame)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length >= MaxFrameBytes) return new SocketEnd($"a frame exceeded {MaxFrameBytes} bytes", null);
                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
                var result = await _ws.ReceiveAsync(buffer.AsMemory(length), _stop.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                    return new SocketEnd($"server closed the socket ({_ws.CloseStatus} {_ws.CloseStatusDescription})".TrimEnd(), null);
                length += result.Count;
                if (!result.EndOfMessage) continue;
                onFrame(this, buffer.AsSpan(0, length));
                length = 0;
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            return new SocketEnd("socket stopped by the client", null);
        }
        catch (Exception ex)
        {
            // Network failures mostly; whatever it was, this socket is finished and the supervisor reconnects.
            return new SocketEnd("socket failed: " + ex.Message, ex);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async Task SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken ct)
    {
        await _sendLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await _ws.SendAsync(utf8Json, WebSocketMessageType.Text, endOfMessage: true, ct).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends our close frame and waits (up to the timeout) for the receive loop to see the server's close.</summary>
    public async Task CloseAsync(TimeSpan timeout, TimeProvider time)
    {
        using var timeoutCts = new CancellationTokenSource(timeout, time);
        try
        {
            if (_ws.State == WebSocketState.Open)
                await _ws.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "closing", timeoutCts.Token).ConfigureAwait(false);
            await Completion.WaitAsync(timeoutCts.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException)
        {
            // The peer did not finish the handshake in time or the socket already broke; Abort below ends it anyway.
        }
        Abort();
    }

    /// <summary>Ends the socket at once; the receive loop completes with a "stopped" reason.</summary>
    public void Abort()
    {
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // already disposed: nothing left to stop
        }
        _ws.Abort();
    }

    public async ValueTask DisposeAsync()
    {
        Abort();
        await Completion.ConfigureAwait(false);
        _ws.Dispose();
        _stop.Dispose();
        _sendLock.Dispose();
    }
}

/// <summary>Why a socket ended.</summary>
internal sealed record SocketEnd(string Reason, Exception? Error);
