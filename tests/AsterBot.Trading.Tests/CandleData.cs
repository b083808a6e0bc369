using AsterBot.Trading.Domain;
using AsterBot.Trading.MarketData;

namespace AsterBot.Trading.Tests;

/// <summary>Candle series for backtests: hand-made ones and seeded random walks.</summary>
internal static class CandleData
{
    public const long Minute = 60_000;
    public static readonly long Start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    /// <summary>1m candles with the given (open, close); high/low are the extremes of the two.</summary>
    public static CandleSeries FromOpenClose(params (decimal Open, decimal Close)[] prices)
    {
        var candles = new List<Candle>();
        for (var i = 0; i < prices.Length; i++)
        {
            var (o, c) = prices[i];
            var t = Start + i * Minute;
            candles.Add(new Candle(t, o, Math.Max(o, c), Math.Min(o, c), c, 1, t + Minute - 1));
        }
        return CandleSeries.FromCandles(candles, Minute);
    }

    /// <summary>A seeded random walk around <paramref name="start"/> on the tick grid, with wicks.</summary>
    public static CandleSeries RandomWalk(int count, int seed, decimal start = 100_000m, decimal tick = 0.1m, double volatility = 0.002)
    {
        var random = new Random(seed);
        var candles = new List<Candle>(count);
        var close = start;
        for (var i = 0; i < count; i++)
        {
            var open = close;
            close = OnTick(open * (decimal)Math.Exp(volatility * (random.NextDouble() * 2 - 1)), tick);
            var high = OnTick(Math.Max(open, close) * (1 + (decimal)(random.NextDouble() * volatility / 2)), tick);
            var low = OnTick(Math.Min(open, close) * (1 - (decimal)(random.NextDouble() * volatility / 2)), tick);
            var t = Start + i * Minute;
            candles.Add(new Candle(t, open, high, low, close, 1, t + Minute - 1));
        }
        return CandleSeries.FromCandles(candles, Minute);
    }

    private static decimal OnTick(decimal price, decimal tick) => Math.Round(price / tick) * tick;
}
