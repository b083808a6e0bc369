using AsterBot.Aster.Models;
using AsterBot.Trading.Backtest;
using AsterBot.Trading.Domain;
using AsterBot.Trading.MarketData;

namespace AsterBot.Trading.Tests;

/// <summary>Data with missing candles: refused unless the run is told to cross the gaps, and then listed in the result.</summary>
public sealed class BacktestGapTests
{
    private static BacktestOptions Options(params (string, string)[] parameters) => new()
    {
        Strategy = "ema-cross", Symbol = "BTCUSDT", Interval = KlineInterval.OneMinute, Market = Market.Futures,
        Parameters = parameters.ToDictionary(p => p.Item1, p => p.Item2),
    };

    /// <summary>The series without the candles at indexes [from, to).</summary>
    private static CandleSeries Without(CandleSeries series, int from, int to)
    {
        var kept = new List<Candle>();
        for (var i = 0; i < series.Count; i++)
            if (i < from || i >= to) kept.Add(series[i]);
        return CandleSeries.FromCandles(kept, series.IntervalMs);
    }

    [Fact]
    public void A_gap_refuses_the_run_saying_where_it_is_and_how_to_go_on()
    {
        var candles = Without(CandleData.RandomWalk(200, seed: 2), 100, 103);
        var error = Assert.Throws<BacktestException>(() => BacktestRunner.Run(Options(), candles));
        Assert.Equal("The data misses 3 candle(s) in 1 gap(s), the first from 2026-01-01 01:40:00Z to 2026-01-01 01:42:00Z; " +
            "download the range again, pick --from/--to around it, or pass --allow-gaps to run across the gaps (the report lists them).", error.Message);

        // --from/--to around the gap: nothing to refuse.
        var before = BacktestRunner.Run(Options() with { To = CandleData.Start + 99 * CandleData.Minute }, candles);
        Assert.Empty(before.Gaps);
    }

    [Fact]
    public void Allowed_gaps_are_listed_and_the_accounting_identity_still_holds_across_funding_times_inside_them()
    {
        // 3 days of 1m candles; the second hole covers 08:00 of day 2, a funding time.
        var walk = CandleData.RandomWalk(3 * 1_440, seed: 7);
        var candles = Without(Without(walk, 2_000, 2_030), 1_440 + 470, 1_440 + 500);
        var result = BacktestRunner.Run(Options(("fast", "5"), ("slow", "20"), ("leverage", "5")) with { AllowGaps = true }, candles);

        Assert.Equal(
            [new KlineGap(walk[1_910].OpenTime, walk[1_939].OpenTime, 30), new KlineGap(walk[2_000].OpenTime, walk[2_029].OpenTime, 30)],
            result.Gaps);
        Assert.Equal(60, result.MissingCandles);
        Assert.Equal(candles.Count, result.Candles);
        Assert.True(result.Trades.Count > 50, $"only {result.Trades.Count} trades");
        Assert.DoesNotContain(result.Trades, t => result.Gaps.Any(g => t.Time >= g.From && t.Time <= g.To + CandleData.Minute - 1));
        Assert.NotEqual(0m, result.Funding);
        Assert.Equal(result.InitialEquity + result.RealizedPnl - result.Fees + result.Funding + result.UnrealizedPnl, result.FinalEquity);
    }

    [Fact]
    public void A_decision_from_the_candle_before_a_gap_is_not_executed_after_it()
    {
        // fast 2 / slow 3: the cross is at the close of candle 4, the last before a 10-minute hole.
        var dense = CandleData.FromOpenClose((100_000, 100_000), (100_000, 100_000), (100_000, 100_000), (100_000, 100_000),
            (100_000, 130_000), (130_000, 130_000), (130_000, 130_000), (130_000, 130_000), (130_000, 130_000), (130_000, 130_000),
            (130_000, 130_000), (130_000, 130_000), (130_000, 130_000), (130_000, 130_000), (130_000, 130_000), (130_000, 130_000), (130_000, 130_000));
        var candles = Without(dense, 5, 15);
        var result = BacktestRunner.Run(Options(("fast", "2"), ("slow", "3")) with { AllowGaps = true }, candles);

        Assert.Empty(result.Trades);
        var blocked = Assert.Single(result.Blocked);
        Assert.Contains("market data is stale", blocked, StringComparison.Ordinal);

        // The same decision without the hole fills at the next open.
        Assert.Equal(dense[5].OpenTime, Assert.Single(BacktestRunner.Run(Options(("fast", "2"), ("slow", "3")), dense).Trades).Time);
    }
}
