using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Engine.Markets;

/// <summary>
/// One-minute candles of a symbol, from trades (volume) and market moves (price only), keeping the last
/// <paramref name="capacity"/> minutes. Longer intervals are aggregated on query.
/// Candles are structs in a ring that grows to the capacity and then overwrites the oldest: a backtest
/// opens a candle per simulated minute, so opening one must neither allocate nor shift the history.
/// </summary>
internal sealed class CandleSeries(int capacity)
{
    private readonly int _capacity = capacity >= 2
        ? capacity
        : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "KlineHistoryMinutes must be at least 2 (the forming candle and the one it replaced).");
    private const long Minute = 60_000;
    private Candle[] _ring = new Candle[Math.Min(16, Math.Max(capacity, 2))];
    private int _start, _count;
    // Where the newest candle is, so the many updates within its minute need no index or time arithmetic.
    private int _latestSlot;
    private long _latestOpenTime;

    public struct Candle
    {
        public long OpenTime;
        public decimal Open, High, Low, Close, Volume, QuoteVolume, TakerBuyBase, TakerBuyQuote;
        public int Trades;

        public readonly KlineView ToView(long closeTime) =>
            new(OpenTime, Open, High, Low, Close, Volume, closeTime, QuoteVolume, Trades, TakerBuyBase, TakerBuyQuote);
    }

    /// <summary>The newest candle (the one being built); only valid after a price or trade was recorded.</summary>
    public ref readonly Candle Latest => ref At(_count - 1);

    /// <summary>The candle before the newest: the one a minute rollover just closed.</summary>
    public ref readonly Candle Previous => ref At(_count - 2);

    private ref Candle At(int i) => ref _ring[(_start + i) % _ring.Length];

    /// <summary>
    /// The candle for time <paramref name="now"/>, opened at the last close if new; <paramref name="rolled"/> is
    /// true when it replaced an earlier candle (so the kline stream can mark <see cref="Previous"/> final).
    /// </summary>
    private ref Candle Current(long now, decimal price, out bool rolled)
    {
        // The engine clock never runs backwards, so "same minute" is "before the newest candle's end".
        if (_count > 0 && now - _latestOpenTime < Minute)
        {
            rolled = false;
            return ref _ring[_latestSlot];
        }
        rolled = _count > 0;
        if (rolled) price = _ring[_latestSlot].Close;
        Append();
        _latestOpenTime = now - now % Minute;
        ref var candle = ref _ring[_latestSlot];
        candle = new Candle { OpenTime = _latestOpenTime, Open = price, High = price, Low = price, Close = price };
        return ref candle;
    }

    private void Append()
    {
        if (_count == _capacity) _start = (_start + 1) % _ring.Length; // the oldest slot becomes the newest
        else
        {
            if (_count == _ring.Length) Grow();
            _count++;
        }
        _latestSlot = (_start + _count - 1) % _ring.Length;
    }

    private void Grow()
    {
        var bigger = new Candle[Math.Min(_ring.Length * 2, _capacity)];
        for (var i = 0; i < _count; i++) bigger[i] = At(i);
        _ring = bigger;
        _start = 0;
    }

    /// <summary>Records a market move; true when it opened a new minute.</summary>
    public bool Price(long now, decimal price)
    {
        ref var c = ref Current(now, price, out var rolled);
        c.Close = price;
        if (price > c.High) c.High = price;
        if (price < c.Low) c.Low = price;
        return rolled;
    }

    /// <summary>
    /// Records market moves to every price from <paramref name="low"/> to <paramref name="high"/>, starting at
    /// <paramref name="first"/> and ending at <paramref name="last"/>: the candle the moves one by one would leave.
    /// </summary>
    public void Range(long now, decimal first, decimal low, decimal high, decimal last)
    {
        ref var c = ref Current(now, first, out _);
        c.Close = last;
        if (high > c.High) c.High = high;
        if (low < c.Low) c.Low = low;
    }

    /// <summary>Records a trade; true when it opened a new minute.</summary>
    public bool Trade(long now, decimal price, decimal quantity, bool takerBought)
    {
        var rolled = Price(now, price);
        ref var c = ref _ring[_latestSlot];
        c.Volume += quantity;
        c.QuoteVolume += price * quantity;
        c.Trades++;
        if (takerBought)
        {
            c.TakerBuyBase += quantity;
            c.TakerBuyQuote += price * quantity;
        }
        return rolled;
    }

    /// <summary>Candles of <paramref name="intervalMs"/> (a multiple of one minute; months as 30 days), oldest first.</summary>
    public List<KlineView> Query(long intervalMs, long? startTime, long? endTime, int limit)
    {
        var result = new List<KlineView>();
        var bucket = new Candle();
        var open = false;
        for (var i = 0; i < _count; i++)
        {
            ref readonly var c = ref At(i);
            if (startTime is { } s && c.OpenTime < s - s % intervalMs) continue;
            if (endTime is { } e && c.OpenTime > e) break;
            var bucketTime = c.OpenTime - c.OpenTime % intervalMs;
            if (!open || bucket.OpenTime != bucketTime)
            {
                if (open) result.Add(bucket.ToView(bucket.OpenTime + intervalMs - 1));
                bucket = new Candle { OpenTime = bucketTime, Open = c.Open, High = c.High, Low = c.Low };
                open = true;
            }
            bucket.High = Math.Max(bucket.High, c.High);
            bucket.Low = Math.Min(bucket.Low, c.Low);
            bucket.Close = c.Close;
            bucket.Volume += c.Volume;
            bucket.QuoteVolume += c.QuoteVolume;
            bucket.TakerBuyBase += c.TakerBuyBase;
            bucket.TakerBuyQuote += c.TakerBuyQuote;
            bucket.Trades += c.Trades;
        }
        if (open) result.Add(bucket.ToView(bucket.OpenTime + intervalMs - 1));
        return result.Count > limit ? (startTime is null ? result[^limit..] : result[..limit]) : result;
    }
}
