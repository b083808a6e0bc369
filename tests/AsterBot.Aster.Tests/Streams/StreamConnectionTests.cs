using System.Text.Json;
using AsterBot.Aster.Streams.Connection;
using AsterBot.Aster.Streams.Events;
using AsterBot.Aster.Streams.Parsing;
using AsterBot.Testing;

namespace AsterBot.Aster.Tests.Streams;

public sealed class StreamConnectionTests : IAsyncLifetime
{
    private LoopbackStreamServer _server = null!;
    private readonly RecordingHandler _handler = new();
    private readonly StateRecorder _states = new();
    private readonly List<StreamConnection> _connections = [];

    public async Task InitializeAsync() => _server = await LoopbackStreamServer.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections) await connection.DisposeAsync().AsTask().WaitAsync(TestTimeouts.Default);
        await _server.DisposeAsync();
    }

    private StreamConnection Connect(Func<StreamConnectionOptions, StreamConnectionOptions>? configure = null, params string[] streams)
    {
        var options = StreamConnectionOptions.Futures(_server.BaseUri) with { InitialReconnectDelay = TimeSpan.FromMilliseconds(20), MaxReconnectDelay = TimeSpan.FromMilliseconds(200) };
        var connection = new StreamConnection(configure?.Invoke(options) ?? options, new StreamEventDispatcher(_handler), streams);
        _states.Attach(connection);
        _connections.Add(connection);
        connection.Start();
        return connection;
    }

    [Fact]
    public async Task Combined_connection_puts_streams_in_the_url_and_unwraps_payloads()
    {
        Connect(null, "btcusdt@aggTrade", "btcusdt@depth@100ms");
        var server = await _server.NextConnectionAsync();
        Assert.Equal("/stream", server.Path);
        Assert.Equal("btcusdt@aggTrade/btcusdt@depth@100ms", server.StreamsQuery);
        await _states.WaitForConnected();

        await server.SendAsync($$"""{"stream":"btcusdt@aggTrade","data":{{DocPayloads.FuturesAggTrade}}}""");
        await _handler.WaitFor<AggTradeEvent>();
        Assert.Equal(0.001m, _handler.Single<AggTradeEvent>().Price);
    }

    [Fact]
    public async Task Subscribe_unsubscribe_and_list_are_correlated_with_their_replies()
    {
        var connection = Connect(null, "btcusdt@aggTrade");
        var server = await _server.NextConnectionAsync();
        await _states.WaitForConnected();

        await connection.SubscribeAsync(["ethusdt@markPrice", "ethusdt@bookTicker"]);
        var subscribe = await server.NextControlFrameAsync();
        Assert.Equal("SUBSCRIBE", subscribe.GetProperty("method").GetString());
        Assert.Equal(["ethusdt@markPrice", "ethusdt@bookTicker"], subscribe.GetProperty("params").EnumerateArray().Select(e => e.GetString()));

        await connection.UnsubscribeAsync(["ethusdt@markPrice"]);
        var unsubscribe = await server.NextControlFrameAsync();
        Assert.Equal("UNSUBSCRIBE", unsubscribe.GetProperty("method").GetString());
        Assert.True(unsubscribe.GetProperty("id").GetInt64() > subscribe.GetProperty("id").GetInt64());

        Assert.Equal(["btcusdt@aggTrade", "ethusdt@bookTicker"], await connection.ListSubscriptionsAsync());
        Assert.Equal(["btcusdt@aggTrade", "ethusdt@bookTicker"], connection.Subscriptions);
    }

    [Fact]
    public async Task Error_reply_fails_the_request_and_leaves_the_set_unchanged()
    {
        var connection = Connect(null, "btcusdt@aggTrade");
        await _states.WaitForConnected();
        _server.ErrorReply = _ => """{"code":2,"msg":"Invalid request: unknown stream","id":$id}""";

        var ex = await Assert.ThrowsAsync<StreamRequestException>(() => connection.SubscribeAsync(["nonsense@stream"]));
        Assert.Equal((2, "SUBSCRIBE"), (ex.Code, ex.Method));
        Assert.Contains("unknown stream", ex.Message);
        Assert.Equal(["btcusdt@aggTrade"], connection.Subscriptions);
    }

    [Fact]
    public async Task Error_reply_without_id_goes_to_the_waiting_request()
    {
        var connection = Connect(null, "btcusdt@aggTrade");
        await _states.WaitForConnected();
        _server.ErrorReply = _ => """{"code":3,"msg":"Invalid JSON: oops"}""";

        var ex = await Assert.ThrowsAsync<StreamRequestException>(() => connection.ListSubscriptionsAsync());
        Assert.Equal(3, ex.Code);
    }

    [Fact]
    public async Task Raw_connection_resubscribes_everything_after_the_server_drops_it()
    {
        var connection = Connect(o => o with { Combined = false }, "btcusdt@aggTrade");
        var first = await _server.NextConnectionAsync();
        Assert.Equal("/ws/btcusdt@aggTrade", first.Path);
        await _states.WaitForConnected();
        await connection.SubscribeAsync(["btcusdt@depth@100ms"]);
        Assert.Equal("SUBSCRIBE", (await first.NextControlFrameAsync()).GetProperty("method").GetString());

        first.Abort();

        var second = await _server.NextConnectionAsync();
        Assert.Equal("/ws/btcusdt@aggTrade", second.Path);
        var resubscribe = await second.NextControlFrameAsync();
        Assert.Equal(["btcusdt@depth@100ms"], resubscribe.GetProperty("params").EnumerateArray().Select(e => e.GetString()));
        await _states.WaitForConnected(2);
        Assert.Equal(["btcusdt@aggTrade", "btcusdt@depth@100ms"], second.Subscriptions);

        await second.SendAsync(DocPayloads.FuturesAggTrade);
        await _handler.WaitFor<AggTradeEvent>();

        var states = _states.Changes.Select(c => c.State).ToList();
        Assert.Equal([StreamConnectionState.Connecting, StreamConnectionState.Connected, StreamConnectionState.Disconnected,
            StreamConnectionState.Connecting, StreamConnectionState.Connected], states);
        var reconnected = _states.Changes.Last();
        Assert.True(reconnected.EventsMayHaveBeenMissed);
        Assert.Equal(2, reconnected.ConnectionNumber);
        Assert.False(_states.Changes[1].EventsMayHaveBeenMissed);
    }

    [Fact]
    public async Task Server_side_clean_close_is_followed_by_a_reconnect()
    {
        Connect(null, "btcusdt@aggTrade");
        var first = await _server.NextConnectionAsync();
        await _states.WaitForConnected();

        await first.CloseAsync();

        var second = await _server.NextConnectionAsync();
        Assert.Equal("btcusdt@aggTrade", second.StreamsQuery);
        await TestTimeouts.Until(() => _states.Count(StreamConnectionState.Disconnected) == 1, "the drop reported");
        var drop = _states.Changes.Single(c => c.State == StreamConnectionState.Disconnected);
        Assert.Contains("server closed the socket", drop.Reason);
        Assert.Contains("going away", drop.Reason);
    }

    [Fact]
    public async Task A_socket_lost_while_a_subscription_awaits_its_reply_keeps_the_stream_for_the_next_socket()
    {
        var connection = Connect(null, "btcusdt@aggTrade");
        var first = await _server.NextConnectionAsync();
        await _states.WaitForConnected();
        _server.Unresponsive = true;

        var pending = connection.SubscribeAsync(["ethusdt@aggTrade"]);
        await first.NextControlFrameAsync();
        first.Abort();
        await pending.WaitAsync(TestTimeouts.Default); // returns instead of hanging until the request timeout

        var second = await _server.NextConnectionAsync();
        Assert.Equal("btcusdt@aggTrade/ethusdt@aggTrade", second.StreamsQuery);
    }

    [Fact]
    public async Task Subscriptions_made_while_disconnected_are_applied_on_connect()
    {
        _server.Refuse = true;
        var connection = Connect(o => o with { Combined = false }, "btcusdt@aggTrade");
        await _states.WaitFor(c => c.State == StreamConnectionState.Disconnected, "a refused connection");
        await connection.SubscribeAsync(["ethusdt@aggTrade"]);
        _server.Refuse = false;

        var server = await _server.NextConnectionAsync();
        var frame = await server.NextControlFrameAsync();
        Assert.Equal(["ethusdt@aggTrade"], frame.GetProperty("params").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Silent_server_trips_the_watchdog_and_the_connection_comes_back()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow);
        Connect(o => o.OnManualClock(time) with { SilenceLimit = TimeSpan.FromSeconds(60) }, "btcusdt@aggTrade");
        var first = await _server.NextConnectionAsync();
        await _states.WaitForConnected();

        await TestTimeouts.AdvanceUntil(time, TimeSpan.FromSeconds(5), () => _server.Connections.Count >= 2, "a reconnect after silence");

        await first.Closed.WaitAsync(TestTimeouts.Default);
        await _states.WaitForConnected(2);
        var drop = _states.Changes.Single(c => c.State == StreamConnectionState.Disconnected);
        Assert.Contains("no data for longer than", drop.Reason);
        var second = _server.Connections[1];
        await second.SendAsync(DocPayloads.FuturesAggTrade);
        await _handler.WaitFor<AggTradeEvent>();
    }

    [Fact]
    public async Task Regular_traffic_keeps_the_watchdog_quiet()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow);
        Connect(o => o.OnManualClock(time) with { SilenceLimit = TimeSpan.FromSeconds(60) }, "btcusdt@aggTrade");
        var server = await _server.NextConnectionAsync();
        await _states.WaitForConnected();

        for (var i = 1; i <= 10; i++)
        {
            await server.SendAsync(DocPayloads.FuturesAggTrade);
            await TestTimeouts.Until(() => _handler.All<AggTradeEvent>().Count() == i, $"event {i}");
            time.Advance(TimeSpan.FromSeconds(30)); // 300 s in all, never 60 s without data
        }
        Assert.Single(_server.Connections);
        Assert.Equal(0, _states.Count(StreamConnectionState.Disconnected));
    }

    [Fact]
    public async Task Rotation_opens_the_new_socket_before_closing_the_old_and_loses_no_event()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow);
        Connect(o => o.OnManualClock(time) with { SilenceLimit = null, Combined = false }, "btcusdt@aggTrade", "ethusdt@aggTrade");
        var old = await _server.NextConnectionAsync();
        await _states.WaitForConnected();
        await TestTimeouts.Until(() => old.Subscriptions.Count == 2, "the second stream subscribed");

        var sent = 0;
        async Task PushToEveryOpenSocket()
        {
            sent++;
            var payload = DocPayloads.FuturesAggTrade.Replace("5933014", sent.ToString());
            foreach (var c in _server.Connections.Where(c => !c.Closed.IsCompleted)) await c.SendAsync(payload);
            await TestTimeouts.Until(() => _handler.All<AggTradeEvent>().Any(e => e.AggregateTradeId == sent), $"event {sent}");
        }

        await PushToEveryOpenSocket();
        // The rotation timer is armed just after the Connected report: step the clock until it has fired.
        await TestTimeouts.AdvanceUntil(time, TimeSpan.FromHours(1), () => _server.Connections.Count >= 2, "the rotation");
        var fresh = await _server.NextConnectionAsync();
        Assert.Equal(1, fresh.OthersOpenWhenAccepted); // the old socket was still open when the new one arrived
        await PushToEveryOpenSocket();
        await old.Closed.WaitAsync(TestTimeouts.Default);
        Assert.True(old.ClientClosedCleanly);
        await TestTimeouts.Until(() => fresh.Subscriptions.Count == 2, "the new socket resubscribed");
        await PushToEveryOpenSocket();

        var ids = _handler.All<AggTradeEvent>().Select(e => e.AggregateTradeId).Distinct().Order();
        Assert.Equal([1L, 2L, 3L], ids);
        var rotated = _states.Changes.Last(c => c.State == StreamConnectionState.Connected);
        Assert.Equal(("rotated to a fresh connection", false, 2), (rotated.Reason, rotated.EventsMayHaveBeenMissed, rotated.ConnectionNumber));
        Assert.Equal(0, _states.Count(StreamConnectionState.Disconnected));
    }

    [Fact]
    public async Task Control_frames_are_throttled_below_the_futures_limit()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow);
        var connection = Connect(o => o.OnManualClock(time) with { SilenceLimit = null }, "btcusdt@aggTrade");
        var server = await _server.NextConnectionAsync();
        await _states.WaitForConnected();

        var calls = Enumerable.Range(0, 10).Select(i => connection.SubscribeAsync([$"s{i}usdt@aggTrade"])).ToList();
        await TestTimeouts.Until(() => calls.Count(c => c.IsCompleted) == 9, "nine confirmed subscriptions");
        // The tenth waits on the (manual) clock: it cannot have been sent, whatever the machine's speed.
        Assert.Equal(9, server.ControlFrameCount);

        time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(calls).WaitAsync(TestTimeouts.Default);
        Assert.Equal(10, server.ControlFrameCount);
        Assert.Equal(11, server.Subscriptions.Count);
    }

    [Theory]
    [InlineData(0, 0.0, 250)]
    [InlineData(0, 0.999999, 500)]
    [InlineData(3, 0.0, 2000)]
    [InlineData(20, 0.5, 22500)]
    public void Backoff_doubles_per_attempt_with_equal_jitter_up_to_the_cap(int attempt, double random, int expectedMs)
    {
        var delay = ReconnectBackoff.Delay(attempt, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30), random);
        Assert.Equal(expectedMs, delay.TotalMilliseconds, 0.01);
    }

    [Fact]
    public async Task Refused_connections_are_retried_and_reported_and_dispose_is_prompt()
    {
        _server.Refuse = true;
        var connection = Connect(null, "btcusdt@aggTrade");
        await TestTimeouts.Until(() => _states.Count(StreamConnectionState.Disconnected) >= 3, "three refused attempts");
        Assert.All(_states.Changes.Where(c => c.State == StreamConnectionState.Disconnected), c =>
        {
            Assert.NotNull(c.Error);
            Assert.StartsWith("could not connect", c.Reason);
        });

        await connection.DisposeAsync().AsTask().WaitAsync(TestTimeouts.Default);
        Assert.Equal(StreamConnectionState.Closed, connection.State);
        Assert.Empty(_states.Failures);
    }

    [Fact]
    public async Task Malformed_frames_and_throwing_handlers_do_not_stop_the_loop()
    {
        var throwing = new ThrowOnFirstAggTrade();
        var connection = new StreamConnection(StreamConnectionOptions.Futures(_server.BaseUri), new StreamEventDispatcher(throwing), ["btcusdt@aggTrade"]);
        _connections.Add(connection);
        _states.Attach(connection);
        connection.Start();
        var server = await _server.NextConnectionAsync();

        await server.SendAsync("{\"stream\":\"btcusdt@aggTrade\",\"data\":{broken");
        await server.SendAsync(DocPayloads.FuturesAggTrade);
        await server.SendAsync(DocPayloads.FuturesAggTrade);
        await TestTimeouts.Until(() => throwing.Delivered == 1, "the second trade");

        Assert.Single(throwing.Malformed);
        Assert.IsType<InvalidOperationException>(Assert.Single(_states.Failures));
        Assert.Single(_server.Connections);
    }

    [Fact]
    public async Task Cancelling_the_start_token_closes_the_socket_cleanly()
    {
        using var cts = new CancellationTokenSource();
        var connection = new StreamConnection(StreamConnectionOptions.Spot(_server.BaseUri), new StreamEventDispatcher(_handler), ["bnbusdt@trade"]);
        _states.Attach(connection);
        connection.Start(cts.Token);
        var server = await _server.NextConnectionAsync();
        await _states.WaitForConnected();

        await cts.CancelAsync();
        await _states.WaitFor(c => c.State == StreamConnectionState.Closed, "Closed");
        await server.Closed.WaitAsync(TestTimeouts.Default);
        Assert.True(server.ClientClosedCleanly);
        await connection.DisposeAsync();
    }

    [Fact]
    public async Task Stream_limits_and_bad_names_are_refused_clearly()
    {
        var connection = new StreamConnection(StreamConnectionOptions.Futures(_server.BaseUri), new StreamEventDispatcher(_handler));
        _connections.Add(connection);
        await connection.SubscribeAsync(Enumerable.Range(0, 200).Select(i => $"s{i}usdt@aggTrade"));

        var tooMany = await Assert.ThrowsAsync<InvalidOperationException>(() => connection.SubscribeAsync(["one@more"]));
        Assert.Contains("at most 200 streams", tooMany.Message);
        Assert.Equal(200, connection.Subscriptions.Count);

        var bad = await Assert.ThrowsAsync<ArgumentException>(() => connection.SubscribeAsync(["btcusdt aggTrade"]));
        Assert.Contains("btcusdt@aggTrade", bad.Message);

        Assert.Throws<ArgumentException>(() => new StreamConnection(
            new StreamConnectionOptions { BaseUri = new Uri("https://fstream.asterdex.com"), Limits = StreamLimits.Futures }, new StreamEventDispatcher(_handler)));
        var tooLong = Assert.Throws<ArgumentException>(() => new StreamConnection(
            StreamConnectionOptions.Futures(_server.BaseUri) with { ConnectTimeout = TimeSpan.FromDays(100) }, new StreamEventDispatcher(_handler)));
        Assert.Contains("ConnectTimeout must be positive and at most 50 days", tooLong.Message);
    }

    private sealed class ThrowOnFirstAggTrade : IStreamEventHandler
    {
        private int _seen;
        public int Delivered;
        public List<MalformedFrame> Malformed { get; } = [];

        public void OnAggTrade(in AggTradeEvent e)
        {
            if (Interlocked.Increment(ref _seen) == 1) throw new InvalidOperationException("consumer bug");
            Interlocked.Increment(ref Delivered);
        }

        public void OnMalformedFrame(MalformedFrame e) => Malformed.Add(e);
    }
}
