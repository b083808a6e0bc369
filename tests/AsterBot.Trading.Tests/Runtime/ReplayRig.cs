using System.Collections.Concurrent;
using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Book;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Testing;
using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Execution;
using AsterBot.Trading.MarketData;
using AsterBot.Trading.Runtime;

namespace AsterBot.Trading.Tests.Runtime;

/// <summary>
/// Paper trading on replayed candles as `asterbot run` composes it, on a manual clock: an engine with a backtest's
/// liquidity (fills at the recorded prices) starting at the first open, a <see cref="CandleReplayer"/> playing BTCUSDT
/// futures candles, and paper accounts whose exchanges hand out the replayed candles. The test moves the clock from
/// candle event to candle event and waits until the replayer has played each one.
/// </summary>
public sealed class ReplayRig : IDisposable, ITradingEventSink
{
    public const string Symbol = "BTCUSDT";
    private readonly List<SimulatedExchange> _exchanges = [];
    private readonly CancellationTokenSource _stop = new();

    public ReplayRig(CandleSeries candles, long? from = null)
    {
        Candles = candles;
        Plan = ReplayPlan.Create([new ReplayedMarket(Market.Futures, Symbol, candles)], from);
        Clock = new ManualTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(Plan.Start));
        Engine = new SimulatorEngine(new EngineOptions
        {
            Symbols = [Symbol], InitialPrices = Plan.OpeningPrices(), Liquidity = LiquidityOptions.Backtest(),
        }, Clock);
        Replayer = new CandleReplayer(Engine, Clock, Plan, this);
    }

    public static string TestFile => Path.Combine(AppContext.BaseDirectory, "TestData", "btcusdt-1m-40.csv");

    public CandleSeries Candles { get; }
    public ReplayPlan Plan { get; }
    public ManualTimeProvider Clock { get; }
    public SimulatorEngine Engine { get; }
    public CandleReplayer Replayer { get; }
    public ConcurrentQueue<TradingEvent> Events { get; } = new();

    /// <summary>The replayer's run, started by <see cref="StartReplay"/>; off the test's synchronization context.</summary>
    public Task Replaying { get; private set; } = Task.CompletedTask;

    public void Publish(TradingEvent tradingEvent) => Events.Enqueue(tradingEvent);

    /// <summary>A futures paper account with <paramref name="usdt"/> and its exchange, which hands out the replayed candles.</summary>
    public (SimulatedExchange Engine, IExchange Replayed) NewAccount(decimal usdt = 10_000m)
    {
        var id = Engine.CreateAccount(new AccountSpec
        {
            WalletAddress = "replay-" + Guid.NewGuid().ToString("N"),
            FuturesBalances = new Dictionary<string, decimal> { ["USDT"] = usdt },
        }).Value.Id;
        var exchange = new SimulatedExchange(Engine, id, Market.Futures);
        _exchanges.Add(exchange);
        return (exchange, new ReplayedCandleExchange(exchange, Replayer));
    }

    /// <summary>Starts the replayer (it plays the first open at once) and waits until it has.</summary>
    public async Task StartReplay()
    {
        Replaying = Task.Run(() => Replayer.RunAsync(_stop.Token));
        await Eventually.WaitUntilAsync(() => Replayer.PlayedUntil == Plan.Start, "the first open to be played");
    }

    /// <summary>Moves the clock to a candle event (an open or a close) and waits until the replayer has played it.</summary>
    public async Task PlayTo(long eventTime)
    {
        Clock.SetUtcNow(DateTimeOffset.FromUnixTimeMilliseconds(eventTime));
        await Eventually.WaitUntilAsync(() => Replayer.PlayedUntil == eventTime, $"the replayer to play {Times.Format(eventTime)}");
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        foreach (var exchange in _exchanges) exchange.Dispose();
    }
}
