using System.Net.WebSockets;
using System.Text.Json;

namespace AsterBot.Aster.Streams.Connection;

/// <summary>
/// A supervised Aster stream connection: keeps one WebSocket open, reconnects with backoff after drops or
/// silence, replaces itself before the 24 h server limit, and replays every subscription on each new socket.
/// Data frames go to an <see cref="IStreamFrameSink"/> (usually a <c>StreamEventDispatcher</c>); control replies
/// are matched to the awaiting <see cref="SubscribeAsync"/>/<see cref="UnsubscribeAsync"/>/<see cref="ListSubscriptionsAsync"/>.
/// </summary>
public sealed partial class StreamConnection : IAsyncDisposable
{
    private readonly StreamConnectionOptions _options;
    private readonly IStreamFrameSink _sink;
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private readonly List<string> _subscriptions = [];
    private readonly PendingRequests _requests = new();
    private readonly SendThrottle _throttle;
    private readonly object _deliveryGate = new();
    private readonly CancellationTokenSource _lifetime = new();
    private StreamSocket? _current;
    private Task? _run;
    private volatile string? _streamHint;
    private volatile StreamConnectionState _state = StreamConnectionState.Created;

    /// <summary>Every state transition, raised on the connection's own task. Handlers must not block.</summary>
    public event Action<StreamStateChange>? StateChanged;

    /// <summary>
    /// Something failed without stopping the connection: the frame sink or a state handler threw (the next frame
    /// is processed as usual), or a rotation could not open its new socket (the current one stays in use).
    /// </summary>
    public event Action<Exception>? ErrorOccurred;

    public StreamConnection(StreamConnectionOptions options, IStreamFrameSink sink, IEnumerable<string>? streams = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _sink = sink ?? throw new ArgumentNullException(nameof(sink));
        _time = options.TimeProvider;
        _throttle = new SendThrottle(options.Limits.ControlFramesPerSecond, _time);
        if (streams is not null) lock (_gate) AddSubscriptions(streams);
    }

    public StreamConnectionState State => _state;

    /// <summary>The streams this connection keeps subscribed (sent again on every new socket).</summary>
    public IReadOnlyList<string> Subscriptions
    {
        get { lock (_gate) return _subscriptions.ToArray(); }
    }

