using AsterBot.Trading.MarketData;

namespace AsterBot.Trading.Runtime;

/// <summary>
/// Which candles of each recorded file a replay plays: the period every file covers, from the latest first candle
/// (or <c>from</c>, when later) to the earliest last candle, so every replayed symbol has data for the whole replay.
/// </summary>
public sealed class ReplayPlan
{
    private ReplayPlan(IReadOnlyList<ReplayedMarket> markets, IReadOnlyList<(int First, int Last)> ranges, long start, long end)
    {
        Markets = markets;
        Ranges = ranges;
        Start = start;
        End = end;
    }

    public IReadOnlyList<ReplayedMarket> Markets { get; }

    /// <summary>Per market (same order): the indexes of its first and last replayed candle.</summary>
    public IReadOnlyList<(int First, int Last)> Ranges { get; }

    /// <summary>When the replay starts (Unix ms): the open of the first replayed candle.</summary>
    public long Start { get; }

    /// <summary>When the replay ends (Unix ms): just after the last replayed candle's close, on the candle grid.</summary>
    public long End { get; }

    /// <summary>Each replayed symbol's first replayed open: where its engine market starts.</summary>
    public IReadOnlyDictionary<string, decimal> OpeningPrices()
    {
        var prices = new Dictionary<string, decimal>(StringComparer.Ordinal);
        for (var i = 0; i < Markets.Count; i++) prices.TryAdd(Markets[i].Symbol, Markets[i].Candles[Ranges[i].First].Open);
        return prices;
    }

    /// <exception cref="ArgumentException">No markets, or the files (after <paramref name="from"/>) share no period; the message says which.</exception>
    public static ReplayPlan Create(IReadOnlyList<ReplayedMarket> markets, long? from = null)
    {
        if (markets.Count == 0) throw new ArgumentException("A replay needs at least one candle file.");
        if (markets.FirstOrDefault(m => m.Candles.Count == 0) is { } empty) throw new ArgumentException($"The candles of {empty.Symbol} are empty.");
        var start = markets.Max(m => m.Candles.OpenTimeAt(0));
        var endClose = markets.Min(m => m.Candles[m.Candles.Count - 1].CloseTime);
        if (from is { } f && f > start) start = f;
        var ranges = new List<(int, int)>(markets.Count);
        foreach (var market in markets)
        {
            var first = FirstOpeningAtOrAfter(market.Candles, start);
            var last = LastClosingBy(market.Candles, endClose);
            if (first > last) throw new ArgumentException(NoOverlap(markets, from));
            ranges.Add((first, last));
        }
        var firstOpen = markets.Select((m, i) => m.Candles.OpenTimeAt(ranges[i].Item1)).Min();
        return new ReplayPlan(markets, ranges, firstOpen, endClose + 1);
    }

    private static int FirstOpeningAtOrAfter(CandleSeries candles, long time) => FirstWhere(candles.Count, i => candles.OpenTimeAt(i) >= time);

    private static int LastClosingBy(CandleSeries candles, long close) => FirstWhere(candles.Count, i => candles[i].CloseTime > close) - 1;

    /// <summary>The first index in [0, count) where <paramref name="holds"/> (false, then true, over sorted candles); count if none.</summary>
    private static int FirstWhere(int count, Func<int, bool> holds)
    {
        int low = 0, high = count;
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (holds(middle)) high = middle;
            else low = middle + 1;
        }
        return low;
    }

    private static string NoOverlap(IReadOnlyList<ReplayedMarket> markets, long? from)
    {
        var covers = string.Join("; ", markets.Select(m => $"{m.Symbol} {Times.Format(m.Candles.OpenTimeAt(0))} to {Times.Format(m.Candles.OpenTimeAt(m.Candles.Count - 1))}"));
        return from is { } f
            ? $"No candles to replay from {Times.Format(f)}: the files cover {covers}. Pick a start inside the period they all cover."
            : $"The candle files do not cover a common period ({covers}); a replay needs data for every symbol at the same time.";
    }
}
