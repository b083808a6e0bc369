using AsterBot.Aster.Models;

namespace AsterBot.Trading.Exchanges;

/// <summary>An order as the exchange last reported it (quantities in base asset, prices in quote).</summary>
public sealed record OrderState(
    string Symbol, string ClientOrderId, long ExchangeOrderId, OrderSide Side, OrderType Type, OrderStatus Status,
    decimal Price, decimal StopPrice, decimal Quantity, decimal ExecutedQuantity, decimal AveragePrice, bool ReduceOnly, long UpdateTime)
{
    public bool IsOpen => Status is OrderStatus.New or OrderStatus.PartiallyFilled;
}
