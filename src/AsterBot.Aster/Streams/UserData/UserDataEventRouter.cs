using AsterBot.Aster.Streams.Events;

namespace AsterBot.Aster.Streams.UserData;

/// <summary>
/// Sits between the dispatcher and the consumer's handler on a user-data stream: flags out-of-order order
/// updates and tells the stream when the listen key expired. Everything else passes straight through.
/// </summary>
internal sealed class UserDataEventRouter(IStreamEventHandler inner, Action onListenKeyExpired) : IStreamEventHandler
{
    private readonly OrderUpdateSequencer _orders = new();

    public void OnListenKeyExpired(ListenKeyExpiredEvent e)
    {
        inner.OnListenKeyExpired(e);
        onListenKeyExpired();
    }

    public void OnOrderTradeUpdate(OrderTradeUpdateEvent e)
    {
        var o = e.Order;
        var superseded = _orders.IsSuperseded(o.Symbol, o.OrderId, o.TradeTime, o.FilledAccumulatedQuantity, o.Status);
        inner.OnOrderTradeUpdate(superseded ? e with { IsSuperseded = true } : e);
    }

    public void OnExecutionReport(ExecutionReportEvent e)
    {
        var superseded = _orders.IsSuperseded(e.Symbol, e.OrderId, e.TransactionTime, e.FilledAccumulatedQuantity, e.Status);
        inner.OnExecutionReport(superseded ? e with { IsSuperseded = true } : e);
    }

    public void OnMarginCall(MarginCallEvent e) => inner.OnMarginCall(e);
    public void OnAccountUpdate(AccountUpdateEvent e) => inner.OnAccountUpdate(e);
    public void OnAccountConfigUpdate(AccountConfigUpdateEvent e) => inner.OnAccountConfigUpdate(e);
    public void OnOutboundAccountPosition(OutboundAccountPositionEvent e) => inner.OnOutboundAccountPosition(e);
    public void OnUnknownEvent(UnknownStreamEvent e) => inner.OnUnknownEvent(e);
    public void OnMalformedFrame(MalformedFrame e) => inner.OnMalformedFrame(e);
}
