using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;
using AsterBot.Aster.Streams.Connection;
using AsterBot.Aster.Streams.Events;
using AsterBot.Aster.Streams.Rest;
using AsterBot.Aster.Streams.UserData;

namespace AsterBot.Trading.Exchanges;

/// <summary>
/// One account's user-data stream on one market, shared by the <see cref="AsterExchange"/>s of the pairs that trade
/// on that account: one listen key and one socket however many pairs. Aster answers every listen-key request of an
/// account with the same key, so separate streams would only multiply sockets, reconnect storms and "events may have
/// been missed" alarms, and the first to close the key at shutdown would cut the others off. Each attached exchange
/// keeps its own queue of updates (its pair drains it).
/// </summary>
public sealed class AccountUpdateStream : IAsyncDisposable
{
    private readonly AsterClient _client;
    private readonly TimeProvider _time;
    private readonly FanOut _fanOut = new();
    private UserDataStream? _stream;
    private bool _connected;

    /// <param name="client">A client holding the account's credentials; not disposed here (the caller owns it).</param>
    public AccountUpdateStream(AsterClient client, Market market, TimeProvider? time = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        if (client.Options.Signer is null)
            throw new ArgumentException("The user-data stream needs a client with credentials (V1 API key or V3 API wallet).", nameof(client));
        Market = market;
        _time = time ?? client.Options.Time;
    }

    public Market Market { get; }

    internal AsterClient Client => _client;

    internal TimeProvider Time => _time;

    /// <summary>The stream reconnected or took a new listen key: updates may be lost, reconcile now.</summary>
    public event Action? EventsMayHaveBeenMissed;

    /// <summary>Something went wrong on the stream (it retries by itself); for logs. Never carries the listen key.</summary>
    public event Action<string>? Problem;

    /// <summary>True once the socket is connected (fills arrive as updates from then on).</summary>
    public bool IsConnected => Volatile.Read(ref _connected);

    /// <summary>Gets a listen key and starts the stream (the socket connects in the background).</summary>
    public async Task StartAsync(CancellationToken ct = default)
    {
        if (_stream is not null) throw new InvalidOperationException("The user-data stream is already started.");
        var environment = _client.Options.Environment;
        var options = (Market == Market.Futures
                ? StreamConnectionOptions.Futures(environment.StreamUri(Market))
                : StreamConnectionOptions.Spot(environment.StreamUri(Market)))
            with { TimeProvider = _time, SilenceLimit = null };
        var keys = Market == Market.Futures ? _client.Futures.UserStream.AsListenKeyService() : _client.Spot.UserStream.AsListenKeyService();
        var stream = new UserDataStream(options, keys, _fanOut);
        stream.StateChanged += change =>
        {
            Volatile.Write(ref _connected, change.State == StreamConnectionState.Connected);
            if (change.EventsMayHaveBeenMissed) EventsMayHaveBeenMissed?.Invoke();
        };
        // The exception text can quote the request path, which holds the listen key: report the kind only.
        stream.ListenKeyFailed += e => Problem?.Invoke($"user-data stream problem ({e.GetType().Name}); retrying");
        _stream = stream;
        await stream.StartAsync(ct).ConfigureAwait(false);
    }

    internal void Attach(AsterExchangeUpdates queue) => _fanOut.Add(queue);

    internal void Detach(AsterExchangeUpdates queue) => _fanOut.Remove(queue);

    /// <summary>Stops the stream and closes its listen key.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stream is { } stream) await stream.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Hands each order event to every attached queue; each pair keeps what concerns it.</summary>
    private sealed class FanOut : IStreamEventHandler
    {
        private readonly Lock _gate = new();
        private AsterExchangeUpdates[] _queues = [];

        public void Add(AsterExchangeUpdates queue)
        {
            lock (_gate) _queues = [.. _queues, queue];
        }

        public void Remove(AsterExchangeUpdates queue)
        {
            lock (_gate) _queues = Array.FindAll(_queues, q => !ReferenceEquals(q, queue));
        }

        public void OnOrderTradeUpdate(OrderTradeUpdateEvent e)
        {
            foreach (var queue in Volatile.Read(ref _queues)) queue.OnOrderTradeUpdate(e);
        }

        public void OnExecutionReport(ExecutionReportEvent e)
        {
            foreach (var queue in Volatile.Read(ref _queues)) queue.OnExecutionReport(e);
        }
    }
}
