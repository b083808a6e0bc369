using AsterBot.Aster.Errors;
using AsterBot.Aster.Json;
using AsterBot.Aster.Models;

namespace AsterBot.Aster.Rest.Requests;

/// <summary>A spot order (POST /api/v1|v3/order). MARKET takes a base <see cref="Quantity"/> or a quote <see cref="QuoteOrderQty"/>.</summary>
public sealed record SpotOrderRequest
{
    public required string Symbol { get; init; }
    public required OrderSide Side { get; init; }
    public required OrderType Type { get; init; }
    public TimeInForce? TimeInForce { get; init; }
    public decimal? Quantity { get; init; }
    /// <summary>MARKET only: spend (BUY) or receive (SELL) this much quote asset.</summary>
    public decimal? QuoteOrderQty { get; init; }
    public decimal? Price { get; init; }
    public string? NewClientOrderId { get; init; }
    public decimal? StopPrice { get; init; }
    public NewOrderResponseType? ResponseType { get; init; }

    public static SpotOrderRequest Limit(string symbol, OrderSide side, decimal quantity, decimal price, TimeInForce timeInForce = Models.TimeInForce.Gtc) =>
        new() { Symbol = symbol, Side = side, Type = OrderType.Limit, Quantity = quantity, Price = price, TimeInForce = timeInForce };

    public static SpotOrderRequest Market(string symbol, OrderSide side, decimal quantity) =>
        new() { Symbol = symbol, Side = side, Type = OrderType.Market, Quantity = quantity };

    public AsterError? Validate() => OrderRequestChecks.ToError("Spot order", Symbol, FindProblem());

    private string? FindProblem()
    {
        if (OrderRequestChecks.CommonProblem(Symbol, NewClientOrderId) is { } common) return common;
        if (Quantity <= 0 || QuoteOrderQty <= 0 || Price <= 0 || StopPrice <= 0) return "quantities and prices must be positive.";
        if (QuoteOrderQty is not null && (Type != OrderType.Market || Quantity is not null))
            return "quoteOrderQty is only for MARKET orders, instead of quantity.";
        return Type switch
        {
            OrderType.Limit when TimeInForce is null || Quantity is null || Price is null => "LIMIT orders need timeInForce, quantity and price.",
            OrderType.Market when Quantity is null && QuoteOrderQty is null => "MARKET orders need quantity or quoteOrderQty.",
            OrderType.Stop or OrderType.TakeProfit when Quantity is null || Price is null || StopPrice is null => $"{WireNames<OrderType>.Of(Type)} orders need quantity, price and stopPrice.",
            OrderType.StopMarket or OrderType.TakeProfitMarket when Quantity is null || StopPrice is null => $"{WireNames<OrderType>.Of(Type)} orders need quantity and stopPrice.",
            OrderType.TrailingStopMarket or OrderType.Liquidation => $"type {WireNames<OrderType>.Of(Type)} does not exist on spot.",
            _ => null,
        };
    }

    public void WriteTo(RequestParameters parameters) =>
        parameters.Add("symbol", Symbol)
            .Add("side", (OrderSide?)Side)
            .Add("type", (OrderType?)Type)
            .Add("timeInForce", TimeInForce)
            .Add("quantity", Quantity)
            .Add("quoteOrderQty", QuoteOrderQty)
            .Add("price", Price)
            .Add("newClientOrderId", NewClientOrderId)
            .Add("stopPrice", StopPrice)
            .Add("newOrderRespType", ResponseType);
}
