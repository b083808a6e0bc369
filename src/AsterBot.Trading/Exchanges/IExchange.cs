using AsterBot.Aster.Errors;
using AsterBot.Aster.Filters;
using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;

namespace AsterBot.Trading.Exchanges;

/// <summary>
/// The one exchange contract the trading core knows. Three implementations: live Aster (the REST client and the
/// user-data stream), paper and backtest (the simulator engine in-process). Strategies cannot tell them apart:
/// they never see this interface, only their <c>StrategyContext</c>.
/// Every call answers an <see cref="AsterResult{T}"/>: errors are values with a normalized kind, and
/// <see cref="AsterError.MayHaveExecuted"/> means "look the order up by its client id before any retry".
/// </summary>
public interface IExchange
{
    /// <summary>Futures (USDT-M perpetuals) or spot: one exchange instance serves one market of one account.</summary>
    Market Market { get; }

    /// <summary>The exchange's clock (Unix ms): the simulated clock in backtests.</summary>
    long Now { get; }

    ValueTask<AsterResult<SymbolFilters>> GetSymbolAsync(string symbol, CancellationToken ct = default);

    /// <summary>Balances and positions, valued in the quote asset (USDT). Spot needs the symbols to value.</summary>
    ValueTask<AsterResult<AccountSnapshot>> GetAccountAsync(CancellationToken ct = default);

    ValueTask<AsterResult<IReadOnlyList<OrderState>>> GetOpenOrdersAsync(string symbol, CancellationToken ct = default);

    /// <summary>The order with this client id, or null when the exchange has never seen it (safe to send).</summary>
    ValueTask<AsterResult<OrderState?>> FindOrderAsync(string symbol, string clientOrderId, CancellationToken ct = default);

    ValueTask<AsterResult<OrderState>> PlaceOrderAsync(OrderRequest order, CancellationToken ct = default);

    ValueTask<AsterResult<OrderState>> CancelOrderAsync(string symbol, string clientOrderId, CancellationToken ct = default);

    /// <summary>Futures only: the symbol's leverage and margin type, set before opening (no-op answer on spot).</summary>
    ValueTask<AsterResult<bool>> ConfigureSymbolAsync(string symbol, int leverage, MarginType marginType, CancellationToken ct = default);

    /// <summary>The latest closed candles (oldest first) and the last price, for warm-up and staleness checks.</summary>
    ValueTask<AsterResult<IReadOnlyList<Candle>>> GetCandlesAsync(string symbol, KlineInterval interval, int limit, CancellationToken ct = default);

    /// <summary>
    /// Takes the next pushed update (fills, cancels, liquidations) without waiting; false when none is queued.
    /// The engine drains this before every decision, so state is never older than what the exchange reported.
    /// </summary>
    bool TryTakeUpdate(out ExchangeUpdate update);

    /// <summary>
    /// Waits until an update is queued, at most <paramref name="timeout"/> of the exchange's clock; true when one is.
    /// Live, an order's answer reports its executions a moment before the user-data stream delivers the fills; the
    /// pair waits here so that what those fills decide (a new position's exits) goes out in the same step.
    /// Exchanges that publish updates within the call that caused them answer at once.
    /// </summary>
    ValueTask<bool> WaitForUpdateAsync(TimeSpan timeout, CancellationToken ct = default);
}
