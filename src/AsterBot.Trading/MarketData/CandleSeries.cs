using AsterBot.Trading.Domain;

namespace AsterBot.Trading.MarketData;

/// <summary>
/// Candles of one symbol and interval, oldest first, with strictly increasing open times.
/// Stored by column as scaled integers (see <see cref="CandleSeriesBuilder"/>): 48 bytes a candle, so a year of 1m
/// candles (525,600) takes about 25 MB instead of 40+ MB of <see cref="Candle"/> structs. The indexer rebuilds an
/// equal <see cref="Candle"/> (prices come back at the series' common scale: 100.5 may read as 100.50).
/// </summary>
public sealed class CandleSeries
{
    internal const int OpenColumn = 0, HighColumn = 1, LowColumn = 2, CloseColumn = 3;
    private readonly long[] _openTimes;
    // Null when every candle closes at open + interval − 1 (always, for exchange and CSV data); kept otherwise.
    private readonly long[]? _closeTimes;
    private readonly ScaledColumns _prices;
    private readonly ScaledColumns _volumes;

    internal CandleSeries(int count, long intervalMs, long[] openTimes, long[]? closeTimes, ScaledColumns prices, ScaledColumns volumes)
    {
        Count = count;
        IntervalMs = intervalMs;
        _openTimes = openTimes;
        _closeTimes = closeTimes;
        _prices = prices;
        _volumes = volumes;
    }

    public long IntervalMs { get; }

    public int Count { get; }

    public Candle this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index), index, $"The series has {Count} candles.");
            var open = _openTimes[index];
            return new Candle(open,
                _prices.Get(OpenColumn, index), _prices.Get(HighColumn, index), _prices.Get(LowColumn, index), _prices.Get(CloseColumn, index),
                _volumes.Get(0, index),
                _closeTimes is null ? open + IntervalMs - 1 : _closeTimes[index]);
        }
    }

    /// <summary>Open time of candle <paramref name="index"/> without rebuilding the candle (range searches).</summary>
    public long OpenTimeAt(int index) => (uint)index < (uint)Count
        ? _openTimes[index]
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"The series has {Count} candles.");

    /// <summary>
    /// Missing candles between <paramref name="first"/> and <paramref name="last"/> (indexes, inclusive): each hole with
    /// its first and last missing open time and how many candles it lacks.
    /// </summary>
    public IReadOnlyList<KlineGap> Gaps(int first, int last)
    {
        var gaps = new List<KlineGap>();
        for (var i = Math.Max(first, 0) + 1; i <= Math.Min(last, Count - 1); i++)
        {
            var step = _openTimes[i] - _openTimes[i - 1];
            if (step != IntervalMs) gaps.Add(new KlineGap(_openTimes[i - 1] + IntervalMs, _openTimes[i] - IntervalMs, step / IntervalMs - 1));
        }
        return gaps;
    }

    /// <summary>Bytes held by the columns (what a series costs in memory, minus a few object headers).</summary>
    public long StorageBytes => 8L * (_openTimes.Length + (_closeTimes?.Length ?? 0) + 4L * _prices.Capacity + _volumes.Capacity);

    public static CandleSeries FromCandles(IReadOnlyList<Candle> candles, long intervalMs)
    {
        ArgumentNullException.ThrowIfNull(candles);
        var builder = new CandleSeriesBuilder(intervalMs, candles.Count);
        for (var i = 0; i < candles.Count; i++)
        {
            var candle = candles[i];
            if (i > 0 && candle.OpenTime <= candles[i - 1].OpenTime)
                throw new ArgumentException($"Candle {i} opens at {candle.OpenTime}, not after the previous one ({candles[i - 1].OpenTime}).", nameof(candles));
            builder.Add(candle);
        }
        return builder.Build();
    }
}
