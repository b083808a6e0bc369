using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Book;
using AsterBot.Simulator.Engine.Requests;

namespace AsterBot.Simulator.Tests.Engine;

/// <summary>Measures the whole process's heap, so nothing else may run meanwhile.</summary>
[CollectionDefinition(nameof(HeapMeasurements), DisableParallelization = true)]
public sealed class HeapMeasurements;

/// <summary>
/// A backtest drives one engine through a year of 1m candles (525,600). Once the two-week candle history is
/// full, the engine must neither keep growing nor allocate per candle (garbage collections would dominate).
/// </summary>
[Collection(nameof(HeapMeasurements))]
public sealed class CandleReplayMemoryTests
{
    private const int YearOfMinutes = 525_600;
    private const int Warmup = 30_000; // beyond the 20,160 candles kept

    [Fact]
    public void A_year_of_candles_with_a_position_and_a_stop_keeps_the_heap_bounded_and_allocates_nothing()
    {
        var clock = new SetClock { UnixMs = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() };
        var engine = new SimulatorEngine(new EngineOptions
        {
            Symbols = ["BTCUSDT"],
            InitialPrices = new Dictionary<string, decimal> { ["BTCUSDT"] = 100_000m },
            Liquidity = LiquidityOptions.Backtest(),
        }, clock);
        var account = engine.CreateAccount(new AccountSpec { FuturesBalances = new Dictionary<string, decimal> { ["USDT"] = 1_000_000m } }).Value.Id;
        Assert.True(engine.PlaceFuturesOrder(account, new FuturesOrderRequest
        {
            Symbol = "BTCUSDT", Side = OrderSide.Buy, Type = OrderType.Market, Quantity = 1m,
        }).IsSuccess);
        Assert.True(engine.PlaceFuturesOrder(account, new FuturesOrderRequest
        {
            Symbol = "BTCUSDT", Side = OrderSide.Sell, Type = OrderType.StopMarket, StopPrice = 50_000m, ClosePosition = true,
        }).IsSuccess);
        var replay = new Replay(engine, clock);

        replay.Candles(Warmup);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        replay.Candles(YearOfMinutes - Warmup);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var heapGrowth = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;

        // Funding every 8 hours adds a history row and an income row: a few hundred bytes a day is all.
        Assert.True(allocated < 1_000_000, $"{allocated:N0} bytes allocated over {YearOfMinutes - Warmup:N0} candles");
        Assert.True(heapGrowth < 2_000_000, $"the heap grew by {heapGrowth:N0} bytes over {YearOfMinutes - Warmup:N0} candles");
        Assert.Equal(1m, engine.GetPositions(account, "BTCUSDT").Value.Single(p => p.PositionAmt != 0).PositionAmt);
        Assert.Equal(20_160, engine.GetKlines(Market.Futures, "BTCUSDT", TimeSpan.FromMinutes(1), limit: 100_000).Value.Count);
    }

    /// <summary>Candles from a seeded walk around 100,000 (never near the stop), driven like a backtest runner.</summary>
    private sealed class Replay(SimulatorEngine engine, SetClock clock)
    {
        private readonly Random _random = new(11);
        private decimal _price = 100_000m;

        public void Candles(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var open = _price;
                var close = Math.Round(open + (decimal)(_random.NextDouble() - 0.5) * 100m + (100_000m - open) * 0.01m, 1);
                var high = Math.Max(open, close) + _random.Next(0, 200) / 10m;
                var low = Math.Min(open, close) - _random.Next(0, 200) / 10m;
                engine.SetPrice(Market.Futures, "BTCUSDT", open);
                clock.UnixMs += 59_999;
                if (!engine.ApplyCandle(Market.Futures, "BTCUSDT", open, high, low, close).IsSuccess)
                    throw new InvalidOperationException($"candle {open}/{high}/{low}/{close} refused");
                clock.UnixMs += 1;
                _price = close;
            }
        }
    }

    /// <summary>A clock the replay sets directly: ManualTimeProvider's timer bookkeeping allocates on each step.</summary>
    private sealed class SetClock : TimeProvider
    {
        public long UnixMs;

        public override DateTimeOffset GetUtcNow() => DateTimeOffset.FromUnixTimeMilliseconds(UnixMs);
    }
}
