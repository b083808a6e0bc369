using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Book;
using AsterBot.Simulator.Engine.Markets;
using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Engine.Spot;

/// <summary>A spot order; <see cref="Locked"/> is what it still holds of <see cref="LockedAsset"/>.</summary>
internal sealed class SpotOrder : BookOrder
{
    public required MarketState Market;
    public string? ExplicitClientOrderId;
    public OrderType Type;
    public OrderType OrigType;
    public TimeInForce TimeInForce;
    public OrderStatus Status;
    public decimal OrigQty;
    public decimal ExecutedQty;
    public decimal CumQuote;
    public decimal StopPrice;
    public decimal? QuoteOrderQty;
    public long Time;
    public long UpdateTime;
    public string LockedAsset = "";
    public decimal Locked;
    public int OpenSlot = -1;

    private string? _generatedClientOrderId;

    /// <summary>Generated ids derive from the order id: made on first read only, found again by parsing.</summary>
    public string ClientOrderId => ExplicitClientOrderId ?? (_generatedClientOrderId ??= ClientIds.Generated(OrderId));
    public bool IsOpen => Status is OrderStatus.New or OrderStatus.PartiallyFilled;
    public bool IsConditional => OrigType is OrderType.Stop or OrderType.StopMarket or OrderType.TakeProfit or OrderType.TakeProfitMarket;
    public bool IsWaitingForTrigger => IsConditional && Type == OrigType;

    public SpotOrderView ToView() => new(
        Market.Symbol, OrderId, ClientOrderId, Side, Type, OrigType, TimeInForce, Status,
        Type is OrderType.Limit or OrderType.Stop or OrderType.TakeProfit ? Price : 0m,
        ExecutedQty == 0 ? 0 : CumQuote / ExecutedQty, OrigQty, ExecutedQty, CumQuote, StopPrice, QuoteOrderQty,
        Time, UpdateTime);
}
