using AsterBot.Aster.Errors;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Tests;

/// <summary>
/// An exchange whose next order answers get lost: either after the order reached the exchange (it exists) or
/// before (it does not). Both answer OutcomeUnknown, as a timeout would. Everything else passes through.
/// </summary>
internal sealed class FlakyExchange(IExchange inner) : DelegatingExchange(inner)
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

    public override async ValueTask<AsterResult<OrderState>> PlaceOrderAsync(OrderRequest order, CancellationToken ct = default)
    {
        PlaceCalls++;
        BeforePlace?.Invoke(order);
        if (LoseBeforePlacing > 0) { LoseBeforePlacing--; return Lost; }
        var result = await Inner.PlaceOrderAsync(order, ct);
        if (LoseAfterPlacing > 0) { LoseAfterPlacing--; return Lost; }
        return result;
    }

    public override ValueTask<AsterResult<OrderState?>> FindOrderAsync(string symbol, string clientOrderId, CancellationToken ct = default) =>
        FailLookups ? new(new AsterError(AsterErrorKind.NetworkError, "unreachable")) : Inner.FindOrderAsync(symbol, clientOrderId, ct);

    /// <summary>Held or dropped updates never arrive however long one waits (the wait itself is not simulated).</summary>
    public override ValueTask<bool> WaitForUpdateAsync(TimeSpan timeout, CancellationToken ct = default) =>
        HoldUpdates || DropUpdates ? new(false) : Inner.WaitForUpdateAsync(timeout, ct);

    public override bool TryTakeUpdate(out ExchangeUpdate update)
    {
        while (DropUpdates && Inner.TryTakeUpdate(out _)) { }
        if (HoldUpdates) { update = null!; return false; }
        return Inner.TryTakeUpdate(out update);
    }
}
