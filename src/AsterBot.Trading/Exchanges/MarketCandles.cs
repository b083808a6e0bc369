using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;
using AsterBot.Trading.Domain;

namespace AsterBot.Trading.Exchanges;

/// <summary>
/// Closed candles from an Aster market's klines (public data, no key): what a live pair decides on, and what a paper
/// pair following a real market decides on too, so the two see the same candles.
/// </summary>
public static class MarketCandles
{
    /// <summary>The most klines one request returns (1500) minus the one still forming that is fetched and dropped.</summary>
    public const int MaxCandles = 1499;

    /// <summary>The last <paramref name="limit"/> candles closed before <paramref name="now"/> (Unix ms), oldest first.</summary>
    public static async ValueTask<AsterResult<IReadOnlyList<Candle>>> GetClosedAsync(
        AsterClient client, Market market, string symbol, KlineInterval interval, int limit, Func<long> now, CancellationToken ct)
    {
        if (limit is < 1 or > MaxCandles)
            return new AsterError(AsterErrorKind.InvalidRequest, $"Ask for 1 to {MaxCandles} candles; got {limit}.");
        var api = market == Market.Futures ? (MarketDataApi)client.Futures.Market : client.Spot.Market;
        // One more than asked: the newest kline is usually the one still forming, which is dropped.
        var klines = await api.GetKlinesAsync(symbol, interval, limit: limit + 1, ct: ct).ConfigureAwait(false);
        var closedBefore = now(); // read after the answer: a candle that closed while the request ran counts
        return klines.Map(rows => Closed(rows, closedBefore, limit));
    }

    private static IReadOnlyList<Candle> Closed(IReadOnlyList<Kline> rows, long now, int limit)
    {
        var closed = new List<Candle>(rows.Count);
        foreach (var k in rows)
            if (k.CloseTime < now) closed.Add(new Candle(k.OpenTime, k.Open, k.High, k.Low, k.Close, k.Volume, k.CloseTime));
        return closed.Count > limit ? closed.GetRange(closed.Count - limit, limit) : closed;
    }
}
