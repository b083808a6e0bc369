using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Book;
using AsterBot.Simulator.Engine.Markets;
using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Engine.Futures;

/// <summary>A futures order through its life: waiting for a trigger, resting, filled, cancelled or expired.</summary>
internal sealed class FuturesOrder : BookOrder
{
    public required MarketState Market;
    public string? ExplicitClientOrderId;
    public OrderType Type;
    public OrderType OrigType;
    public TimeInForce TimeInForce;
    public PositionSide PositionSide;
    public OrderStatus Status;
    public decimal OrigQty;
    public decimal ExecutedQty;
    public decimal CumQuote;
    /// <summary>Conditional orders only (STOP*, TAKE_PROFIT*, TRAILING_STOP_MARKET): kept apart so plain orders stay small.</summary>
    public FuturesTrigger? Trigger;
    public bool ReduceOnly;
    public bool ClosePosition;
    /// <summary>Can only shrink the position: reduceOnly, closePosition, or a hedge-mode close (SELL LONG, BUY SHORT).</summary>
    public bool Reducing;
    public long Time;
    public long UpdateTime;
    /// <summary>Initial margin held for the part of this order that would open exposure.</summary>
    public decimal ReservedMargin;
    /// <summary>Index in the account's open-order list while open.</summary>
    public int OpenSlot = -1;

    /// <summary>Generated ids are derived from the order id (no allocation until read; found again by parsing).</summary>
    private string? _generatedClientOrderId;

    /// <summary>Generated ids derive from the order id: made on first read only, found again by parsing.</summary>
    public string ClientOrderId => ExplicitClientOrderId ?? (_generatedClientOrderId ??= ClientIds.Generated(OrderId));

    public bool IsConditional => OrigType is OrderType.Stop or OrderType.StopMarket or OrderType.TakeProfit
        or OrderType.TakeProfitMarket or OrderType.TrailingStopMarket;

    public bool IsOpen => Status is OrderStatus.New or OrderStatus.PartiallyFilled;

    public decimal AvgPrice => ExecutedQty == 0 ? 0 : CumQuote / ExecutedQty;

    public FuturesOrderView ToView() => new(
        Market.Symbol, OrderId, ClientOrderId, Side, PositionSide, Type, OrigType, TimeInForce, Status,
        OrigQty, ExecutedQty, CumQuote, Type is OrderType.Limit or OrderType.Stop or OrderType.TakeProfit ? Price : 0m,
        AvgPrice, Trigger?.StopPrice ?? 0, Trigger?.ActivationPrice, Trigger?.CallbackRate, ReduceOnly, ClosePosition,
        Trigger?.WorkingType ?? WorkingType.ContractPrice, Trigger?.PriceProtect ?? false,
        Time, UpdateTime);
}

/// <summary>What a conditional order waits for, and a trailing stop's progress.</summary>
internal sealed class FuturesTrigger
{
    public decimal StopPrice;
    public decimal? ActivationPrice;
    public decimal? CallbackRate;
    public WorkingType WorkingType;
    public bool PriceProtect;
    /// <summary>Trailing stop: best price seen since activation (highest for SELL, lowest for BUY).</summary>
    public decimal TrailingExtreme;
    public bool TrailingActive;
}
