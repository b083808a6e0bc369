namespace AsterBot.Aster.Streams.Connection;

// The connection's background task: connect, watch, rotate, reconnect, shut down.
public sealed partial class StreamConnection
{
    /// <summary>After a failed rotation the old socket stays in use; the next try comes this much later.</summary>
    private static readonly TimeSpan RotationRetry = TimeSpan.FromMinutes(1);

    private int _socketCount;
    private long _lastFrameAt;
    private int _silencedSocket;

    private async Task RunAsync(CancellationToken ct)
    {
        var failures = 0;
        var hadSession = false;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                SetState(StreamConnectionState.Connecting, hadSession ? "reconnecting" : "connecting", null, _socketCount, false);
                StreamSocket socket;
                try
                {
                    socket = await OpenSocketAsync(ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception ex)
                {
                    SetState(StreamConnectionState.Disconnected, $"could not connect: {ex.Message}", ex, _socketCount, false);
                    if (!await BackoffAsync(failures++, ct).ConfigureAwait(false)) break;
                    continue;
                }

                SetState(StreamConnectionState.Connected, hadSession ? "reconnected" : "connected", null, socket.Number, hadSession);
                hadSession = true;
                var openedAt = _time.GetUtcNow();
                var end = await SuperviseAsync(socket, ct).ConfigureAwait(false);
                if (ct.IsCancellationRequested) break;

                SetState(StreamConnectionState.Disconnected, end.Reason, end.Error, socket.Number, false);
                // A socket that lived a while was healthy: start the backoff over. One that died at once was not.
                if (_time.GetUtcNow() - openedAt >= _options.MaxReconnectDelay) failures = 0;
                if (!await BackoffAsync(failures++, ct).ConfigureAwait(false)) break;
            }
        }
        catch (Exception ex)
        {
            ReportError(ex);
        }
        finally
        {
            SetState(StreamConnectionState.Closed, "closed", null, _socketCount, false);
        }
    }

    /// <summary>Watches the active socket until it ends, rotating it before the server's lifetime limit.</summary>
    private async Task<SocketEnd> SuperviseAsync(StreamSocket socket, CancellationToken ct)
    {
        using var watchdog = StartWatchdog();
        var rotateAt = _time.GetUtcNow() + _options.RotateAfter;
        while (true)
        {
            using (var rotationWait = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                var wait = rotateAt - _time.GetUtcNow();
                var rotation = Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, _time, rotationWait.Token);
                var first = await Task.WhenAny(socket.Completion, rotation).ConfigureAwait(false);
                rotationWait.Cancel();
                if (first == socket.Completion) return await EndSocketAsync(socket, graceful: false).ConfigureAwait(false);
            }
            if (ct.IsCancellationRequested) return await EndSocketAsync(socket, graceful: true).ConfigureAwait(false);

            StreamSocket next;
            try
            {
                next = await OpenSocketAsync(ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return await EndSocketAsync(socket, graceful: true).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                ReportError(new StreamConnectionLostException($"Rotation failed, keeping the current socket: {ex.Message}", ex));
                rotateAt = _time.GetUtcNow() + RotationRetry;
                continue;
            }
            // The new socket is already installed and delivering; only now does the old one go.
            SetState(StreamConnectionState.Connected, "rotated to a fresh connection", null, next.Number, false);
            await EndSocketAsync(socket, graceful: true).ConfigureAwait(false);
            socket = next;
            rotateAt = _time.GetUtcNow() + _options.RotateAfter;
        }
    }

    /// <summary>
    /// Opens a socket for the current subscriptions, brings it up to date with SUBSCRIBE/UNSUBSCRIBE frames, and
    /// installs it as the one new requests go to.
    /// </summary>
    private async Task<StreamSocket> OpenSocketAsync(CancellationToken ct)
    {
        Uri uri;
        HashSet<string> covered;
        lock (_gate)
        {
            var (url, inUrl) = StreamUrl.Build(_options, _subscriptions);
            uri = url;
            covered = [.. inUrl];
        }
        using var timeout = new CancellationTokenSource(_options.ConnectTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        var socket = await StreamSocket.ConnectAsync(uri, Interlocked.Increment(ref _socketCount), _options, linked.Token)
            .ConfigureAwait(false);
        try
        {
            Volatile.Write(ref _lastFrameAt, _time.GetTimestamp());
            socket.StartReceiving(OnFrame);
            while (true)
            {
                List<string> missing, extra;
                lock (_gate)
                {
                    missing = _subscriptions.Where(s => !covered.Contains(s)).ToList();
                    extra = covered.Where(s => !_subscriptions.Contains(s)).ToList();
                    if (missing.Count == 0 && extra.Count == 0)
                    {
                        _current = socket;
                        return socket;
                    }
                }
                if (missing.Count > 0) await RequestAsync(socket, ControlFrame.Subscribe, missing, ct).ConfigureAwait(false);
                if (extra.Count > 0) await RequestAsync(socket, ControlFrame.Unsubscribe, extra, ct).ConfigureAwait(false);
                covered.UnionWith(missing);
                covered.ExceptWith(extra);
            }
        }
        catch
        {
            await socket.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<SocketEnd> EndSocketAsync(StreamSocket socket, bool graceful)
    {
        if (graceful) await socket.CloseAsync(_options.CloseTimeout, _time).ConfigureAwait(false);
        var end = await socket.Completion.ConfigureAwait(false);
        lock (_gate)
        {
            if (ReferenceEquals(_current, socket)) _current = null;
        }
        await socket.DisposeAsync().ConfigureAwait(false);
        return Volatile.Read(ref _silencedSocket) == socket.Number
            ? new SocketEnd($"no data for longer than {_options.SilenceLimit}; reconnecting", end.Error)
            : end;
    }

    /// <summary>Aborts the active socket when nothing arrived for <see cref="StreamConnectionOptions.SilenceLimit"/>.</summary>
    private ITimer? StartWatchdog()
    {
        if (_options.SilenceLimit is not { } limit) return null;
        var period = limit / 4;
        return _time.CreateTimer(_ =>
        {
            StreamSocket? socket;
            lock (_gate) socket = _current;
            if (socket is null || _time.GetElapsedTime(Volatile.Read(ref _lastFrameAt)) <= limit) return;
            Volatile.Write(ref _silencedSocket, socket.Number);
            socket.Abort();
        }, null, period, period);
    }

    private async Task<bool> BackoffAsync(int attempt, CancellationToken ct)
    {
        var delay = ReconnectBackoff.Delay(attempt, _options.InitialReconnectDelay, _options.MaxReconnectDelay, Random.Shared.NextDouble());
        try
        {
            await Task.Delay(delay, _time, ct).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void SetState(StreamConnectionState state, string reason, Exception? error, int connectionNumber, bool missed)
    {
        _state = state;
        try
        {
            StateChanged?.Invoke(new StreamStateChange(state, reason, error, connectionNumber, missed));
        }
        catch (Exception ex)
        {
            ReportError(ex);
        }
    }
}
