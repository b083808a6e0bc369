using AsterBot.Aster.Models;
using AsterBot.Aster.Rest.Requests;
using AsterBot.Aster.Streams.Events;

namespace AsterBot.Trading.Exchanges;

/// <summary>Between the trading core's order shapes and Aster's wire models, both directions, both markets.</summary>
internal static class AsterExchangeMapping
{
    public static FuturesOrderRequest ToFutures(OrderRequest order) => new()
    {
        Symbol = order.Symbol,
        Side = order.Side,
        Type = order.Type,
        Quantity = order.Quantity,
        Price = order.Price,
        StopPrice = order.StopPrice,
        ReduceOnly = order.ReduceOnly ? true : null,
        TimeInForce = order.TimeInForce ?? (order.Type == OrderType.Limit ? TimeInForce.Gtc : null),
        NewClientOrderId = order.ClientOrderId,
        // RESULT: a MARKET order's answer then says FILLED with its average price, not just "NEW".
        ResponseType = NewOrderResponseType.Result,
    };

    public static SpotOrderRequest ToSpot(OrderRequest order) => new()
    {
        Symbol = order.Symbol,
        Side = order.Side,
        Type = order.Type,
        Quantity = order.Quantity,
        Price = order.Price,
        StopPrice = order.StopPrice,
        TimeInForce = order.TimeInForce ?? (order.Type == OrderType.Limit ? TimeInForce.Gtc : null),
        NewClientOrderId = order.ClientOrderId,
        ResponseType = NewOrderResponseType.Result,
    };

    public static OrderState ToState(FuturesOrder o) => ToState(o, o.ReduceOnly);

    public static OrderState ToState(SpotOrder o) => ToState(o, reduceOnly: false);

    public static IReadOnlyList<OrderState> ToStates(IReadOnlyList<FuturesOrder> orders) => orders.Select(ToState).ToList();

    public static IReadOnlyList<OrderState> ToStates(IReadOnlyList<SpotOrder> orders) => orders.Select(ToState).ToList();

    private static OrderState ToState(AsterOrder o, bool reduceOnly) => new(
        o.Symbol, o.ClientOrderId, o.OrderId, o.Side, o.Type, o.Status, o.Price, o.StopPrice, o.OrigQty, o.ExecutedQty,
        o.AvgPrice, reduceOnly, o.UpdateTime == 0 ? o.Time ?? 0 : o.UpdateTime);

    public static OrderState ToState(FuturesOrderUpdate o, long time) => new(
        o.Symbol, o.ClientOrderId, o.OrderId, o.Side, o.Type, o.Status, o.Price, o.StopPrice, o.OriginalQuantity,
        o.FilledAccumulatedQuantity, o.AveragePrice, o.IsReduceOnly, time);

    public static OrderState ToState(ExecutionReportEvent e) => new(
        e.Symbol, e.ClientOrderId, e.OrderId, e.Side, e.Type, e.Status, e.Price, e.StopPrice, e.OriginalQuantity,
        e.FilledAccumulatedQuantity, AveragePrice(e), false, e.TransactionTime);

    /// <summary>A trade update's execution, or null for other updates (new, cancel, expiry).</summary>
    public static Fill? ToFill(OrderUpdateFields o, long time, decimal realizedPnl, string defaultFeeAsset) =>
        o.ExecutionType == ExecutionType.Trade && o.LastFilledQuantity > 0
            ? new Fill(time, o.Symbol, o.ClientOrderId, o.Side, o.LastFilledPrice, o.LastFilledQuantity, o.Commission ?? 0,
                o.CommissionAsset ?? defaultFeeAsset, realizedPnl, o.IsMaker)
            : null;

    // Spot reports may omit the average price; the cumulative quote over the filled quantity is the same number.
    private static decimal AveragePrice(ExecutionReportEvent e) =>
        e.AveragePrice is { } average and > 0 ? average
        : e.FilledAccumulatedQuantity > 0 ? e.CumulativeQuoteQuantity / e.FilledAccumulatedQuantity : 0;
}
