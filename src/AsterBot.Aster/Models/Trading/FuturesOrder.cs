namespace AsterBot.Aster.Models;

/// <summary>A futures order as returned by new/query/cancel order, open orders and all orders.</summary>
public sealed class FuturesOrder
{
    public string Symbol { get; init; } = "";
    public long OrderId { get; init; }
    public string ClientOrderId { get; init; } = "";
    public decimal Price { get; init; }
    public decimal AvgPrice { get; init; }
    public decimal OrigQty { get; init; }
    public decimal ExecutedQty { get; init; }
    public decimal CumQty { get; init; }
    public decimal CumQuote { get; init; }
    public OrderStatus Status { get; init; }
    public TimeInForce TimeInForce { get; init; }
    public OrderType Type { get; init; }
    public OrderType OrigType { get; init; }
    public OrderSide Side { get; init; }
    public PositionSide PositionSide { get; init; }
    public decimal StopPrice { get; init; }
    public bool ReduceOnly { get; init; }
    public bool ClosePosition { get; init; }
    public WorkingType WorkingType { get; init; }
    public bool PriceProtect { get; init; }
    /// <summary>TRAILING_STOP_MARKET only.</summary>
    public decimal? ActivatePrice { get; init; }
    /// <summary>TRAILING_STOP_MARKET only: callback rate in percent.</summary>
    public decimal? PriceRate { get; init; }
    /// <summary>Query responses only: creation time.</summary>
    public long? Time { get; init; }
    public long UpdateTime { get; init; }
}
