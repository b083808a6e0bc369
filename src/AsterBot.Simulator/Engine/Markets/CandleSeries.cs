using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Engine.Markets;

/// <summary>
/// One-minute candles of a symbol, from trades (volume) and market moves (price only), keeping the last
/// <see cref="Capacity"/> minutes. Longer intervals are aggregated on query.
/// </summary>
internal sealed class CandleSeries
{
    public const int Capacity = 20_160; // two weeks
    private const long Minute = 60_000;
    private readonly List<Candle> _candles = [];

    public sealed class Candle
    {
        public long OpenTime;
        public decimal Open, High, Low, Close, Volume, QuoteVolume, TakerBuyBase, TakerBuyQuote;
        public int Trades;

        public KlineView ToView(long closeTime) =>
            new(OpenTime, Open, High, Low, Close, Volume, closeTime, QuoteVolume, Trades, TakerBuyBase, TakerBuyQuote);
    }

    /// <summary>
    /// The candle for time <paramref name="now"/>, opened at the last close if new; <paramref name="closed"/> is the
    /// candle that a new one replaces (so the kline stream can mark it final).
    /// </summary>
    private Candle Current(long now, decimal price, out Candle? closed)
    {
        closed = null;
        var openTime = now - now % Minute;
        if (_candles.Count > 0 && _candles[^1].OpenTime == openTime) return _candles[^1];
        if (_candles.Count > 0) closed = _candles[^1];
        var previousClose = _candles.Count > 0 ? _candles[^1].Close : price;
        if (_candles.Count == Capacity) _candles.RemoveAt(0);
        var candle = new Candle { OpenTime = openTime, Open = previousClose, High = previousClose, Low = previousClose, Close = previousClose };
        _candles.Add(candle);
        return candle;
    }

    public Candle Price(long now, decimal price, out Candle? closed)
    {
        var c = Current(now, price, out closed);
        c.Close = price;
        if (price > c.High) c.High = price;
        if (price < c.Low) c.Low = price;
        return c;
    }

    public Candle Trade(long now, decimal price, decimal quantity, bool takerBought, out Candle? closed)
    {
        var c = Price(now, price, out closed);
        c.Volume += quantity;
        c.QuoteVolume += price * quantity;
        c.Trades++;
        if (takerBought)
        {
            c.TakerBuyBase += quantity;
            c.TakerBuyQuote += price * quantity;
        }
        return c;
    }

    /// <summary>Candles of <paramref name="intervalMs"/> (a multiple of one minute; months as 30 days), oldest first.</summary>
    public List<KlineView> Query(long intervalMs, long? startTime, long? endTime, int limit)
    {
        var result = new List<KlineView>();
        Candle? bucket = null;
        foreach (var c in _candles)
        {
            if (startTime is { } s && c.OpenTime < s - s % intervalMs) continue;
            if (endTime is { } e && c.OpenTime > e) break;
            var open = c.OpenTime - c.OpenTime % intervalMs;
            if (bucket is null || bucket.OpenTime != open)
            {
                if (bucket is not null) result.Add(bucket.ToView(bucket.OpenTime + intervalMs - 1));
                bucket = new Candle { OpenTime = open, Open = c.Open, High = c.High, Low = c.Low };
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
        if (bucket is not null) result.Add(bucket.ToView(bucket.OpenTime + intervalMs - 1));
        return result.Count > limit ? (startTime is null ? result[^limit..] : result[..limit]) : result;
    }
}
