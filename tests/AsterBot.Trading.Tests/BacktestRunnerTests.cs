using AsterBot.Aster.Models;
using AsterBot.Trading.Backtest;

namespace AsterBot.Trading.Tests;

/// <summary>Backtests run the real engine: fills at the next open, fees, accounting identity, and clear refusals.</summary>
public sealed class BacktestRunnerTests
{
    private static BacktestOptions Options(string strategy = "ema-cross", Market market = Market.Futures, params (string, string)[] parameters) => new()
    {
        Strategy = strategy, Symbol = "BTCUSDT", Interval = KlineInterval.OneMinute, Market = market,
        Parameters = parameters.ToDictionary(p => p.Item1, p => p.Item2),
    };

    [Fact]
    public void A_cross_at_candle_t_fills_at_the_open_of_t_plus_one_plus_slippage_with_the_taker_fee()
    {
        // fast 2 / slow 3: long at t=4 (close 130,000), short at t=5 (close 70,000).
        var candles = CandleData.FromOpenClose((100_000, 100_000), (100_000, 100_000), (100_000, 100_000), (100_000, 100_000),
            (100_000, 130_000), (120_000, 70_000), (80_000, 80_000), (80_000, 80_000));
        var result = BacktestRunner.Run(Options(parameters: [("fast", "2"), ("slow", "3")]) with { Slippage = 0.001m }, candles);

        Assert.Equal(3, result.Trades.Count);
        var open = result.Trades[0];
        // 10,000 × 0.1 × 2 ÷ 130,000 = 0.01538… → 0.015, bought at 120,000 × 1.001.
        Assert.Equal((candles[5].OpenTime, OrderSide.Buy, 120_120m, 0.015m), (open.Time, open.Side, open.Price, open.Quantity));
        Assert.Equal(0.015m * 120_120m * 0.0004m, open.Fee);
        var close = result.Trades[1];
        Assert.Equal((candles[6].OpenTime, OrderSide.Sell, 79_920m, 0.015m), (close.Time, close.Side, close.Price, close.Quantity));
        Assert.Equal(0.015m * (79_920m - 120_120m), close.Pnl);
        Assert.StartsWith("close long", close.Reason);
        Assert.Equal((candles[6].OpenTime, OrderSide.Sell), (result.Trades[2].Time, result.Trades[2].Side));
        Assert.StartsWith("open short", result.Trades[2].Reason);
    }

    [Fact]
    public void Without_slippage_market_orders_fill_exactly_at_the_next_open()
    {
        var candles = CandleData.FromOpenClose((100_000, 100_000), (100_000, 100_000), (100_000, 100_000), (100_000, 100_000),
            (100_000, 130_000), (120_000.5m, 125_000), (125_000, 125_000));
        var result = BacktestRunner.Run(Options(parameters: [("fast", "2"), ("slow", "3")]), candles);
        var open = Assert.Single(result.Trades);
        Assert.Equal((120_000.5m, 0.015m * 120_000.5m * 0.0004m), (open.Price, open.Fee));
        Assert.Equal(0.015m * (125_000m - 120_000.5m), result.UnrealizedPnl);
    }

    [Fact]
    public void Final_equity_is_initial_plus_realized_minus_fees_plus_funding_plus_unrealized_exactly()
    {
        var candles = CandleData.RandomWalk(30_000, seed: 11); // ~21 days: 60+ funding times
        var result = BacktestRunner.Run(Options(parameters: [("fast", "5"), ("slow", "20"), ("leverage", "5")]), candles);

        Assert.True(result.Trades.Count > 100, $"only {result.Trades.Count} trades");
        Assert.NotEqual(0m, result.Funding);
        Assert.Equal(result.InitialEquity + result.RealizedPnl - result.Fees + result.Funding + result.UnrealizedPnl, result.FinalEquity);
        Assert.Equal(result.Trades.Sum(t => t.Pnl), result.RealizedPnl);
        Assert.Equal(result.Trades.Sum(t => t.Fee), result.Fees);
        Assert.Equal(30_000, result.Candles);
        Assert.InRange(result.EquityCurve.Count, 100, 2_000 + result.Trades.Count + 1);
        Assert.Equal(result.FinalEquity, result.EquityCurve[^1].Equity);
        Assert.Equal(21, result.DailyEquity.Count); // 30,000 minutes touch 21 UTC days
        Assert.InRange(result.MaxDrawdown, 0.0001m, 1m);
    }

