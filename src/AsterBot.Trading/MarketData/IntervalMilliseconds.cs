using AsterBot.Aster.Models;

namespace AsterBot.Trading.MarketData;

/// <summary>Length of a kline interval in milliseconds (fixed-length intervals only: candles are checked against it).</summary>
public static class IntervalMilliseconds
{
    private const long Minute = 60_000;

    public static long Of(KlineInterval interval) => interval.Text switch
    {
        "1m" => Minute,
        "3m" => 3 * Minute,
        "5m" => 5 * Minute,
        "15m" => 15 * Minute,
        "30m" => 30 * Minute,
        "1h" => 60 * Minute,
        "2h" => 120 * Minute,
        "4h" => 240 * Minute,
        "6h" => 360 * Minute,
        "8h" => 480 * Minute,
        "12h" => 720 * Minute,
        "1d" => 1_440 * Minute,
        "3d" => 3 * 1_440 * Minute,
        "1w" => 7 * 1_440 * Minute,
        // Months differ in length, so close times and gaps cannot be checked against one number.
        _ => throw new CandleDataException($"Interval '{interval.Text}' has no fixed length; use 1m … 1w for candle files and backtests."),
    };
}
