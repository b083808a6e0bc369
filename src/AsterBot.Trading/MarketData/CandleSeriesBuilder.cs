using AsterBot.Trading.Domain;

namespace AsterBot.Trading.MarketData;

/// <summary>
/// Appends candles straight into the compact columns of a <see cref="CandleSeries"/> (the CSV reader streams rows
/// into it, so a file is never held twice). Callers check order; the builder only stores.
/// </summary>
public sealed class CandleSeriesBuilder
{
    private readonly long _intervalMs;
    private long[] _openTimes;
    private long[]? _closeTimes;
    private readonly ScaledColumns _prices;
    private readonly ScaledColumns _volumes;

    public CandleSeriesBuilder(long intervalMs, int capacity = 1024)
    {
        if (intervalMs <= 0) throw new ArgumentOutOfRangeException(nameof(intervalMs), intervalMs, "The candle interval must be positive (milliseconds).");
        capacity = Math.Max(capacity, 16);
        _intervalMs = intervalMs;
        _openTimes = new long[capacity];
        _prices = new ScaledColumns("Price", 4, capacity);
        _volumes = new ScaledColumns("Volume", 1, capacity);
    }

    public int Count { get; private set; }

    /// <summary>Open time of the last candle added (only meaningful when <see cref="Count"/> &gt; 0).</summary>
    public long LastOpenTime => _openTimes[Count - 1];

    public void Add(in Candle candle)
    {
        if (Count == _openTimes.Length) Grow();
        var row = Count;
        _openTimes[row] = candle.OpenTime;
        _prices.Set(CandleSeries.OpenColumn, row, candle.Open, row + 1);
        _prices.Set(CandleSeries.HighColumn, row, candle.High, row + 1);
        _prices.Set(CandleSeries.LowColumn, row, candle.Low, row + 1);
        _prices.Set(CandleSeries.CloseColumn, row, candle.Close, row + 1);
        _volumes.Set(0, row, candle.Volume, row + 1);
        var regularClose = candle.OpenTime + _intervalMs - 1;
        if (candle.CloseTime != regularClose && _closeTimes is null)
        {
            // First irregular close time: from now on every close time is kept explicitly.
            _closeTimes = new long[_openTimes.Length];
            for (var i = 0; i < row; i++) _closeTimes[i] = _openTimes[i] + _intervalMs - 1;
        }
        if (_closeTimes is not null) _closeTimes[row] = candle.CloseTime;
        Count++;
    }

    /// <summary>
    /// The series so far. Columns are trimmed only when more than an eighth is unused: trimming copies every column,
    /// which for a year of candles would briefly hold the data twice. The builder must not be used afterwards.
    /// </summary>
    public CandleSeries Build()
    {
        if (_openTimes.Length - Count > _openTimes.Length / 8) Resize(Count);
        return new CandleSeries(Count, _intervalMs, _openTimes, _closeTimes, _prices, _volumes);
    }

    private void Grow() => Resize(checked(_openTimes.Length * 2));

    private void Resize(int capacity)
    {
        Array.Resize(ref _openTimes, capacity);
        if (_closeTimes is not null) Array.Resize(ref _closeTimes, capacity);
        _prices.Resize(capacity);
        _volumes.Resize(capacity);
    }
}
