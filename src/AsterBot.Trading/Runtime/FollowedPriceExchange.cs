using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Runtime;

/// <summary>
/// A paper exchange whose prices come from a <see cref="LivePriceFollower"/>: everything is the inner (simulated)
/// exchange's, except that candles are only handed out while they are backed by followed prices. A candle that
/// opened before the first followed price holds the engine's placeholder prices; one that closed after the last
/// followed price was never seen on the market. Both are withheld, so when the source goes quiet no new candle
/// appears and the trader's own staleness limit refuses orders — the same path as late candles in live mode.
/// </summary>
public sealed class FollowedPriceExchange(IExchange inner, LivePriceFollower follower) : DelegatingExchange(inner)
{
    public override async ValueTask<AsterResult<IReadOnlyList<Candle>>> GetCandlesAsync(string symbol, KlineInterval interval, int limit, CancellationToken ct = default)
    {
        var candles = await Inner.GetCandlesAsync(symbol, interval, limit, ct);
        if (!candles.IsSuccess) return candles;
        if (follower.Updates(Market, symbol) is not { } span) return AsterResult<IReadOnlyList<Candle>>.Success([]);
        // Close times are the last millisecond of the candle: a price at or after it counts as having seen the close.
        IReadOnlyList<Candle> backed = candles.Data.Where(c => c.OpenTime >= span.First && c.CloseTime <= span.Last).ToList();
        return AsterResult<IReadOnlyList<Candle>>.Success(backed);
    }
}