    [Fact]
    public void The_identity_also_holds_on_spot_with_fees_paid_in_the_base_asset()
    {
        var candles = CandleData.RandomWalk(10_000, seed: 5);
        var result = BacktestRunner.Run(Options(market: Market.Spot, parameters: [("fast", "5"), ("slow", "20"), ("risk", "0.5")]), candles);

        Assert.True(result.Trades.Count > 20, $"only {result.Trades.Count} trades");
        Assert.All(result.Trades.Where(t => t.Side == OrderSide.Sell), t => Assert.True(t.Quantity > 0));
        Assert.Equal(0m, result.Funding);
        Assert.Equal(result.InitialEquity + result.RealizedPnl - result.Fees + result.UnrealizedPnl, result.FinalEquity);
    }

    [Fact]
    public void A_balance_too_small_for_the_minimum_order_is_refused_with_the_balance_needed()
    {
        var candles = CandleData.RandomWalk(100, seed: 1);
        var error = Assert.Throws<BacktestException>(() => BacktestRunner.Run(Options() with { InitialBalance = 20m }, candles));
        Assert.Contains("too small for BTCUSDT", error.Message);
        Assert.Contains("--balance", error.Message);
    }

    [Theory]
    [InlineData("ema-cross", "fast", "30", "fast (30) must be below slow (26)")]
    [InlineData("ema-cross", "window", "3", "Valid parameters: fast, slow")]
    [InlineData("moonshot", "fast", "3", "Unknown strategy 'moonshot'. Valid strategies: ema-cross, signal")]
    public void Bad_strategy_setups_are_backtest_errors_that_say_what_to_fix(string strategy, string key, string value, string expected)
    {
        var candles = CandleData.RandomWalk(100, seed: 1);
        var error = Assert.Throws<BacktestException>(() => BacktestRunner.Run(Options(strategy, parameters: [(key, value)]), candles));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Range_interval_and_leverage_mistakes_are_refused()
    {
        var candles = CandleData.RandomWalk(100, seed: 1);
        Assert.Contains("No candle opens between --from and --to",
            Assert.Throws<BacktestException>(() => BacktestRunner.Run(Options() with { From = CandleData.Start + 1_000 * CandleData.Minute }, candles)).Message);
        Assert.Contains("use the data's interval",
            Assert.Throws<BacktestException>(() => BacktestRunner.Run(Options() with { Interval = KlineInterval.FiveMinutes }, candles)).Message);
        Assert.Contains("futures only",
            Assert.Throws<BacktestException>(() => BacktestRunner.Run(Options(market: Market.Spot) with { Leverage = 3 }, candles)).Message);
        Assert.Contains("not a trading futures symbol",
            Assert.Throws<BacktestException>(() => BacktestRunner.Run(Options() with { Symbol = "NOPEUSDT" }, candles)).Message);
    }

    [Fact]
    public void From_and_to_select_candles_and_progress_reaches_one()
    {
        var candles = CandleData.RandomWalk(1_000, seed: 3);
        var progress = new List<double>();
        var result = BacktestRunner.Run(Options() with { From = candles[100].OpenTime, To = candles[899].OpenTime },
            candles, new SynchronousProgress(progress.Add));
        Assert.Equal((800, candles[100].OpenTime, candles[899].OpenTime), (result.Candles, result.FirstCandleTime, result.LastCandleTime));
        Assert.Equal(1.0, progress[^1]);
        Assert.True(progress.Count > 10);
    }

    [Fact]
    public void Cancellation_stops_the_run()
    {
        var candles = CandleData.RandomWalk(1_000, seed: 3);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => BacktestRunner.Run(Options(), candles, ct: cancelled.Token));
    }

    private sealed class SynchronousProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
