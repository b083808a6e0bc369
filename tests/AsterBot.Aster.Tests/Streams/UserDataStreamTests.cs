using System.Collections.Concurrent;
using AsterBot.Aster.Streams.Connection;
using AsterBot.Aster.Streams.Events;
using AsterBot.Aster.Streams.UserData;
using AsterBot.Testing;

namespace AsterBot.Aster.Tests.Streams;

public sealed class UserDataStreamTests : IAsyncLifetime
{
    private LoopbackStreamServer _server = null!;
    private readonly RecordingHandler _handler = new();
    private readonly FakeListenKeys _keys = new();
    private readonly StateRecorder _states = new();
    private readonly ManualTimeProvider _time = new(DateTimeOffset.UtcNow);
    private UserDataStream? _stream;

    public async Task InitializeAsync() => _server = await LoopbackStreamServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_stream is not null) await _stream.DisposeAsync().AsTask().WaitAsync(TestTimeouts.Default);
        await _server.DisposeAsync();
    }

    private async Task<UserDataStream> Start()
    {
        var options = StreamConnectionOptions.Futures(_server.BaseUri).OnManualClock(_time) with
        {
            SilenceLimit = null, InitialReconnectDelay = TimeSpan.Zero, MaxReconnectDelay = TimeSpan.Zero,
        };
        _stream = new UserDataStream(options, _keys, _handler, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(1));
        _stream.StateChanged += _states.Record;
        await _stream.StartAsync();
        // Tests move the clock only once connected, so the manual clock cannot time the connect attempt out.
        await _states.WaitFor(c => c.State == StreamConnectionState.Connected, "Connected");
        return _stream;
    }

    [Fact]
    public async Task Connects_with_the_listen_key_and_delivers_account_events()
    {
        await Start();
        var server = await _server.NextConnectionAsync();
        Assert.Equal("/ws/key1", server.Path);

        await server.SendAsync(DocPayloads.AccountUpdate);
        await _handler.WaitFor<AccountUpdateEvent>();
        Assert.Equal(122624.12345678m, _handler.Single<AccountUpdateEvent>().Update.Balances[0].WalletBalance);
    }

    [Fact]
    public async Task Keepalive_runs_on_schedule()
    {
        await Start();
        await _server.NextConnectionAsync();

        // The keepalive timer starts with the stream; step the clock a minute at a time so no tick is skipped.
        await TestTimeouts.AdvanceUntil(_time, TimeSpan.FromMinutes(1), () => _keys.KeepAlives.Count >= 2, "two keepalives");
        Assert.All(_keys.KeepAlives, k => Assert.Equal("key1", k));
        Assert.Equal(1, _keys.Starts);
    }

    [Fact]
    public async Task Listen_key_expiry_takes_a_new_key_and_reconnects()
    {
        var stream = await Start();
        var first = await _server.NextConnectionAsync();
        await first.SendAsync(DocPayloads.ListenKeyExpired);

        var second = await _server.NextConnectionAsync();
        Assert.Equal("/ws/key2", second.Path);
        await first.Closed.WaitAsync(TestTimeouts.Default);
        Assert.Equal((2, 1), (_keys.Starts, stream.Renewals));
        await _states.WaitFor(c => c.State == StreamConnectionState.Connected && c.EventsMayHaveBeenMissed
            && c.Reason.Contains("new listen key (the listen key expired)"), "a reconnect flagged for reconciliation");

        await second.SendAsync(DocPayloads.OrderTradeUpdate);
        await _handler.WaitFor<OrderTradeUpdateEvent>();
        Assert.Single(_handler.All<ListenKeyExpiredEvent>());
    }

    [Fact]
    public async Task Refused_keepalive_renews_the_key()
    {
        await Start();
        await _server.NextConnectionAsync();
        _keys.KeepAliveAnswer = false;

        await TestTimeouts.AdvanceUntil(_time, TimeSpan.FromMinutes(1), () => _keys.Starts >= 2, "a new key after a refused keepalive");
        var second = await _server.NextConnectionAsync();
        Assert.Equal("/ws/key2", second.Path);
    }

    [Fact]
    public async Task Out_of_order_order_updates_are_flagged_not_dropped()
    {
        await Start();
        var server = await _server.NextConnectionAsync();
        string Update(long time, string filled, string status, string execution) => DocPayloads.OrderTradeUpdate
            .Replace("\"T\":1568879465651,\"t\"", $"\"T\":{time},\"t\"")
            .Replace("\"z\":\"0\"", $"\"z\":\"{filled}\"")
            .Replace("\"X\":\"NEW\"", $"\"X\":\"{status}\"")
            .Replace("\"x\":\"NEW\"", $"\"x\":\"{execution}\"");

        await server.SendAsync(Update(1000, "0", "NEW", "NEW"));
        await server.SendAsync(Update(1002, "0.001", "FILLED", "TRADE"));
        await server.SendAsync(Update(1001, "0.0005", "PARTIALLY_FILLED", "TRADE")); // arrives late
        await TestTimeouts.Until(() => _handler.All<OrderTradeUpdateEvent>().Count() == 3, "three updates");

        var updates = _handler.All<OrderTradeUpdateEvent>().ToList();
        Assert.Equal([false, false, true], updates.Select(u => u.IsSuperseded));
        Assert.Equal(0.0005m, updates[2].Order.FilledAccumulatedQuantity); // its fill is still there to record
    }

    [Fact]
    public async Task Failing_key_service_is_reported_and_retried()
    {
        _keys.FailNextStarts = 1;
        var failures = new ConcurrentQueue<Exception>();
        var options = StreamConnectionOptions.Spot(_server.BaseUri).OnManualClock(_time) with { SilenceLimit = null };
        _stream = new UserDataStream(options, _keys, _handler, retryDelay: TimeSpan.FromSeconds(5));
        _stream.ListenKeyFailed += failures.Enqueue;

        var starting = _stream.StartAsync();
        await TestTimeouts.AdvanceUntil(_time, TimeSpan.FromSeconds(5), () => starting.IsCompleted, "the retried key request");
        await starting;
        Assert.Contains(failures, f => f.Message.Contains("503"));
        Assert.Equal("/ws/key1", (await _server.NextConnectionAsync()).Path);
    }

    [Fact]
    public async Task Dispose_closes_the_listen_key()
    {
        var stream = await Start();
        var server = await _server.NextConnectionAsync();
        await stream.DisposeAsync();
        _stream = null;
        Assert.Equal(["key1"], _keys.Closed);
        await server.Closed.WaitAsync(TestTimeouts.Default);
    }

    private sealed class FakeListenKeys : IListenKeyService
    {
        private int _starts;
        public volatile bool KeepAliveAnswer = true;
        public int FailNextStarts;
        public ConcurrentQueue<string> KeepAlives { get; } = new();
        public ConcurrentQueue<string> Closed { get; } = new();
        public int Starts => Volatile.Read(ref _starts);

        public Task<string> StartAsync(CancellationToken ct)
        {
            if (Interlocked.Decrement(ref FailNextStarts) >= 0) throw new HttpRequestException("503 Service Unavailable");
            return Task.FromResult("key" + Interlocked.Increment(ref _starts));
        }

        public Task<bool> KeepAliveAsync(string listenKey, CancellationToken ct)
        {
            KeepAlives.Enqueue(listenKey);
            return Task.FromResult(KeepAliveAnswer);
        }

        public Task CloseAsync(string listenKey, CancellationToken ct)
        {
            Closed.Enqueue(listenKey);
            return Task.CompletedTask;
        }
    }
}
