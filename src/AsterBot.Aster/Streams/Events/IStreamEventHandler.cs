namespace AsterBot.Aster.Streams.Events;

/// <summary>
/// Receives parsed stream events. Every method has an empty default, so a consumer implements only what it uses.
/// Calls come from the connection's receive loop one at a time (never concurrently); keep them quick. Value-type
/// events and their spans are only valid during the call.
/// </summary>
public interface IStreamEventHandler
{
    void OnAggTrade(in AggTradeEvent e) { }
    void OnTrade(in TradeEvent e) { }
    void OnBookTicker(in BookTickerEvent e) { }
    void OnDepthUpdate(in DepthUpdate e) { }
    void OnPartialDepth(in PartialDepth e) { }
    void OnMarkPrice(MarkPriceUpdate e) { }
    void OnKline(KlineEvent e) { }
    void OnMiniTicker(MiniTickerEvent e) { }
    void OnTicker(TickerEvent e) { }
    void OnForceOrder(ForceOrderEvent e) { }
    void OnTradePro(TradeProEvent e) { }

    void OnListenKeyExpired(ListenKeyExpiredEvent e) { }
    void OnMarginCall(MarginCallEvent e) { }
    void OnAccountUpdate(AccountUpdateEvent e) { }
    void OnOrderTradeUpdate(OrderTradeUpdateEvent e) { }
    void OnAccountConfigUpdate(AccountConfigUpdateEvent e) { }
    void OnExecutionReport(ExecutionReportEvent e) { }
    void OnOutboundAccountPosition(OutboundAccountPositionEvent e) { }

    void OnUnknownEvent(UnknownStreamEvent e) { }
    void OnMalformedFrame(MalformedFrame e) { }
}
