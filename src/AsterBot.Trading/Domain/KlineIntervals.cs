using AsterBot.Aster.Models;

namespace AsterBot.Trading.Domain;

/// <summary>Lengths of kline intervals ("1M" counts as 30 days, as the simulator aggregates it).</summary>
public static class KlineIntervals
{
    public static long Milliseconds(KlineInterval interval)
    {
        var text = interval.Text ?? throw new ArgumentException("The kline interval is not set.", nameof(interval));
        var count = long.Parse(text.AsSpan(0, text.Length - 1), System.Globalization.CultureInfo.InvariantCulture);
        var unit = text[^1] switch
        {
            'm' => 60_000L,
            'h' => 3_600_000L,
            'd' => 86_400_000L,
            'w' => 7 * 86_400_000L,
            'M' => 30 * 86_400_000L,
            _ => throw new ArgumentException($"Unknown kline interval unit in '{text}'.", nameof(interval)),
        };
        return count * unit;
    }
}
