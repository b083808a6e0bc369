using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Runtime;

/// <summary>
/// A paper exchange whose prices come from a <see cref="LivePriceFollower"/>: orders, fills and the account are the
/// inner (simulated) exchange's, at the followed prices; candles are the followed market's own klines, so the strategy
/// decides on the same candles as a live pair (highs and lows between two polls included) and warms up on the
/// market's history at once. History (candles closed before the follower began) is always handed out: a pair only
/// warms up on it. A later candle is handed out only once a followed price has seen its close: before the first
/// followed price the engine would fill at its placeholder, and after the last one nobody knows the market. When the
/// source goes quiet no new candle appears and the trader's own staleness limit refuses orders — the same path as
/// late candles in live mode.
/// </summary>
public sealed class FollowedPriceExchange(IExchange inner, LivePriceFollower follower) : DelegatingExchange(inner)
{
    public override async ValueTask<AsterResult<IReadOnlyList<Candle>>> GetCandlesAsync(string symbol, KlineInterval interval, int limit, CancellationToken ct = default)
    {
        var candles = await follower.GetCandlesAsync(Market, symbol, interval, limit, ct);
        if (!candles.IsSuccess) return candles;
        // History (closed before the follower began) is always handed out; later candles only up to the last followed
        // price. Close times are the candle's last millisecond: a price at or after it has seen the close.
        var backedUntil = Math.Max(follower.CreatedAt - 1, follower.Updates(Market, symbol)?.Last ?? long.MinValue);
        IReadOnlyList<Candle> followed = candles.Data.Where(c => c.CloseTime <= backedUntil).ToList();
        return AsterResult<IReadOnlyList<Candle>>.Success(followed);
    }
}
