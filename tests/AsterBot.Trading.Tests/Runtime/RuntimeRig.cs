using System.Collections.Concurrent;
using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Testing;
using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Execution;
using AsterBot.Trading.Runtime;
using AsterBot.Trading.Strategies;

namespace AsterBot.Trading.Tests.Runtime;

/// <summary>
/// The runtime over real parts: one in-process simulator engine on a manual clock (00:00:30 UTC), paper accounts in
/// it, real <see cref="PairTrader"/>s and strategies. The test moves prices and the clock; the host's loops follow.
/// </summary>
public sealed class RuntimeRig : IDisposable, ITradingEventSink
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 30, TimeSpan.Zero);

    private readonly List<SimulatedExchange> _exchanges = [];

    public ManualTimeProvider Clock { get; } = new(Start);

    public SimulatorEngine Engine { get; }

    public ConcurrentQueue<TradingEvent> Events { get; } = new();

    /// <summary>Every step a pair finished: its label, its last candle's close time, and the clock when it happened.</summary>
    public ConcurrentQueue<(string Label, long CandleClose, DateTimeOffset At)> Steps { get; } = new();

    public RuntimeRig() => Engine = new SimulatorEngine(new EngineOptions { Symbols = ["BTCUSDT", "ETHUSDT"] }, Clock);

    public void Publish(TradingEvent tradingEvent) => Events.Enqueue(tradingEvent);

    public SimulatedExchange NewAccount(Market market = Market.Futures)
    {
        var id = Engine.CreateAccount(new AccountSpec
        {
            WalletAddress = "paper-" + Guid.NewGuid().ToString("N"),
            FuturesBalances = new Dictionary<string, decimal> { ["USDT"] = 10_000m },
            SpotBalances = new Dictionary<string, decimal> { ["USDT"] = 10_000m },
        }).Value.Id;
        var exchange = new SimulatedExchange(Engine, id, market);
        _exchanges.Add(exchange);
        return exchange;
    }

    public RuntimePair Pair(string key, string symbol, string strategy, IExchange exchange, params (string Name, string Value)[] parameters) =>
        GuardedPair(key, symbol, strategy, exchange, new RiskGuards(new RiskLimits()), parameters);

    /// <summary>A pair under the given guards (a slot's pairs share theirs).</summary>
    public RuntimePair GuardedPair(string key, string symbol, string strategy, IExchange exchange, RiskGuards guards, params (string Name, string Value)[] parameters)
    {
        var (definition, values) = StrategyCatalog.Resolve(strategy, exchange.Market, null, parameters.ToDictionary(p => p.Name, p => p.Value));
        var setup = new PairSetup(key, symbol, exchange.Market, KlineInterval.OneMinute);
        var trader = new PairTrader(setup, definition, values, exchange, new InMemoryOrderJournal(), guards, this);
        return new RuntimePair(trader, exchange, definition.Name);
    }

    public TradingHost Host(params TradingSlot[] slots)
    {
        var host = new TradingHost(slots, this, Clock, new RuntimeOptions { WarmUpCandles = 50, SettleDelay = TimeSpan.Zero, LateAfter = TimeSpan.Zero });
        host.PairProcessed += status => Steps.Enqueue((status.Label, status.LastCandleTime, Clock.GetUtcNow()));
        return host;
    }

    public void SetPrices(decimal btc, decimal eth)
    {
        Assert.True(Engine.SetPrice(Market.Futures, "BTCUSDT", btc).IsSuccess);
        Assert.True(Engine.SetPrice(Market.Futures, "ETHUSDT", eth).IsSuccess);
    }

    /// <summary>Moves the clock to <see cref="Start"/> + <paramref name="sinceStart"/>.</summary>
    public void At(TimeSpan sinceStart) => Clock.SetUtcNow(Start + sinceStart);

    public bool Processed(string label, long candleClose) => Steps.Any(s => s.Label == label && s.CandleClose == candleClose);


    public void Dispose()
    {
        foreach (var exchange in _exchanges) exchange.Dispose();
    }
}
