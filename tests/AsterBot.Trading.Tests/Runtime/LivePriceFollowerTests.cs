using System.Collections.Concurrent;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Simulator.Server;
using AsterBot.Testing;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Execution;
using AsterBot.Trading.Runtime;
using AsterBot.Trading.Strategies;

namespace AsterBot.Trading.Tests.Runtime;

/// <summary>
/// Paper trading on followed prices: a simulator server on 127.0.0.1 plays the live market (the test moves its
/// prices through its engine), a second engine in-process is the paper market that follows it over real HTTP.
/// </summary>
public sealed class LivePriceFollowerTests : IAsyncLifetime, ITradingEventSink
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 30, TimeSpan.Zero);

    private readonly ManualTimeProvider _clock = new(Start);
    private readonly ConcurrentQueue<TradingEvent> _events = new();
    private SimulatorServer _market = null!;
    private bool _marketStopped;
    private AsterClient _client = null!;
    private SimulatorEngine _paper = null!;
    private LivePriceFollower _follower = null!;

    public async Task InitializeAsync()
    {
        _market = await SimulatorServer.StartAsync(new SimulatorOptions { Symbols = ["BTCUSDT", "ETHUSDT"], Clock = _clock });
        _client = new AsterClient(new AsterClientOptions { Environment = _market.Environment, RequestTimeout = TimeSpan.FromSeconds(20) });
        _paper = new SimulatorEngine(new EngineOptions { Symbols = ["BTCUSDT", "ETHUSDT"] }, _clock);
        _follower = new LivePriceFollower(_paper, _client, [(Market.Futures, "BTCUSDT"), (Market.Spot, "ETHUSDT")], _clock, TimeSpan.FromSeconds(1), this);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await StopMarketAsync();
    }

    /// <summary>The source goes away (its port closes): every poll from now on fails.</summary>
    private async Task StopMarketAsync()
    {
        if (_marketStopped) return;
        _marketStopped = true;
        await _market.DisposeAsync();
    }

    void ITradingEventSink.Publish(TradingEvent tradingEvent) => _events.Enqueue(tradingEvent);

    [Fact]
    public async Task Paper_prices_follow_the_market_in_both_markets()
    {
        MoveMarket(61_234.5m, spotEth: 2_345.67m);
        Assert.True(await _follower.PollOnceAsync(CancellationToken.None), _follower.LastError);
        Assert.Equal(61_234.5m, _paper.GetLastPrice(Market.Futures, "BTCUSDT").Value);
        Assert.Equal(2_345.67m, _paper.GetLastPrice(Market.Spot, "ETHUSDT").Value);

        _clock.Advance(TimeSpan.FromSeconds(5));
        MoveMarket(58_000m, spotEth: 2_400m);
        Assert.True(await _follower.PollOnceAsync(CancellationToken.None));
        Assert.Equal(58_000m, _paper.GetLastPrice(Market.Futures, "BTCUSDT").Value);
        Assert.Equal(2_400m, _paper.GetLastPrice(Market.Spot, "ETHUSDT").Value);
        var span = _follower.Updates(Market.Futures, "BTCUSDT");
        Assert.Equal((Start.ToUnixTimeMilliseconds(), Start.AddSeconds(5).ToUnixTimeMilliseconds()), span);
    }

    [Fact]
    public async Task A_paper_order_fills_at_the_followed_price_not_the_engine_placeholder()
    {
        var placeholder = _paper.GetLastPrice(Market.Futures, "BTCUSDT").Value;
        var followed = Math.Round(placeholder * 1.37m, 1);
        MoveMarket(followed, spotEth: 2_000m);
        Assert.True(await _follower.PollOnceAsync(CancellationToken.None), _follower.LastError);

        using var exchange = PaperAccount(Market.Futures);
        var order = await exchange.PlaceOrderAsync(new OrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market, 0.01m, "paper-follow-1"));

        Assert.True(order.IsSuccess, order.Error?.ToString());
        Assert.Equal(OrderStatus.Filled, order.Data.Status);
        // The engine's book sits around the followed price: a market buy pays at most a few ticks of spread.
        Assert.InRange(order.Data.AveragePrice, followed, followed * 1.001m);
    }

    [Fact]
    public async Task Candles_are_the_followed_markets_own_history_at_once_and_later_ones_only_while_its_prices_flow()
    {
        using var inner = PaperAccount(Market.Futures);
        var exchange = new FollowedPriceExchange(inner, _follower);

        // The market trades before the paper run follows it: a spike to 60,500 within minute 1 that no poll sees.
        MoveMarket(60_000m, spotEth: 2_000m);
        foreach (var (second, price) in new[] { (30.5, 60_100m), (50.0, 60_500m), (70.0, 60_050m), (90.5, 60_200m) })
        {
            _clock.SetUtcNow(Start.AddSeconds(second));
            MoveMarket(price, spotEth: 2_000m);
        }
        // Minutes 0 and 1 closed after this follower began and no price has been followed: withheld. A follower that
        // begins now sees them as history (warm-up) at once, before its first poll.
        Assert.Empty((await exchange.GetCandlesAsync("BTCUSDT", KlineInterval.OneMinute, 10)).Data!);
        var later = new FollowedPriceExchange(inner, new LivePriceFollower(_paper, _client, [(Market.Futures, "BTCUSDT")], _clock, TimeSpan.FromSeconds(1)));
        Assert.Equal([Minute(0), Minute(1)], (await later.GetCandlesAsync("BTCUSDT", KlineInterval.OneMinute, 10)).Data!.Select(c => c.OpenTime));

        Assert.True(await _follower.PollOnceAsync(CancellationToken.None), _follower.LastError); // at 00:02:00.5
        var candles = (await exchange.GetCandlesAsync("BTCUSDT", KlineInterval.OneMinute, 10)).Data!;
        // Minutes 0 and 1, from before the first poll, are the market's own; minute 2 is still forming.
        var market = _market.State.Engine.GetKlines(Market.Futures, "BTCUSDT", TimeSpan.FromMinutes(1)).Value.Take(2)
            .Select(k => (k.OpenTime, k.Open, k.High, k.Low, k.Close)).ToList();
        Assert.Equal(market, candles.Select(c => (c.OpenTime, c.Open, c.High, c.Low, c.Close)));
        // (The simulated market opens a minute at the price it enters it with.)
        Assert.Equal((Minute(1), 60_000m, 60_500m, 60_000m, 60_050m), (candles[1].OpenTime, candles[1].Open, candles[1].High, candles[1].Low, candles[1].Close));
        // The paper engine only ever saw the polled 60,200: the spike exists for the strategy because the candles are the market's.
        Assert.Equal(60_200m, _paper.GetLastPrice(Market.Futures, "BTCUSDT").Value);

        // Prices keep coming for one more minute, then the ticker goes quiet while the klines still answer: the
        // candle that closed after the last followed price is withheld.
        _clock.SetUtcNow(Start.AddSeconds(150.5));
        MoveMarket(60_300m, spotEth: 2_000m);
        Assert.True(await _follower.PollOnceAsync(CancellationToken.None));
        _clock.SetUtcNow(Start.AddSeconds(210.5));
        MoveMarket(60_400m, spotEth: 2_000m);
        Assert.Equal(Minute(2), (await exchange.GetCandlesAsync("BTCUSDT", KlineInterval.OneMinute, 10)).Data![^1].OpenTime);

        // The source goes away: candles fail as they would live, and the trader's staleness limit takes over.
        await StopMarketAsync();
        Assert.False((await exchange.GetCandlesAsync("BTCUSDT", KlineInterval.OneMinute, 10)).IsSuccess);
    }

    [Fact]
    public async Task The_trader_trades_on_followed_prices_and_refuses_orders_once_the_source_goes_quiet()
    {
        using var inner = PaperAccount(Market.Futures);
        var exchange = new FollowedPriceExchange(inner, _follower);
        var (definition, values) = StrategyCatalog.Resolve("signal", Market.Futures, null, new Dictionary<string, string>());
        var trader = new PairTrader(new PairSetup("btc", "BTCUSDT", Market.Futures, KlineInterval.OneMinute), definition, values, exchange,
            new InMemoryOrderJournal(), new RiskGuards(new RiskLimits()), this);
        await FollowMinutesAsync(3);
        Assert.True((await trader.StartAsync((await exchange.GetCandlesAsync("BTCUSDT", KlineInterval.OneMinute, 50)).Data!, CancellationToken.None)).IsSuccess);

        trader.OnSignal(new TradeSignal("s1", SignalAction.Long, exchange.Now));
        await trader.ExecutePendingAsync(CancellationToken.None);
        var position = Assert.Single(_paper.GetPositions(AccountOf(inner)).Value, p => p.PositionAmt != 0);
        Assert.InRange(position.EntryPrice, 60_002m, 60_002m * 1.001m);

        // The source stops. Another paper account still trades in the engine, which prints a kline of its own, but
        // that is no market data: no candle appears, and past the staleness limit (2 min after the overdue candle)
        // the trader refuses to act.
        await StopMarketAsync();
        _clock.Advance(TimeSpan.FromMinutes(2));
        using (var other = PaperAccount(Market.Futures))
            Assert.True((await other.PlaceOrderAsync(new OrderRequest("BTCUSDT", OrderSide.Sell, OrderType.Market, 0.01m, "other-1"))).IsSuccess);
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.False(await _follower.PollOnceAsync(CancellationToken.None));
        Assert.False((await exchange.GetCandlesAsync("BTCUSDT", KlineInterval.OneMinute, 10)).IsSuccess);
        trader.OnSignal(new TradeSignal("s2", SignalAction.Close, exchange.Now));
        await trader.ExecutePendingAsync(CancellationToken.None);

        Assert.Contains(_events, e => e.Kind == TradingEventKind.Blocked && e.Message.Contains("market data is stale", StringComparison.Ordinal));
        Assert.Single(_paper.GetPositions(AccountOf(inner)).Value, p => p.PositionAmt != 0);
    }

    [Fact]
    public async Task The_running_follower_survives_an_outage_and_follows_again_when_the_source_is_back()
    {
        using var stop = new CancellationTokenSource();
        MoveMarket(61_000m, spotEth: 2_000m);
        var running = _follower.RunAsync(stop.Token);
        await EventuallyAsync(() => _paper.GetLastPrice(Market.Futures, "BTCUSDT").Value == 61_000m);

        var port = _market.RestBaseUri.Port;
        await StopMarketAsync();
        await EventuallyAsync(() => _follower.LastError is not null);
        var quietSince = _follower.Updates(Market.Futures, "BTCUSDT")!.Value.Last;

        // The market comes back on the same address with a new price: the next poll simply succeeds.
        await using var back = await SimulatorServer.StartAsync(new SimulatorOptions { Symbols = ["BTCUSDT", "ETHUSDT"], Clock = _clock, Port = port });
        Assert.True(back.State.Engine.SetPrice(Market.Futures, "BTCUSDT", 57_500m).IsSuccess);
        Assert.True(back.State.Engine.SetPrice(Market.Spot, "ETHUSDT", 2_000m).IsSuccess);
        await EventuallyAsync(() => _paper.GetLastPrice(Market.Futures, "BTCUSDT").Value == 57_500m && _follower.LastError is null);
        Assert.True(_follower.Updates(Market.Futures, "BTCUSDT")!.Value.Last > quietSince);
        // The outage is told once when it starts and once when it ends, not at every failed poll.
        var told = _events.Where(e => e.Pair == LivePriceFollower.EventSource).Select(e => e.Kind).ToList();
        Assert.Equal([TradingEventKind.Error, TradingEventKind.Info], told);

        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(20));
    }

    /// <summary>Advances the clock a second at a time (the follower's poll timer) until the condition holds; fails after 20 s.</summary>
    private async Task EventuallyAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The follower did not get there within 20 s.");
            _clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20);
        }
    }

    /// <summary>Moves the market and polls once a minute, 0.5 s past each close, for <paramref name="minutes"/> minutes; BTC ends at 60,000 + minutes − 1.</summary>
    private async Task FollowMinutesAsync(int minutes)
    {
        for (var i = 0; i < minutes; i++)
        {
            if (i > 0) _clock.SetUtcNow(Start.AddSeconds(-30).AddMinutes(i).AddMilliseconds(500));
            MoveMarket(60_000m + i, spotEth: 2_000m);
            Assert.True(await _follower.PollOnceAsync(CancellationToken.None), _follower.LastError);
        }
    }

    private static long Minute(int n) => Start.AddSeconds(-30).AddMinutes(n).ToUnixTimeMilliseconds();

    private void MoveMarket(decimal futuresBtc, decimal spotEth)
    {
        Assert.True(_market.State.Engine.SetPrice(Market.Futures, "BTCUSDT", futuresBtc).IsSuccess);
        Assert.True(_market.State.Engine.SetPrice(Market.Spot, "ETHUSDT", spotEth).IsSuccess);
    }

    private readonly Dictionary<SimulatedExchange, long> _accounts = [];

    private SimulatedExchange PaperAccount(Market market)
    {
        var id = _paper.CreateAccount(new AccountSpec
        {
            WalletAddress = "paper-" + Guid.NewGuid().ToString("N"),
            FuturesBalances = new Dictionary<string, decimal> { ["USDT"] = 10_000m },
            SpotBalances = new Dictionary<string, decimal> { ["USDT"] = 10_000m },
        }).Value.Id;
        var exchange = new SimulatedExchange(_paper, id, market);
        _accounts[exchange] = id;
        return exchange;
    }

    private long AccountOf(SimulatedExchange exchange) => _accounts[exchange];
}
