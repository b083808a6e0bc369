using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Engine.Futures;

/// <summary>A futures order through its life: waiting for a trigger, resting, filled, cancelled or expired.</summary>
internal sealed class FuturesOrder : AccountOrder
{
    public PositionSide PositionSide;
    /// <summary>Conditional orders only (STOP*, TAKE_PROFIT*, TRAILING_STOP_MARKET): kept apart so plain orders stay small.</summary>
    public FuturesTrigger? Trigger;
    public bool ReduceOnly;
    public bool ClosePosition;
    /// <summary>Can only shrink the position: reduceOnly, closePosition, or a hedge-mode close (SELL LONG, BUY SHORT).</summary>
    public bool Reducing;
    /// <summary>Initial margin held for the part of this order that would open exposure.</summary>
    public decimal ReservedMargin;

    public bool IsConditional => OrigType is OrderType.Stop or OrderType.StopMarket or OrderType.TakeProfit
        or OrderType.TakeProfitMarket or OrderType.TrailingStopMarket;

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
