using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Runtime;

/// <summary>
/// A paper exchange whose prices come from a <see cref="LivePriceFollower"/>: orders, fills and the account are the
/// inner (simulated) exchange's, at the followed prices; candles are the followed market's own klines, so the strategy
/// decides on the same candles as a live pair (highs and lows between two polls included) and warms up on the
/// market's history at once. Candles are handed out only while prices are followed: none before the first followed
/// price (the engine would still fill at its placeholder), none that closed after the last one. When the source goes
/// quiet no new candle appears and the trader's own staleness limit refuses orders — the same path as late candles
/// in live mode.
/// </summary>
public sealed class FollowedPriceExchange(IExchange inner, LivePriceFollower follower) : DelegatingExchange(inner)
{
    public override async ValueTask<AsterResult<IReadOnlyList<Candle>>> GetCandlesAsync(string symbol, KlineInterval interval, int limit, CancellationToken ct = default)
    {
        if (follower.Updates(Market, symbol) is not { } span) return AsterResult<IReadOnlyList<Candle>>.Success([]);
        var candles = await follower.GetCandlesAsync(Market, symbol, interval, limit, ct);
        if (!candles.IsSuccess) return candles;
        // Close times are the last millisecond of the candle: a price at or after it counts as having seen the close.
        IReadOnlyList<Candle> followed = candles.Data.Where(c => c.CloseTime <= span.Last).ToList();
        return AsterResult<IReadOnlyList<Candle>>.Success(followed);
    }
}
