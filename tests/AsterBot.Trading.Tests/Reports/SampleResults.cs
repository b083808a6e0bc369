using AsterBot.Aster.Models;
using AsterBot.Trading.Backtest;
using AsterBot.Trading.Domain;
using AsterBot.Trading.MarketData;

namespace AsterBot.Trading.Tests.Reports;

/// <summary>Hand-made backtest results with known figures, and candles to draw them on.</summary>
public static class SampleResults
{
    public const long Day = 86_400_000;
    public const long Start = 1_767_225_600_000; // 2026-01-01T00:00Z

    /// <summary>
    /// Three days of hourly candles; a long bought at 100 and sold at 110 (+100), a short sold at 110 and bought back at
    /// 115 (−50); equity 10,000 → 10,040 after 10 + 10 + ... fees. Daily equity 10,080 / 10,030 / 10,040.
    /// </summary>
    public static BacktestResult TwoRoundTrips() => new()
    {
        Options = new BacktestOptions
        {
            Strategy = "ema-cross", Symbol = "BTCUSDT", Interval = KlineInterval.OneHour, Tier = "low",
            Parameters = new Dictionary<string, string> { ["fast"] = "5", ["slow"] = "20" },
        },
        FirstCandleTime = Start,
        LastCandleTime = Start + 3 * Day - 3_600_000,
        Candles = 72,
        InitialEquity = 10_000m,
        FinalEquity = 10_040.00m,
        RealizedPnl = 50m,
        Fees = 10.00m,
        Funding = 0m,
        UnrealizedPnl = 0m,
        MaxDrawdown = 0.0049603175m,
        Trades =
        [
            new BacktestTrade(Start + 3_600_000, OrderSide.Buy, 100.0m, 10.000m, 2.50m, 0m, "signal long"),
            new BacktestTrade(Start + 20 * 3_600_000, OrderSide.Sell, 110.0m, 10.000m, 2.50m, 100m, "signal short (close long)"),
            new BacktestTrade(Start + 20 * 3_600_000, OrderSide.Sell, 110.0m, 10.000m, 2.50m, 0m, "signal short"),
            new BacktestTrade(Start + 50 * 3_600_000, OrderSide.Buy, 115.0m, 10.000m, 2.50m, -50m, "stop loss"),
        ],
        DailyEquity = [new EquityPoint(Start + Day - 1, 10_080m), new EquityPoint(Start + 2 * Day - 1, 10_030m), new EquityPoint(Start + 3 * Day - 1, 10_040m)],
        EquityCurve = Enumerable.Range(0, 72).Select(h => new EquityPoint(Start + h * 3_600_000 + 3_599_999, h < 20 ? 10_000m + h * 4 : h < 50 ? 10_080m - (h - 20) * 1.6m : 10_040m)).ToList(),
        Blocked = ["risk guard: max position notional 5000 reached"],
    };

    /// <summary>Hourly candles drifting up then down (100 → 115 → 105) under the sample's trades.</summary>
    public static CandleSeries Candles()
    {
        var candles = new List<Candle>();
        for (var h = 0; h < 72; h++)
        {
            var close = h < 40 ? 100m + h * 0.4m : 116m - (h - 40) * 0.35m;
            var open = h == 0 ? 100m : candles[^1].Close;
            candles.Add(new Candle(Start + h * 3_600_000, open, Math.Max(open, close) + 0.6m, Math.Min(open, close) - 0.5m, close, 10m, Start + (h + 1) * 3_600_000 - 1));
        }
        return CandleSeries.FromCandles(candles, 3_600_000);
    }
}
