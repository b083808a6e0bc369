using AsterBot.Aster.Errors;
using AsterBot.Aster.Filters;
using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Tests;

/// <summary>
/// An exchange whose next order answers get lost: either after the order reached the exchange (it exists) or
/// before (it does not). Both answer OutcomeUnknown, as a timeout would. Everything else passes through.
/// </summary>
internal sealed class FlakyExchange(IExchange inner) : IExchange
{
    public int LoseAfterPlacing { get; set; }
    public int LoseBeforePlacing { get; set; }
    public int PlaceCalls { get; private set; }
    /// <summary>Lookups by client id fail as unreachable (the outcome of a lost answer cannot be learned).</summary>
    public bool FailLookups { get; set; }
    /// <summary>Pushed updates are lost (a user-data stream that was down): only reconciliation can notice changes.</summary>
    public bool DropUpdates { get; set; }
    /// <summary>Pushed updates wait (a user-data stream that lags behind the REST answers) until this is false again.</summary>
    public bool HoldUpdates { get; set; }
    /// <summary>Runs as each order is about to reach the exchange.</summary>
    public Action<OrderRequest>? BeforePlace { get; set; }

    private static AsterError Lost => new(AsterErrorKind.OutcomeUnknown, "the connection dropped before the answer arrived");

    public async ValueTask<AsterResult<OrderState>> PlaceOrderAsync(OrderRequest order, CancellationToken ct = default)
    {
        PlaceCalls++;
        BeforePlace?.Invoke(order);
        if (LoseBeforePlacing > 0) { LoseBeforePlacing--; return Lost; }
        var result = await inner.PlaceOrderAsync(order, ct);
        if (LoseAfterPlacing > 0) { LoseAfterPlacing--; return Lost; }
        return result;
    }

    public Market Market => inner.Market;
    public long Now => inner.Now;
    public ValueTask<AsterResult<SymbolFilters>> GetSymbolAsync(string symbol, CancellationToken ct = default) => inner.GetSymbolAsync(symbol, ct);
    public ValueTask<AsterResult<AccountSnapshot>> GetAccountAsync(CancellationToken ct = default) => inner.GetAccountAsync(ct);
    public ValueTask<AsterResult<IReadOnlyList<OrderState>>> GetOpenOrdersAsync(string symbol, CancellationToken ct = default) => inner.GetOpenOrdersAsync(symbol, ct);
    public ValueTask<AsterResult<OrderState?>> FindOrderAsync(string symbol, string clientOrderId, CancellationToken ct = default) =>
        FailLookups ? new(new AsterError(AsterErrorKind.NetworkError, "unreachable")) : inner.FindOrderAsync(symbol, clientOrderId, ct);
    public ValueTask<AsterResult<OrderState>> CancelOrderAsync(string symbol, string clientOrderId, CancellationToken ct = default) => inner.CancelOrderAsync(symbol, clientOrderId, ct);
    public ValueTask<AsterResult<bool>> ConfigureSymbolAsync(string symbol, int leverage, MarginType marginType, CancellationToken ct = default) => inner.ConfigureSymbolAsync(symbol, leverage, marginType, ct);
    public ValueTask<AsterResult<IReadOnlyList<Candle>>> GetCandlesAsync(string symbol, KlineInterval interval, int limit, CancellationToken ct = default) => inner.GetCandlesAsync(symbol, interval, limit, ct);
    public bool TryTakeUpdate(out ExchangeUpdate update)
    {
        while (DropUpdates && inner.TryTakeUpdate(out _)) { }
        if (HoldUpdates) { update = null!; return false; }
        return inner.TryTakeUpdate(out update);
    }
}
