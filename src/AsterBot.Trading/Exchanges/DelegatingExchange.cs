using AsterBot.Aster.Errors;
using AsterBot.Aster.Filters;
using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;

namespace AsterBot.Trading.Exchanges;

/// <summary>
/// An exchange that passes every call to an inner one; wrappers override only what they change (e.g. a followed
/// market's candles for a paper account, or faults injected in tests).
/// </summary>
public abstract class DelegatingExchange(IExchange inner) : IExchange
{
    protected IExchange Inner { get; } = inner;

    public Market Market => Inner.Market;

    public long Now => Inner.Now;

    public virtual ValueTask<AsterResult<SymbolFilters>> GetSymbolAsync(string symbol, CancellationToken ct = default) => Inner.GetSymbolAsync(symbol, ct);

    public virtual ValueTask<AsterResult<AccountSnapshot>> GetAccountAsync(CancellationToken ct = default) => Inner.GetAccountAsync(ct);

    public virtual ValueTask<AsterResult<IReadOnlyList<OrderState>>> GetOpenOrdersAsync(string symbol, CancellationToken ct = default) =>
        Inner.GetOpenOrdersAsync(symbol, ct);

    public virtual ValueTask<AsterResult<OrderState?>> FindOrderAsync(string symbol, string clientOrderId, CancellationToken ct = default) =>
        Inner.FindOrderAsync(symbol, clientOrderId, ct);

    public virtual ValueTask<AsterResult<OrderState>> PlaceOrderAsync(OrderRequest order, CancellationToken ct = default) => Inner.PlaceOrderAsync(order, ct);

    public virtual ValueTask<AsterResult<OrderState>> CancelOrderAsync(string symbol, string clientOrderId, CancellationToken ct = default) =>
        Inner.CancelOrderAsync(symbol, clientOrderId, ct);

    public virtual ValueTask<AsterResult<bool>> ConfigureSymbolAsync(string symbol, int leverage, MarginType marginType, CancellationToken ct = default) =>
        Inner.ConfigureSymbolAsync(symbol, leverage, marginType, ct);

    public virtual ValueTask<AsterResult<IReadOnlyList<Candle>>> GetCandlesAsync(string symbol, KlineInterval interval, int limit, CancellationToken ct = default) =>
        Inner.GetCandlesAsync(symbol, interval, limit, ct);

    public virtual bool TryTakeUpdate(out ExchangeUpdate update) => Inner.TryTakeUpdate(out update);

    public virtual ValueTask<bool> WaitForUpdateAsync(TimeSpan timeout, CancellationToken ct = default) => Inner.WaitForUpdateAsync(timeout, ct);
}
