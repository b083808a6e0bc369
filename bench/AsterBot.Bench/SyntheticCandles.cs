using AsterBot.Trading.Domain;
using AsterBot.Trading.MarketData;

namespace AsterBot.Bench;

/// <summary>A seeded random walk of 1m BTCUSDT-like candles (±0.1% a minute, pulled back towards 100,000, on the 0.1 tick).</summary>
internal static class SyntheticCandles
{
    public const int Year = 525_600;

    public static CandleSeries Minutes(int count, int seed = 42)
    {
        var random = new Random(seed);
        var candles = new Candle[count];
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        var close = 100_000m;
        for (var i = 0; i < count; i++)
        {
            var open = close;
            var drift = (100_000m - open) * 0.001m;
            close = Tick(open * (1 + (decimal)((random.NextDouble() - 0.5) * 0.002)) + drift);
            var high = Tick(Math.Max(open, close) * (1 + (decimal)(random.NextDouble() * 0.0005)));
            var low = Tick(Math.Min(open, close) * (1 - (decimal)(random.NextDouble() * 0.0005)));
            var t = start + i * 60_000L;
            candles[i] = new Candle(t, open, high, low, close, 1, t + 59_999);
        }
        return CandleSeries.FromCandles(candles, 60_000);
    }

    private static decimal Tick(decimal price) => Math.Round(price, 1);
}