    /// <summary>Starts connecting in the background. Cancelling <paramref name="ct"/> closes the connection for good.</summary>
    public void Start(CancellationToken ct = default)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_lifetime.IsCancellationRequested, this);
            if (_run is not null) throw new InvalidOperationException("The stream connection is already started.");
            var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, _lifetime.Token);
            _run = Task.Run(async () =>
            {
                using (stop) await RunAsync(stop.Token).ConfigureAwait(false);
            }, CancellationToken.None);
        }
    }

    /// <summary>
    /// Adds streams. When connected, returns once the server confirmed; when not, returns at once and the streams
    /// are subscribed as soon as a socket opens. Refuses (without changing anything) when the connection would
    /// exceed the server's streams-per-connection limit: open another connection for more.
    /// </summary>
    public async Task SubscribeAsync(IEnumerable<string> streams, CancellationToken ct = default)
    {
        List<string> added;
        StreamSocket? socket;
        lock (_gate)
        {
            added = AddSubscriptions(streams);
            socket = _current;
        }
        if (added.Count == 0 || socket is null) return;
        try
        {
            await RequestAsync(socket, ControlFrame.Subscribe, added, ct).ConfigureAwait(false);
        }
        catch (StreamRequestException)
        {
            lock (_gate) RemoveSubscriptions(added);
            throw;
        }
        catch (StreamConnectionLostException)
        {
            // Kept in the set: the next socket subscribes them.
        }
    }

    public async Task UnsubscribeAsync(IEnumerable<string> streams, CancellationToken ct = default)
    {
        List<string> removed;
        StreamSocket? socket;
        lock (_gate)
        {
            removed = RemoveSubscriptions(streams);
            socket = _current;
        }
        if (removed.Count == 0 || socket is null) return;
        try
        {
            await RequestAsync(socket, ControlFrame.Unsubscribe, removed, ct).ConfigureAwait(false);
        }
        catch (StreamConnectionLostException)
        {
            // Already out of the set: the next socket will not subscribe them.
        }
    }

    /// <summary>Asks the server which streams this socket carries (LIST_SUBSCRIPTIONS).</summary>
    public async Task<IReadOnlyList<string>> ListSubscriptionsAsync(CancellationToken ct = default)
    {
        StreamSocket socket;
        lock (_gate) socket = _current ?? throw new InvalidOperationException("The stream connection is not connected; wait for the Connected state.");
        var result = await RequestAsync(socket, ControlFrame.ListSubscriptions, null, ct).ConfigureAwait(false);
        if (result is not { ValueKind: JsonValueKind.Array } list)
            throw new StreamRequestException(ControlFrame.ListSubscriptions, -1, "the reply's result is not a list of streams");
        return list.EnumerateArray().Select(e => e.GetString() ?? "").ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        Task? run;
        lock (_gate)
        {
            if (!_lifetime.IsCancellationRequested) _lifetime.Cancel();
            run = _run;
        }
        if (run is not null) await run.ConfigureAwait(false);
        else SetState(StreamConnectionState.Closed, "disposed before start", null, 0, false);
    }

    private List<string> AddSubscriptions(IEnumerable<string> streams)
    {
        var added = new List<string>();
        foreach (var stream in streams)
        {
            StreamUrl.ValidateStreamName(stream);
            if (!_subscriptions.Contains(stream) && !added.Contains(stream)) added.Add(stream);
        }
        var limit = _options.Limits.MaxStreamsPerConnection;
        if (_subscriptions.Count + added.Count > limit)
            throw new InvalidOperationException(
                $"A connection to this host carries at most {limit} streams; this one has {_subscriptions.Count} and " +
                $"{added.Count} more were asked for. Open another StreamConnection for the rest.");
        _subscriptions.AddRange(added);
        UpdateStreamHint();
        return added;
    }

    private List<string> RemoveSubscriptions(IEnumerable<string> streams)
    {
        var removed = streams.Where(_subscriptions.Remove).ToList();
        UpdateStreamHint();
        return removed;
    }

    /// <summary>Raw payloads do not name their stream; with exactly one raw stream we can.</summary>
    private void UpdateStreamHint() =>
        _streamHint = !_options.Combined && _options.RawPath is null && _subscriptions.Count == 1 ? _subscriptions[0] : null;

    private async Task<JsonElement?> RequestAsync(StreamSocket socket, string method, IReadOnlyList<string>? streams, CancellationToken ct)
    {
        var (id, reply) = _requests.Register(method);
        using var timeout = new CancellationTokenSource(_options.RequestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            await _throttle.WaitAsync(linked.Token).ConfigureAwait(false);
            await socket.SendAsync(ControlFrame.Build(method, streams, id), linked.Token).ConfigureAwait(false);
            var first = await Task.WhenAny(reply, socket.Completion).WaitAsync(linked.Token).ConfigureAwait(false);
            if (first != reply)
                throw new StreamConnectionLostException($"The socket closed before the reply to {method} came ({socket.Completion.Result.Reason}).");
            return await reply.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new TimeoutException($"The stream server did not answer {method} within {_options.RequestTimeout}.");
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
            throw new StreamConnectionLostException($"The socket closed while sending {method}.", ex);
        }
        finally
        {
            _requests.Forget(id);
        }
    }

    private void OnFrame(StreamSocket socket, ReadOnlySpan<byte> frame)
    {
        Volatile.Write(ref _lastFrameAt, _time.GetTimestamp());
        if (ControlReply.TryRead(frame, out var reply))
        {
            _requests.Complete(reply!);
            return;
        }
        // During a rotation two sockets deliver at once; the sink sees one frame at a time.
        lock (_deliveryGate)
        {
            try
            {
                _sink.OnFrame(frame, _streamHint);
            }
            catch (Exception ex)
            {
                ReportError(ex);
            }
        }
    }

    private void ReportError(Exception ex)
    {
        try
        {
            ErrorOccurred?.Invoke(ex);
        }
        catch
        {
            // A failing failure handler must not take the receive loop down with it.
        }
    }
}
