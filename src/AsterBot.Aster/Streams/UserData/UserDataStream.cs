using AsterBot.Aster.Streams.Connection;
using AsterBot.Aster.Streams.Events;
using AsterBot.Aster.Streams.Parsing;

namespace AsterBot.Aster.Streams.UserData;

/// <summary>
/// An account's user-data stream: obtains a listen key, connects to <c>/ws/&lt;listenKey&gt;</c>, extends the key
/// on a schedule, and when the key expires (the <c>listenKeyExpired</c> event, or a keepalive the server refuses)
/// gets a new key and reconnects. Order updates that arrive after a newer one of the same order are flagged
/// <c>IsSuperseded</c>. After any renewal or reconnect, <see cref="StateChanged"/> reports
/// <c>EventsMayHaveBeenMissed</c>: reconcile orders and balances with REST then.
/// </summary>
public sealed class UserDataStream : IAsyncDisposable
{
    private readonly StreamConnectionOptions _connectionOptions;
    private readonly IListenKeyService _keys;
    private readonly UserDataEventRouter _router;
    private readonly TimeSpan _keepAliveInterval;
    private readonly TimeSpan _retryDelay;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _lifetime = new();
    private readonly SemaphoreSlim _renewing = new(1, 1);
    private StreamConnection? _connection;
    private string? _listenKey;
    private Task? _keepAliveLoop;
    private int _renewals;

    /// <param name="connectionOptions">Host, limits and timings; the raw path is set to the listen key here.</param>
    /// <param name="keepAliveInterval">How often to extend the key (default 30 min; keys live 60 min).</param>
    /// <param name="retryDelay">Wait between failed attempts to get a key (default 5 s).</param>
    public UserDataStream(StreamConnectionOptions connectionOptions, IListenKeyService keys, IStreamEventHandler handler,
        TimeSpan? keepAliveInterval = null, TimeSpan? retryDelay = null)
    {
        ArgumentNullException.ThrowIfNull(connectionOptions);
        ArgumentNullException.ThrowIfNull(handler);
        _keys = keys ?? throw new ArgumentNullException(nameof(keys));
        _connectionOptions = connectionOptions with { Combined = false };
        _keepAliveInterval = keepAliveInterval ?? TimeSpan.FromMinutes(30);
        if (_keepAliveInterval <= TimeSpan.Zero || _keepAliveInterval >= TimeSpan.FromMinutes(60))
            throw new ArgumentException("The keepalive interval must be positive and under the key's 60-minute life.", nameof(keepAliveInterval));
        _retryDelay = retryDelay ?? TimeSpan.FromSeconds(5);
        _time = connectionOptions.TimeProvider;
        // Renew off the receive loop: renewal disposes the very connection whose loop delivered the event.
        _router = new UserDataEventRouter(handler, () => _ = Task.Run(() => RenewInBackground("the listen key expired")));
    }

    /// <summary>Connection states of the current socket, renewals included.</summary>
    public event Action<StreamStateChange>? StateChanged;

    /// <summary>A keepalive or key request failed; it is retried.</summary>
    public event Action<Exception>? ListenKeyFailed;

    /// <summary>How many times a new listen key was taken after the first.</summary>
    public int Renewals => Volatile.Read(ref _renewals);

    /// <summary>Gets a key and starts the stream; returns once the key is obtained (the socket connects in the background).</summary>
    public async Task StartAsync(CancellationToken ct = default)
    {
        if (_keepAliveLoop is not null) throw new InvalidOperationException("The user-data stream is already started.");
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, _lifetime.Token);
        await ConnectWithNewKeyAsync(renewalReason: null, linked.Token).ConfigureAwait(false);
        _keepAliveLoop = Task.Run(() => KeepAliveLoopAsync(_lifetime.Token), CancellationToken.None);
    }

    private async Task KeepAliveLoopAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(_keepAliveInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false))
            {
                var key = Volatile.Read(ref _listenKey);
                if (key is null) continue;
                try
                {
                    if (!await _keys.KeepAliveAsync(key, ct).ConfigureAwait(false))
                        await RenewAsync("the server no longer knows the listen key", ct).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The key lives 60 minutes and is extended every 30: one failed keepalive is survivable, and
                    // if the key does lapse the server says so with listenKeyExpired.
                    ReportKeyFailure(ex);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    private async Task RenewInBackground(string reason)
    {
        try
        {
            await RenewAsync(reason, _lifetime.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
        catch (ObjectDisposedException)
        {
            // stopped while the expiry event was being handled
        }
    }

    private async Task RenewAsync(string reason, CancellationToken ct)
    {
        var renewing = Volatile.Read(ref _listenKey);
        await _renewing.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            // Expiry event and refused keepalive can both ask; the first one renews, the second finds it done.
            if (!ReferenceEquals(renewing, Volatile.Read(ref _listenKey))) return;
            Interlocked.Increment(ref _renewals);
            await ConnectWithNewKeyAsync(renewalReason: reason, ct).ConfigureAwait(false);
        }
        finally
        {
            _renewing.Release();
        }
    }

    /// <summary>Takes a key (retrying until it works or we stop) and swaps the connection over to it.</summary>
    /// <param name="renewalReason">Why the previous key was replaced; null for the first key.</param>
    private async Task ConnectWithNewKeyAsync(string? renewalReason, CancellationToken ct)
    {
        string key;
        while (true)
        {
            try
            {
                key = await _keys.StartAsync(ct).ConfigureAwait(false);
                if (string.IsNullOrWhiteSpace(key)) throw new InvalidOperationException("The listen-key service returned an empty key.");
                break;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                ReportKeyFailure(ex);
                await Task.Delay(_retryDelay, _time, ct).ConfigureAwait(false);
            }
        }

        // The old key's stream is over (expired or refused), so close it before the new one starts delivering:
        // the consumer never sees two streams at once.
        var old = Interlocked.Exchange(ref _connection, null);
        if (old is not null) await old.DisposeAsync().ConfigureAwait(false);

        var connection = new StreamConnection(_connectionOptions with { RawPath = key }, new StreamEventDispatcher(_router));
        var firstConnect = true;
        connection.StateChanged += change =>
        {
            if (renewalReason is not null && firstConnect && change.State == StreamConnectionState.Connected)
            {
                // Events between the old key's end and this socket are lost: say so, so the consumer reconciles.
                firstConnect = false;
                change = change with { EventsMayHaveBeenMissed = true, Reason = $"connected with a new listen key ({renewalReason})" };
            }
            StateChanged?.Invoke(change);
        };
        connection.ErrorOccurred += ReportKeyFailure;
        Volatile.Write(ref _listenKey, key);
        _connection = connection;
        connection.Start(_lifetime.Token);
    }

    private void ReportKeyFailure(Exception ex)
    {
        try
        {
            ListenKeyFailed?.Invoke(ex);
        }
        catch
        {
            // A failing observer must not stop the key from being renewed.
        }
    }

    /// <summary>Stops the stream, waits for its tasks, and closes the listen key (best effort).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_lifetime.IsCancellationRequested) return;
        _lifetime.Cancel();
        if (_keepAliveLoop is not null) await _keepAliveLoop.ConfigureAwait(false);
        var connection = Interlocked.Exchange(ref _connection, null);
        if (connection is not null) await connection.DisposeAsync().ConfigureAwait(false);
        if (Volatile.Read(ref _listenKey) is { } key)
        {
            using var timeout = new CancellationTokenSource(_connectionOptions.CloseTimeout, _time);
            try
            {
                await _keys.CloseAsync(key, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                ReportKeyFailure(ex); // the key simply expires on its own within the hour
            }
        }
    }
}
