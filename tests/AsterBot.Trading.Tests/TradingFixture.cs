using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Testing;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Execution;
using AsterBot.Trading.Strategies;

namespace AsterBot.Trading.Tests;

/// <summary>
/// A simulator engine on a manual clock with BTCUSDT at 100,000 (tick 0.1, step 0.001, min notional 5), one funded
/// account, and helpers to run a <see cref="PairTrader"/> on it. Thin synthetic spread: market orders fill one tick
/// away from the price.
/// </summary>
internal sealed class TradingFixture : IDisposable
{
    public const string Symbol = "BTCUSDT";
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 1, 0, 0, TimeSpan.Zero);

    public TradingFixture(Market market = Market.Futures, decimal balance = 10_000m)
    {
        Clock = new ManualTimeProvider(Start);
        Engine = new SimulatorEngine(new EngineOptions
        {
            Symbols = [Symbol, "ETHUSDT"],
            InitialPrices = new Dictionary<string, decimal> { [Symbol] = 100_000m, ["ETHUSDT"] = 3_000m },
            Liquidity = new() { HalfSpread = 0m, LevelSpacing = 0m, LevelNotional = 1_000_000_000m, SizeGrowth = 0m, Levels = 5 },
        }, Clock);
        var balances = new Dictionary<string, decimal> { ["USDT"] = balance };
        AccountId = Engine.CreateAccount(new AccountSpec
        {
            WalletAddress = "0xtrader",
            FuturesBalances = market == Market.Futures ? balances : new Dictionary<string, decimal>(),
            SpotBalances = market == Market.Spot ? balances : new Dictionary<string, decimal>(),
        }).Value.Id;
        Exchange = new SimulatedExchange(Engine, AccountId, market);
        Market = market;
    }

    public ManualTimeProvider Clock { get; }
    public SimulatorEngine Engine { get; }
    public long AccountId { get; }
    public SimulatedExchange Exchange { get; }
    public Market Market { get; }
    public EventLog Events { get; } = new();
    public InMemoryOrderJournal Journal { get; } = new();

    public long NowMs => Clock.GetUtcNow().ToUnixTimeMilliseconds();

    public PairSetup Setup(string pairKey = "p1") => new(pairKey, Symbol, Market, KlineInterval.OneMinute);

    public PairTrader Trader(string strategy = "signal", IReadOnlyDictionary<string, string>? parameters = null, RiskGuards? guards = null,
        IExchange? exchange = null, IOrderJournal? journal = null, string pairKey = "p1")
    {
        var (definition, values) = StrategyCatalog.Resolve(strategy, Market, null, parameters ?? new Dictionary<string, string>());
        return new PairTrader(Setup(pairKey), definition, values, exchange ?? Exchange, journal ?? Journal, guards ?? new RiskGuards(RiskLimits.None), Events);
    }

    public async Task<PairTrader> StartedTrader(string strategy = "signal", IReadOnlyDictionary<string, string>? parameters = null,
        RiskGuards? guards = null, IExchange? exchange = null, IOrderJournal? journal = null)
    {
        var trader = Trader(strategy, parameters, guards, exchange, journal);
        var started = await trader.StartAsync([], CancellationToken.None);
        Assert.True(started.IsSuccess, started.ToString());
        return trader;
    }

    /// <summary>Moves the clock one minute, the price to <paramref name="close"/>, and closes a candle there on the trader.</summary>
    public Candle CloseCandle(PairTrader trader, decimal close)
    {
        var open = NowMs;
        Clock.Advance(TimeSpan.FromMinutes(1));
        Engine.SetPrice(Market, Symbol, close);
        var candle = new Candle(open, close, close, close, close, 1, NowMs - 1);
        trader.OnCandleClosed(candle);
        return candle;
    }

    /// <summary>A signal delivered at a fresh candle, then executed as the runtime does.</summary>
    public async Task Signal(PairTrader trader, string id, SignalAction action, decimal price = 100_000m)
    {
        CloseCandle(trader, price);
        trader.OnSignal(new TradeSignal(id, action, NowMs));
        await trader.ExecutePendingAsync(CancellationToken.None);
    }

    public decimal Position() =>
        Engine.GetPositions(AccountId, Symbol).Value.Sum(p => p.PositionAmt);

    public IReadOnlyList<Simulator.Engine.Views.FuturesOrderView> AllOrders() =>
        Engine.GetAllFuturesOrders(AccountId, Symbol, limit: 0).Value;

    public void Dispose() => Exchange.Dispose();
}

/// <summary>Collects a pair's events for assertions.</summary>
internal sealed class EventLog : ITradingEventSink
{
    private readonly List<TradingEvent> _events = [];

    public IReadOnlyList<TradingEvent> All { get { lock (_events) return _events.ToList(); } }

    public IEnumerable<TradingEvent> Of(TradingEventKind kind) => All.Where(e => e.Kind == kind);

    public void Publish(TradingEvent tradingEvent)
    {
        lock (_events) _events.Add(tradingEvent);
    }
}
