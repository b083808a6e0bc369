using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;
using AsterBot.Aster.Rest.Requests;
using AsterBot.Aster.Streams.Connection;
using AsterBot.Aster.Streams.Events;
using AsterBot.Aster.Streams.OrderBook;
using AsterBot.Aster.Streams.Parsing;
using AsterBot.Aster.Streams.Rest;
using AsterBot.Aster.Streams.UserData;
using static AsterBot.Simulator.Tests.Integration.ResultAssert;

namespace AsterBot.Simulator.Tests.Integration;

/// <summary>
/// Market streams, user-data streams (listen keys through the REST client) and local order books (REST snapshot +
/// depth diffs) over real WebSockets to the simulator, including a forced drop. Its own simulator: dropping every
/// socket must not disturb other classes.
/// </summary>
public sealed class StreamIntegrationTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string Btc = "BTCUSDT";

    private StreamConnectionOptions Options(Market market) =>
        (market == Market.Futures
            ? StreamConnectionOptions.Futures(sim.Server.Environment.FuturesStreamUri)
            : StreamConnectionOptions.Spot(sim.Server.Environment.SpotStreamUri))
        with { InitialReconnectDelay = TimeSpan.FromMilliseconds(50), MaxReconnectDelay = TimeSpan.FromMilliseconds(200) };

    private static async Task<StreamConnection> ConnectAsync(StreamConnectionOptions options, IStreamEventHandler handler, EventRecorder recorder, params string[] streams)
    {
        var connection = new StreamConnection(options, new StreamEventDispatcher(handler), streams);
        connection.StateChanged += recorder.OnState;
        connection.Start();
        await recorder.WaitFor<StreamStateChange>(s => s.State == StreamConnectionState.Connected, "connected");
        return connection;
    }

    [Fact]
    public async Task Futures_market_streams_deliver_trades_book_ticker_mark_price_and_klines()
    {
        var recorder = new EventRecorder();
        await using var connection = await ConnectAsync(Options(Market.Futures), recorder, recorder,
            "btcusdt@aggTrade", "btcusdt@bookTicker", "btcusdt@markPrice@1s", "btcusdt@kline_1m");
        var client = sim.NewClient(ApiGeneration.V1);
        var placed = Ok(await client.Futures.Trading.PlaceOrderAsync(FuturesOrderRequest.Market(Btc, OrderSide.Buy, 0.003m)));
        var fill = Ok(await client.Futures.Trading.GetOrderAsync(Btc, placed.OrderId));

        var trade = await recorder.WaitFor<AggTradeEvent>(t => t.Symbol == Btc);
        Assert.InRange(trade.Price, fill.AvgPrice * 0.99m, fill.AvgPrice * 1.01m);
        Assert.False(trade.BuyerIsMaker); // the taker bought
        var ticker = await recorder.WaitFor<BookTickerEvent>();
        Assert.True(ticker.BidPrice < ticker.AskPrice);
        var mark = await recorder.WaitFor<MarkPriceUpdate>(); // pushed every second though the price stands still
        Assert.Equal(Btc, mark.Symbol);
        Assert.True(mark.NextFundingTime > mark.EventTime);
        var kline = await recorder.WaitFor<KlineEvent>(k => k.Kline.BaseVolume >= 0.003m);
        Assert.Equal("1m", kline.Kline.Interval);
        AssertNoProblems(recorder);
    }

    [Fact]
    public async Task Spot_market_streams_are_served_under_the_spot_prefix()
    {
        var recorder = new EventRecorder();
        await using var connection = await ConnectAsync(Options(Market.Spot), recorder, recorder, "btcusdt@trade", "btcusdt@aggTrade", "btcusdt@bookTicker");
        var client = sim.NewClient(ApiGeneration.V3);
        Ok(await client.Spot.Trading.PlaceOrderAsync(SpotOrderRequest.Market(Btc, OrderSide.Buy, 0.001m)));

        var trade = await recorder.WaitFor<TradeEvent>(t => t.Symbol == Btc);
        var agg = await recorder.WaitFor<AggTradeEvent>(t => t.Symbol == Btc);
        Assert.True(trade.Quantity > 0 && agg.Quantity > 0);
        var ticker = await recorder.WaitFor<BookTickerEvent>();
        Assert.True(ticker.BidPrice < ticker.AskPrice);
        Assert.Equal(["btcusdt@aggTrade", "btcusdt@bookTicker", "btcusdt@trade"], (await connection.ListSubscriptionsAsync()).Order());
        AssertNoProblems(recorder);
    }

    [Theory]
    [InlineData(ApiGeneration.V1)]
    [InlineData(ApiGeneration.V3)]
    public async Task Futures_user_data_stream_reports_the_fill_and_the_position(ApiGeneration generation)
    {
        var client = sim.NewClient(generation);
        var recorder = new EventRecorder();
        await using (var stream = new UserDataStream(Options(Market.Futures), client.Futures.UserStream.AsListenKeyService(), recorder))
        {
            stream.StateChanged += recorder.OnState;
            await stream.StartAsync();
            await recorder.WaitFor<StreamStateChange>(s => s.State == StreamConnectionState.Connected, "connected");

            var clientId = $"uds-{generation}";
            Ok(await client.Futures.Trading.PlaceOrderAsync(FuturesOrderRequest.Market(Btc, OrderSide.Buy, 0.004m) with { NewClientOrderId = clientId }));

            var filled = await recorder.WaitFor<OrderTradeUpdateEvent>(e => e.Order.ClientOrderId == clientId && e.Order.Status == OrderStatus.Filled);
            Assert.Equal((0.004m, ExecutionType.Trade, "USDT"), (filled.Order.FilledAccumulatedQuantity, filled.Order.ExecutionType, filled.Order.CommissionAsset));
            var update = await recorder.WaitFor<AccountUpdateEvent>(e => e.Update.Positions.Any(p => p.Symbol == Btc));
            Assert.Equal("ORDER", update.Update.Reason);
            Assert.Equal(0.004m, update.Update.Positions.Single(p => p.Symbol == Btc).PositionAmount);
            var wallet = Assert.Single(Ok(await client.Futures.Account.GetBalancesAsync()), b => b.Asset == "USDT").Balance;
            Assert.Equal(wallet, update.Update.Balances.Single(b => b.Asset == "USDT").WalletBalance);
        }
        AssertNoProblems(recorder);
    }

    [Theory]
    [InlineData(ApiGeneration.V1)]
    [InlineData(ApiGeneration.V3)]
    public async Task Spot_user_data_stream_reports_execution_and_balances(ApiGeneration generation)
    {
        var client = sim.NewClient(generation);
        var recorder = new EventRecorder();
        await using (var stream = new UserDataStream(Options(Market.Spot), client.Spot.UserStream.AsListenKeyService(), recorder))
        {
            stream.StateChanged += recorder.OnState;
            await stream.StartAsync();
            await recorder.WaitFor<StreamStateChange>(s => s.State == StreamConnectionState.Connected, "connected");

            var clientId = $"suds-{generation}";
            Ok(await client.Spot.Trading.PlaceOrderAsync(SpotOrderRequest.Market(Btc, OrderSide.Buy, 0.001m) with { NewClientOrderId = clientId }));

            var report = await recorder.WaitFor<ExecutionReportEvent>(e => e.ClientOrderId == clientId && e.Status == OrderStatus.Filled);
            Assert.Equal(0.001m, report.FilledAccumulatedQuantity);
            var balances = await recorder.WaitFor<OutboundAccountPositionEvent>(e => e.Balances.Any(b => b.Asset == "BTC"));
            var account = Ok(await client.Spot.Account.GetAccountAsync());
            Assert.Equal(account.Balances.Single(b => b.Asset == "BTC").Free, balances.Balances.Single(b => b.Asset == "BTC").Free);
        }
        AssertNoProblems(recorder);
    }

    [Fact]
    public async Task Expired_listen_key_is_replaced_and_the_stream_keeps_delivering()
    {
        var account = sim.NewAccount();
        var client = sim.Client(account, ApiGeneration.V1);
        var recorder = new EventRecorder();
        await using var stream = new UserDataStream(Options(Market.Futures), client.Futures.UserStream.AsListenKeyService(), recorder);
        stream.StateChanged += recorder.OnState;
        await stream.StartAsync();
        await recorder.WaitFor<StreamStateChange>(s => s.State == StreamConnectionState.Connected, "connected");

        Assert.Equal(1, sim.Server.State.ListenKeys.ExpireNow(account.Id));

        await recorder.WaitFor<ListenKeyExpiredEvent>();
        await recorder.WaitFor<StreamStateChange>(s => s.State == StreamConnectionState.Connected && s.EventsMayHaveBeenMissed, "reconnected with a new key");
        Assert.Equal(1, stream.Renewals);
        Ok(await client.Futures.Trading.PlaceOrderAsync(FuturesOrderRequest.Market(Btc, OrderSide.Buy, 0.001m) with { NewClientOrderId = "after-renewal" }));
        await recorder.WaitFor<OrderTradeUpdateEvent>(e => e.Order.ClientOrderId == "after-renewal" && e.Order.Status == OrderStatus.Filled, "fill on the new key");
    }

    [Fact]
    public async Task Countdown_cancel_all_fires_and_the_user_stream_reports_the_cancel()
    {
        var client = sim.NewClient(ApiGeneration.V3);
        var recorder = new EventRecorder();
        await using var stream = new UserDataStream(Options(Market.Futures), client.Futures.UserStream.AsListenKeyService(), recorder);
        stream.StateChanged += recorder.OnState;
        await stream.StartAsync();
        await recorder.WaitFor<StreamStateChange>(s => s.State == StreamConnectionState.Connected, "connected");
        var mark = Ok(await client.Futures.Market.GetMarkPriceAsync(Btc)).MarkPrice;
        var placed = Ok(await client.Futures.Trading.PlaceOrderAsync(FuturesOrderRequest.Limit(Btc, OrderSide.Buy, 0.001m, Math.Round(mark * 0.99m, 1))));

        Assert.Equal(1000, Ok(await client.Futures.Trading.SetCountdownCancelAllAsync(Btc, TimeSpan.FromSeconds(1))).CountdownTime);

        await recorder.WaitFor<OrderTradeUpdateEvent>(e => e.Order.OrderId == placed.OrderId && e.Order.Status == OrderStatus.Canceled, "the countdown's cancel");
        Assert.Empty(Ok(await client.Futures.Trading.GetOpenOrdersAsync(Btc)));
    }

    [Theory]
    [InlineData(ApiGeneration.V1)]
    [InlineData(ApiGeneration.V3)]
    public async Task Listen_key_service_starts_keeps_alive_and_closes_through_rest(ApiGeneration generation)
    {
        var client = sim.NewClient(generation);
        foreach (var keys in new[] { client.Futures.UserStream.AsListenKeyService(), client.Spot.UserStream.AsListenKeyService() })
        {
            var key = await keys.StartAsync(CancellationToken.None);
            Assert.Equal(key, await keys.StartAsync(CancellationToken.None)); // POST returns the live key
            Assert.True(await keys.KeepAliveAsync(key, CancellationToken.None));
            await keys.CloseAsync(key, CancellationToken.None);
            Assert.False(await keys.KeepAliveAsync(key, CancellationToken.None)); // -1125: a new key is needed
        }
    }

    [Theory]
    [InlineData(Market.Futures)]
    [InlineData(Market.Spot)]
    public async Task Local_order_book_follows_the_market_and_resyncs_after_a_forced_drop(Market market)
    {
        var client = sim.PublicClient();
        var rest = market == Market.Futures ? (MarketDataApi)client.Futures.Market : client.Spot.Market;
        var recorder = new EventRecorder();
        using var book = new SyncedOrderBook(Btc, market, rest.AsSnapshotSource(), snapshotLimit: 50, snapshotRetryDelay: TimeSpan.FromMilliseconds(50));
        book.SyncChanged += recorder.Record;
        var tee = new BookTee(book, recorder);
        await using var connection = await ConnectAsync(Options(market), tee, recorder, "btcusdt@depth@100ms");
        connection.StateChanged += s =>
        {
            if (s.EventsMayHaveBeenMissed) book.Resync(s.Reason);
        };

        var price = sim.Server.State.Engine.GetLastPrice(market, Btc).Value;
        sim.SetPrice(market, Btc, price * 1.002m);
        await AssertBookMatchesRestAsync(book, rest, recorder);

        // Drop every socket, move the market while the client is away, then once more after it is back.
        recorder.Clear();
        Assert.True(sim.Server.State.Hub.DropAll() > 0);
        sim.SetPrice(market, Btc, price * 1.004m);
        await recorder.WaitFor<StreamStateChange>(s => s.State == StreamConnectionState.Connected && s.EventsMayHaveBeenMissed, "reconnected");
        sim.SetPrice(market, Btc, price * 0.997m);
        await recorder.WaitFor<OrderBookSyncChange>(c => !c.IsSynced, "lost sync");
        // A book resyncs from a snapshot plus the first diff after it; a real market keeps moving, so keep this one
        // moving too until that diff has come (the last move may have landed before the book's snapshot).
        for (var i = 0; !book.IsSynced; i++)
        {
            Assert.True(i < 200, "the book did not resync within 20 s of moves");
            sim.SetPrice(market, Btc, price * (i % 2 == 0 ? 0.9969m : 0.997m));
            await Task.Delay(100);
        }
        await AssertBookMatchesRestAsync(book, rest, recorder);
        Assert.True(book.BestBid!.Value.Price < price);
    }

    /// <summary>Waits until the book is synced and current to a fresh REST snapshot, then compares the top levels.</summary>
    private static async Task AssertBookMatchesRestAsync(SyncedOrderBook book, MarketDataApi rest, EventRecorder recorder)
    {
        var snapshot = Ok(await rest.GetOrderBookAsync(Btc, 20));
        await recorder.WaitUntil(() => book.IsSynced && book.LastUpdateId >= snapshot.LastUpdateId, $"book at update {snapshot.LastUpdateId}");
        Assert.Equal(snapshot.LastUpdateId, book.LastUpdateId); // nothing moved since: the book is exactly there
        Assert.Equal(snapshot.Bids.Select(l => new PriceLevel(l.Price, l.Quantity)), book.Bids(20));
        Assert.Equal(snapshot.Asks.Select(l => new PriceLevel(l.Price, l.Quantity)), book.Asks(20));
    }

    private static void AssertNoProblems(EventRecorder recorder)
    {
        Assert.Empty(RecordedOf<UnknownStreamEvent>(recorder));
        Assert.Empty(RecordedOf<MalformedFrame>(recorder));
    }

    private static List<T> RecordedOf<T>(EventRecorder recorder) => recorder.Snapshot().OfType<T>().ToList();

    /// <summary>Feeds depth diffs to the book, then wakes the test's waiters.</summary>
    private sealed class BookTee(SyncedOrderBook book, EventRecorder recorder) : IStreamEventHandler
    {
        public void OnDepthUpdate(in DepthUpdate e)
        {
            book.OnDepthUpdate(e);
            recorder.Pulse();
        }

        public void OnUnknownEvent(UnknownStreamEvent e) => recorder.Record(e);
        public void OnMalformedFrame(MalformedFrame e) => recorder.Record(e);
    }
}
