using AsterBot.Aster.Errors;
using AsterBot.Aster.Filters;
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
public sealed class FollowedPriceExchange(IExchange inner, LivePriceFollower follower) : IExchange
{
    public Market Market => inner.Market;

    public long Now => inner.Now;

    public ValueTask<AsterResult<SymbolFilters>> GetSymbolAsync(string symbol, CancellationToken ct = default) => inner.GetSymbolAsync(symbol, ct);

    public ValueTask<AsterResult<AccountSnapshot>> GetAccountAsync(CancellationToken ct = default) => inner.GetAccountAsync(ct);

    public ValueTask<AsterResult<IReadOnlyList<OrderState>>> GetOpenOrdersAsync(string symbol, CancellationToken ct = default) => inner.GetOpenOrdersAsync(symbol, ct);

    public ValueTask<AsterResult<OrderState?>> FindOrderAsync(string symbol, string clientOrderId, CancellationToken ct = default) =>
        inner.FindOrderAsync(symbol, clientOrderId, ct);

    public ValueTask<AsterResult<OrderState>> PlaceOrderAsync(OrderRequest order, CancellationToken ct = default) => inner.PlaceOrderAsync(order, ct);

    public ValueTask<AsterResult<OrderState>> CancelOrderAsync(string symbol, string clientOrderId, CancellationToken ct = default) =>
        inner.CancelOrderAsync(symbol, clientOrderId, ct);

    public ValueTask<AsterResult<bool>> ConfigureSymbolAsync(string symbol, int leverage, MarginType marginType, CancellationToken ct = default) =>
        inner.ConfigureSymbolAsync(symbol, leverage, marginType, ct);

    public async ValueTask<AsterResult<IReadOnlyList<Candle>>> GetCandlesAsync(string symbol, KlineInterval interval, int limit, CancellationToken ct = default)
    {
        var candles = await inner.GetCandlesAsync(symbol, interval, limit, ct);
        if (!candles.IsSuccess) return candles;
        if (follower.Updates(Market, symbol) is not { } span) return AsterResult<IReadOnlyList<Candle>>.Success([]);
        // Close times are the last millisecond of the candle: a price at or after it counts as having seen the close.
        IReadOnlyList<Candle> backed = candles.Data.Where(c => c.OpenTime >= span.First && c.CloseTime <= span.Last).ToList();
        return AsterResult<IReadOnlyList<Candle>>.Success(backed);
    }

    public bool TryTakeUpdate(out ExchangeUpdate update) => inner.TryTakeUpdate(out update);
}
