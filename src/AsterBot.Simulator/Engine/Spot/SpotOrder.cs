using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Engine.Spot;

/// <summary>A spot order; <see cref="Locked"/> is what it still holds of <see cref="LockedAsset"/>.</summary>
internal sealed class SpotOrder : AccountOrder
{
    public decimal StopPrice;
    public decimal? QuoteOrderQty;
    public string LockedAsset = "";
    public decimal Locked;

    public bool IsConditional => OrigType is OrderType.Stop or OrderType.StopMarket or OrderType.TakeProfit or OrderType.TakeProfitMarket;
    public bool IsWaitingForTrigger => IsConditional && Type == OrigType;

    public SpotOrderView ToView() => new(
        Market.Symbol, OrderId, ClientOrderId, Side, Type, OrigType, TimeInForce, Status,
        Type is OrderType.Limit or OrderType.Stop or OrderType.TakeProfit ? Price : 0m,
        ExecutedQty == 0 ? 0 : CumQuote / ExecutedQty, OrigQty, ExecutedQty, CumQuote, StopPrice, QuoteOrderQty,
        Time, UpdateTime);
}
