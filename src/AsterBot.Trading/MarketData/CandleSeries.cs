using AsterBot.Trading.Domain;

namespace AsterBot.Trading.MarketData;

/// <summary>
/// Candles of one symbol and interval, oldest first, with strictly increasing open times.
/// (Storage is compacted by the data layer; callers only use <see cref="Count"/> and the indexer.)
/// </summary>
public sealed class CandleSeries
{
    private readonly Candle[] _candles;

    private CandleSeries(Candle[] candles, long intervalMs)
    {
        _candles = candles;
        IntervalMs = intervalMs;
    }

    public long IntervalMs { get; }

    public int Count => _candles.Length;

    public Candle this[int index] => _candles[index];

    public static CandleSeries FromCandles(IReadOnlyList<Candle> candles, long intervalMs)
    {
        var array = candles.ToArray();
        for (var i = 1; i < array.Length; i++)
            if (array[i].OpenTime <= array[i - 1].OpenTime)
                throw new ArgumentException($"Candle {i} opens at {array[i].OpenTime}, not after the previous one ({array[i - 1].OpenTime}).", nameof(candles));
        return new CandleSeries(array, intervalMs);
    }
}
